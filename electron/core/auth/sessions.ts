/**
 * One per window (Electron) or per browser cookie (host). The transport keeps
 * it; the core reads and updates it. It holds no secrets: the transport's own
 * token or channel identifies it.
 */
export interface SessionRef {
  userId: string | null;
  lastActiveMs: number;
  locked: boolean;
}

export const newSession = (): SessionRef => ({ userId: null, lastActiveMs: 0, locked: false });
