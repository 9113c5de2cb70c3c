import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Core, SessionRef } from '../core';

const COOKIE = 'wenmi_session';

/**
 * Maps the browser's cookie to a core session. The token is only a handle:
 * it is issued after a successful login and dropped at logout.
 */
export class CookieSessions {
  private readonly byToken = new Map<string, SessionRef>();

  constructor(private readonly core: Core) {}

  resolve(req: IncomingMessage): { token: string | null; session: SessionRef } {
    const token = readCookie(req.headers.cookie, COOKIE);
    const session = token ? this.byToken.get(token) : undefined;
    return session && token ? { token, session } : { token: null, session: this.core.newSession() };
  }

  /** After a call: issue a cookie for a session that just signed in, clear it for one that signed out. */
  settle(res: ServerResponse, token: string | null, session: SessionRef): void {
    if (session.userId && !token) {
      const fresh = randomBytes(32).toString('base64url');
      this.byToken.set(fresh, session);
      res.setHeader('Set-Cookie', `${COOKIE}=${fresh}; HttpOnly; SameSite=Strict; Path=/`);
    } else if (!session.userId && token) {
      this.byToken.delete(token);
      res.setHeader('Set-Cookie', `${COOKIE}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0`);
    }
  }
}

export function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=') || null;
  }
  return null;
}
