import type { Result } from '../../shared/api';
import type { SyncReport } from '../../shared/sync/api';
import { Dispatcher } from './api/dispatcher';
import { AuditChain } from './audit/chain';
import { newSession, type SessionRef } from './auth/sessions';
import { openConnection, type Connection } from './db/connection';
import { WritePath } from './db/write-path';
import { seedCalendar } from './calendar/seed';
import { HANDLERS } from './handlers';
import { HybridClock } from './sync/clock';
import { SyncEngine } from './sync/engine';
import { nodeFs, type SyncFs } from './sync/folder';
import { attachSyncEngine } from './sync/handlers';
import { uuidv7 } from './ids';
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

/** How often the automatic sync runs. */
export const AUTO_SYNC_MS = 2 * 60_000;

export interface CoreOptions {
  dataDir: string;
  migrationsDir: string;
  /** Injected in tests to move time (idle lock, lockout); the real clock otherwise. */
  now?: () => Date;
  /** The sync folder's file operations; tests inject faults here. */
  syncFs?: SyncFs;
}

export interface Core {
  /** This PC in sync: changes only when sync finds the database was copied from another PC. */
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
  /** Syncs with the shared folder now (the automatic sync calls this); never throws for folder trouble. */
  sync(): SyncReport;
  /**
   * Syncs every `everyMs` while the program runs; a folder that is away (a USB stick
   * pulled out) is simply tried again next time. Returns the function that stops it.
   */
  startAutoSync(everyMs?: number): () => void;
  close(): void;
}

export function openCore(options: CoreOptions): Core {
  const now = options.now ?? (() => new Date());
  const connection = openConnection(options.dataDir, options.migrationsDir);
  const { sqlite, db } = connection;
  let deviceId = connection.deviceId;
  let clock: HybridClock;
  let writer: WritePath;
  let dispatcher: Dispatcher;
  // Everything that writes in this device's name; built again when sync finds this database is a copy.
  const bindDevice = (id: string) => {
    const lastHlc = (sqlite.prepare('SELECT max(hlc) AS hlc FROM change_log').get() as { hlc: string | null }).hlc;
    clock = new HybridClock(id, () => now().getTime(), lastHlc);
    const chain = new AuditChain(sqlite, id);
    writer = new WritePath(sqlite, id, clock, chain);
    keepIncomingDerived(writer, db, sqlite);
    keepOutgoingDerived(writer, db, sqlite);
    writer.derive('calendarDays', () => forgetWorkCalendar(sqlite));
    dispatcher = new Dispatcher({ db, sqlite, deviceId: id, writer, chain }, HANDLERS, now);
    return chain;
  };
  try {
    seedCalendar(sqlite, bindDevice(deviceId), now());
  } catch (error) {
    sqlite.close();
    throw error;
  }
  const engine = new SyncEngine(
    sqlite,
    () => writer,
    () => clock,
    {
      deviceId: () => deviceId,
      takeNewDeviceId: () => {
        const old = deviceId;
        deviceId = uuidv7(now().getTime());
        sqlite.prepare("UPDATE meta SET value = ? WHERE key = 'device_id'").run(deviceId);
        sqlite.prepare("INSERT INTO meta (key, value) VALUES ('sync.cloned_from', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(old);
        bindDevice(deviceId);
        return deviceId;
      },
    },
    options.syncFs ?? nodeFs,
    now,
  );
  attachSyncEngine(sqlite, engine);
  return {
    get deviceId() {
      return deviceId;
    },
    connection,
    newSession,
    dispatch: (session, method, input) => dispatcher.dispatch(session, method, input),
    sync: () => sqlite.transaction(() => engine.sync()).immediate(),
    startAutoSync: (everyMs = AUTO_SYNC_MS) => {
      const timer = setInterval(() => {
        if (!sqlite.open) return;
        try {
          sqlite.transaction(() => engine.sync()).immediate();
        } catch (error) {
          console.error('[wenmi] automatic sync failed', error);
        }
      }, everyMs);
      timer.unref();
      return () => clearInterval(timer);
    },
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
