import { createContext, useContext } from 'react';
import type { AppStatus, SessionUser } from '../../shared/auth/api';

export interface Session {
  status: AppStatus;
  user: SessionUser;
  /** Reads auth.status again, e.g. after the office name or the idle minutes changed. */
  refresh: () => Promise<void>;
  lock: () => Promise<void>;
  logout: () => Promise<void>;
}

export const SessionContext = createContext<Session | null>(null);

/** The signed-in session; only screens inside the shell use it, and the shell exists only with a user. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside the signed-in shell');
  return session;
}
