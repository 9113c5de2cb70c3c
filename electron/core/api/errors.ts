import type { ApiError, ErrorCode } from '../../../shared/api';

/** Thrown by handlers: the transaction rolls back and the caller gets code + Chinese message. */
export class Refusal extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
  }

  toApiError(): ApiError {
    return this.fields ? { code: this.code, message: this.message, fields: this.fields } : { code: this.code, message: this.message };
  }
}

export const refuse = (code: ErrorCode, message: string, fields?: Record<string, string>) =>
  new Refusal(code, message, fields);

/** A field-level validation failure, named the way the form names it. */
export const invalid = (field: string, message: string) => new Refusal('VALIDATION', message, { [field]: message });

/**
 * A refusal that must still be recorded (a failed login counts towards the
 * lockout and appears in the audit trail): the handler returns it instead of
 * throwing, and the dispatcher commits before answering with the error.
 */
export class CommittedRefusal {
  constructor(readonly refusal: Refusal) {}
}
