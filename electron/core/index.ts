import type { Result } from '../../shared/api';
import { Dispatcher } from './api/dispatcher';
import { AuditChain } from './audit/chain';
import { newSession, type SessionRef } from './auth/sessions';
import { openConnection, type Connection } from './db/connection';
import { WritePath } from './db/write-path';
import { seedCalendar } from './calendar/seed';
import { HANDLERS } from './handlers';
import { HybridClock } from './sync/clock';
import { keepIncomingDerived } from './incoming/derived';
import { keepOutgoingDerived } from './outgoing/derived';
import { forgetWorkCalendar } from './calendar/work-calendar';
import { ticketStore } from './exports/tickets';
import { streamIncomingExport } from './incoming/export';
import { streamSealExport } from './seals/export';
import { streamOutgoingExport } from './outgoing/export';

export { resolveDataDir } from './data-dir';
export { SchemaTooNewError } from './db/migrate';
export { DataDirInUseError } from './db/connection';
export { ExportRefused } from './exports/tickets';
export type { SessionRef } from './auth/sessions';

export interface CoreOptions {
  dataDir: string;
  migrationsDir: string;
  /** Injected in tests to move time (idle lock, lockout); the real clock otherwise. */
  now?: () => Date;
}

export interface Core {
  readonly deviceId: string;
  readonly connection: Connection;
  newSession(): SessionRef;
  /** Synchronous and never throws: every failure comes back as {ok:false, error}. */
  dispatch(session: SessionRef, method: string, input: unknown): Result<unknown>;
  /**
   * Streams the file of an export ticket (issued by 'incoming.export' or 'outgoing.export') to `out`.
   * Rejects with ExportRefused (a Chinese message, nothing written) for an
   * unknown, expired or used ticket or one issued to another session.
   * `onStart` runs once the ticket is accepted, before the first byte: a
   * transport sets its headers there (the file name is the ticket's).
   */
  streamExport(
    ticket: string,
    session: SessionRef,
    out: NodeJS.WritableStream,
    onStart?: (file: { fileName: string }) => void,
  ): Promise<{ rows: number }>;
  close(): void;
}

export function openCore(options: CoreOptions): Core {
  const now = options.now ?? (() => new Date());
  const connection = openConnection(options.dataDir, options.migrationsDir);
  const { sqlite, db, deviceId } = connection;
  let chain: AuditChain;
  let writer: WritePath;
  try {
    const lastHlc = (sqlite.prepare('SELECT max(hlc) AS hlc FROM change_log').get() as { hlc: string | null }).hlc;
    const clock = new HybridClock(deviceId, () => now().getTime(), lastHlc);
    chain = new AuditChain(sqlite, deviceId);
    writer = new WritePath(sqlite, deviceId, clock, chain);
    keepIncomingDerived(writer, db, sqlite);
    keepOutgoingDerived(writer, db, sqlite);
    writer.derive('calendarDays', () => forgetWorkCalendar(sqlite));
    seedCalendar(sqlite, chain, now());
  } catch (error) {
    sqlite.close();
    throw error;
  }
  const dispatcher = new Dispatcher({ db, sqlite, deviceId, writer, chain }, HANDLERS, now);
  return {
    deviceId,
    connection,
    newSession,
    dispatch: (session, method, input) => dispatcher.dispatch(session, method, input),
    streamExport: async (ticket, session, out, onStart) => {
      const taken = ticketStore(sqlite).take(ticket, session, now().getTime());
      onStart?.({ fileName: taken.fileName });
      const stream = { incoming: streamIncomingExport, outgoing: streamOutgoingExport, seals: streamSealExport }[taken.kind];
      return stream(sqlite, taken, out);
    },
    close: () => {
      if (sqlite.open) sqlite.close();
    },
  };
}
