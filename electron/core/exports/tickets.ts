import { randomBytes } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { SessionRef } from '../auth/sessions';

/** How long a ticket may wait for its download. */
export const TICKET_TTL_MS = 2 * 60_000;

/** A refused download: unknown, expired, used, or presented by another session. Transports answer 403. */
export class ExportRefused extends Error {
  override readonly name = 'ExportRefused';
}

/** What an export call decided, kept until the transport streams the file. */
export interface ExportTicket<I = unknown> {
  /** Which register's list the file is: the transport streams it with that register's writer. */
  kind: 'incoming' | 'outgoing' | 'seals' | 'classified' | 'destruction' | 'importRejects';
  /** The session the call came from: only it may download. */
  session: SessionRef;
  /** Who was signed in on it then: a logout or another login in between voids the ticket. */
  userId: string;
  /** The validated input of the call. */
  input: I;
  /** Decided at the call (roles and settings then), so the file masks as the screen did. */
  seesTitles: boolean;
  fileName: string;
  expiresMs: number;
}

/**
 * Single-use download tickets, in memory only (never written, never synced):
 * a random 32-byte token maps to what the export call decided.
 */
export class TicketStore {
  private readonly tickets = new Map<string, ExportTicket>();

  issue<I>(ticket: Omit<ExportTicket<I>, 'expiresMs'>, nowMs: number): string {
    this.sweep(nowMs);
    const token = randomBytes(32).toString('base64url');
    this.tickets.set(token, { ...ticket, expiresMs: nowMs + TICKET_TTL_MS });
    return token;
  }

  /** Takes the ticket (it is gone afterwards, whatever the outcome) or throws ExportRefused. */
  take(token: string, session: SessionRef, nowMs: number): ExportTicket {
    this.sweep(nowMs);
    const ticket = typeof token === 'string' ? this.tickets.get(token) : undefined;
    if (!ticket) throw new ExportRefused('下载链接无效或已过期，请重新导出。');
    if (ticket.session !== session || session.userId !== ticket.userId || session.locked) {
      // Presented by someone else: leave it for its owner.
      throw new ExportRefused('这个下载链接不属于当前登录的用户，请重新导出。');
    }
    this.tickets.delete(token);
    return ticket;
  }

  get size(): number {
    return this.tickets.size;
  }

  private sweep(nowMs: number): void {
    for (const [token, t] of this.tickets) if (t.expiresMs <= nowMs) this.tickets.delete(token);
  }
}

const stores = new WeakMap<Database.Database, TicketStore>();

/** The ticket store of one open database: handlers reach it through their connection. */
export function ticketStore(sqlite: Database.Database): TicketStore {
  let store = stores.get(sqlite);
  if (!store) {
    store = new TicketStore();
    stores.set(sqlite, store);
  }
  return store;
}
