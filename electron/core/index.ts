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
import { attachBackups, BackupService } from './backup/service';
import { uuidv7 } from './ids';
import { keepIncomingDerived } from './incoming/derived';
import { keepOutgoingDerived } from './outgoing/derived';
import { forgetWorkCalendar } from './calendar/work-calendar';
import { ticketStore } from './exports/tickets';
import { streamIncomingExport } from './incoming/export';
import { streamSealExport } from './seals/export';
import { streamClassifiedExport } from './classified/export';
import { streamDestructionExport } from './destruction/export';
import { streamOutgoingExport } from './outgoing/export';
import { streamRejects } from './imports/rejects';
import { attachUploads, UploadStore } from './imports/uploads';
import type { UploadInfo } from '../../shared/imports/api';
import { join } from 'node:path';

export { resolveDataDir } from './data-dir';
export { SchemaTooNewError } from './db/migrate';
export { DataDirInUseError } from './db/connection';
export { ExportRefused } from './exports/tickets';
export type { SessionRef } from './auth/sessions';

/** How often the automatic backup checks whether today's backup is due. */
export const AUTO_BACKUP_CHECK_MS = 10 * 60_000;

/** How often the automatic sync runs. */
export const AUTO_SYNC_MS = 2 * 60_000;

export interface CoreOptions {
  dataDir: string;
  migrationsDir: string;
  /** Injected in tests to move time (idle lock, lockout); the real clock otherwise. */
  now?: () => Date;
  /** The sync folder's file operations; tests inject faults here. */
  syncFs?: SyncFs;
  /** Pages per online-backup step; tests make it small so writes interleave with a small database. */
  backupPagesPerStep?: number;
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
  /**
   * Takes the file of an upload ticket (issued by 'imports.upload') into the data folder's
   * uploads/ and reads its sheets; the import methods then name it by uploadId only. Never
   * throws for what was sent: a refused ticket, a file too big or unreadable comes back as
   * {ok:false, error}. `fileName` replaces the ticket's (Electron knows it only after the dialog).
   */
  receiveUpload(ticket: string, session: SessionRef, body: AsyncIterable<Uint8Array>, fileName?: string): Promise<Result<UploadInfo>>;
  /** Syncs with the shared folder now (the automatic sync calls this); never throws for folder trouble. */
  sync(): SyncReport;
  /**
   * Syncs every `everyMs` while the program runs; a folder that is away (a USB stick
   * pulled out) is simply tried again next time. Returns the function that stops it.
   */
  startAutoSync(everyMs?: number): () => void;
  /** Checks every `everyMs` whether today's automatic backup is due (设置 — 备份); returns the stop function. */
  startAutoBackup(everyMs?: number): () => void;
  /** Resolves when no backup or restore is running (tests and shutdown wait on it). */
  whenBackupsIdle(): Promise<void>;
  close(): void;
}

interface Live {
  connection: Connection;
  deviceId: string;
  clock: HybridClock;
  writer: WritePath;
  dispatcher: Dispatcher;
  engine: SyncEngine;
}

export function openCore(options: CoreOptions): Core {
  const now = options.now ?? (() => new Date());

  /** Opens the data folder's database and binds everything to it (again after a restore). */
  const openLive = (): Live => {
    const connection = openConnection(options.dataDir, options.migrationsDir);
    const { sqlite, db } = connection;
    const live = { connection, deviceId: connection.deviceId } as Live;
    // Everything that writes in this device's name; built again when sync finds this database is a copy.
    const bindDevice = (id: string) => {
      const lastHlc = (sqlite.prepare('SELECT max(hlc) AS hlc FROM change_log').get() as { hlc: string | null }).hlc;
      live.clock = new HybridClock(id, () => now().getTime(), lastHlc);
      const chain = new AuditChain(sqlite, id);
      live.writer = new WritePath(sqlite, id, live.clock, chain);
      keepIncomingDerived(live.writer, db, sqlite);
      keepOutgoingDerived(live.writer, db, sqlite);
      live.writer.derive('calendarDays', () => forgetWorkCalendar(sqlite));
      live.dispatcher = new Dispatcher({ db, sqlite, deviceId: id, writer: live.writer, chain }, HANDLERS, now);
      return chain;
    };
    try {
      seedCalendar(sqlite, bindDevice(live.deviceId), now());
    } catch (error) {
      sqlite.close();
      throw error;
    }
    live.engine = new SyncEngine(
      sqlite,
      () => live.writer,
      () => live.clock,
      {
        deviceId: () => live.deviceId,
        takeNewDeviceId: () => {
          const old = live.deviceId;
          live.deviceId = uuidv7(now().getTime());
          sqlite.prepare("UPDATE meta SET value = ? WHERE key = 'device_id'").run(live.deviceId);
          sqlite.prepare("INSERT INTO meta (key, value) VALUES ('sync.cloned_from', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(old);
          bindDevice(live.deviceId);
          return live.deviceId;
        },
      },
      options.syncFs ?? nodeFs,
      now,
    );
    attachSyncEngine(sqlite, live.engine);
    attachBackups(sqlite, backups);
    attachUploads(sqlite, uploads);
    return live;
  };

  const uploads = new UploadStore(join(options.dataDir, 'uploads'), now);
  const backups: BackupService = new BackupService({
    dataDir: options.dataDir,
    migrationsDir: options.migrationsDir,
    pagesPerStep: options.backupPagesPerStep,
    now,
    sqlite: () => live.connection.sqlite,
    deviceId: () => live.deviceId,
    // A restore swaps the database file under the running program: close, swap, open again.
    reopen: (swap) => {
      live.connection.sqlite.close();
      try {
        swap();
      } finally {
        live = openLive();
      }
      return live.connection.sqlite;
    },
  });
  let live = openLive();
  const syncNow = () => live.connection.sqlite.transaction(() => live.engine.sync()).immediate();

  return {
    get deviceId() {
      return live.deviceId;
    },
    get connection() {
      return live.connection;
    },
    newSession,
    dispatch: (session, method, input) => live.dispatcher.dispatch(session, method, input),
    sync: syncNow,
    startAutoSync: (everyMs = AUTO_SYNC_MS) => {
      const timer = setInterval(() => {
        if (!live.connection.sqlite.open || backups.busy) return;
        try {
          syncNow();
        } catch (error) {
          console.error('[wenmi] automatic sync failed', error);
        }
      }, everyMs);
      timer.unref();
      return () => clearInterval(timer);
    },
    startAutoBackup: (everyMs = AUTO_BACKUP_CHECK_MS) => backups.startDaily(everyMs),
    whenBackupsIdle: () => backups.idle(),
    streamExport: async (ticket, session, out, onStart) => {
      const sqlite = live.connection.sqlite;
      const taken = ticketStore(sqlite).take(ticket, session, now().getTime());
      onStart?.({ fileName: taken.fileName });
      const stream = {
        incoming: streamIncomingExport,
        outgoing: streamOutgoingExport,
        seals: streamSealExport,
        classified: streamClassifiedExport,
        destruction: streamDestructionExport,
        importRejects: streamRejects,
      }[taken.kind];
      return stream(sqlite, taken, out);
    },
    receiveUpload: (ticket, session, body, fileName) => uploads.receive(ticket, session, body, fileName),
    close: () => {
      backups.stop();
      if (live.connection.sqlite.open) live.connection.sqlite.close();
    },
  };
}
