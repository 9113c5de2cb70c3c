// The envelope both transports carry: {ok, value} or {ok:false, error}.
export type ErrorCode =
  | 'VALIDATION'
  | 'UNAUTHENTICATED'
  | 'LOCKED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'INTERNAL';

export interface ApiError {
  code: ErrorCode;
  /** Chinese, shown to the user as is. */
  message: string;
  /** Field path (dot-joined) -> Chinese message, for forms. */
  fields?: Record<string, string>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };
