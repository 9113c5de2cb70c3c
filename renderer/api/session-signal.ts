import type { ErrorCode, MethodName } from '../../shared/api';

type SessionLoss = 'locked' | 'signedOut';

// These answer with LOCKED / UNAUTHENTICATED about the password just typed (an account
// lockout, a wrong password), not about the session: their screens show the message.
const ABOUT_THE_PASSWORD = new Set<MethodName>(['auth.login', 'auth.unlock', 'auth.setup', 'auth.status']);

let listener: ((loss: SessionLoss) => void) | null = null;

/** The app root listens, so any screen's call that finds the session locked or gone brings up the right screen. */
export function onSessionLoss(next: ((loss: SessionLoss) => void) | null): void {
  listener = next;
}

export function reportSessionError(method: MethodName, code: ErrorCode): void {
  if (ABOUT_THE_PASSWORD.has(method)) return;
  if (code === 'LOCKED') listener?.('locked');
  else if (code === 'UNAUTHENTICATED') listener?.('signedOut');
}
