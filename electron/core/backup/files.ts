import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { COUNTED_TABLES, type RegisterCounts } from '../../../shared/backup/api';

export const MANIFEST_FORMAT = 'wenmi-backup';

/** The sidecar written next to each verified backup: what it holds, and how to check it is whole. */
export interface Manifest {
  format: typeof MANIFEST_FORMAT;
  version: 1;
  /** The backup file's name in the same folder. */
  file: string;
  createdAt: string;
  deviceId: string;
  officeName: string;
  bytes: number;
  sha256: string;
  encrypted: boolean;
  counts: RegisterCounts;
  /** Migrations the database had (their journal times): a newer version's backup has some we lack. */
  migrations: number[];
}

/** wenmi-backup-20261128-101500-0190abcd: date, time and device, so a folder of several PCs' backups sorts and reads well. */
export function backupBase(at: Date, deviceId: string): string {
  const local = new Date(at.getTime() + 8 * 3_600_000).toISOString();
  // Seconds too: nowInShanghai stops at the minute.
  const stamp = `${local.slice(0, 10).replaceAll('-', '')}-${local.slice(11, 19).replaceAll(':', '')}`;
  return `wenmi-backup-${stamp}-${deviceId.slice(0, 8)}`;
}

export interface Inspection {
  integrity: string;
  counts: RegisterCounts;
  migrations: number[];
  officeName: string;
}

/**
 * Runs in a worker thread: an integrity check reads the whole file (seconds for a large
 * register), and the program must keep answering meanwhile. Plain CommonJS, because a worker
 * starts from source text, not from our bundle.
 */
const INSPECT_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { readonly: true, fileMustExist: true });
// Mapped and cached: the check reads every page once, through fewer system calls.
db.pragma('mmap_size = 8589934592');
db.pragma('cache_size = -262144');
try {
  const integrity = db.pragma(workerData.check).map((r) => Object.values(r)[0]).join('; ');
  const tables = new Set(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all().map((r) => r.name));
  const counts = {};
  for (const t of workerData.counted) if (tables.has(t)) counts[t] = db.prepare('SELECT count(*) AS n FROM "' + t + '"').get().n;
  const migrations = tables.has('__drizzle_migrations')
    ? db.prepare('SELECT created_at AS at FROM __drizzle_migrations ORDER BY created_at').all().map((r) => Number(r.at))
    : [];
  const office = tables.has('settings') ? db.prepare("SELECT value FROM settings WHERE key = 'officeName'").get() : undefined;
  parentPort.postMessage({ integrity, counts, migrations, officeName: office ? JSON.parse(office.value) : '' });
} finally {
  db.close();
}`;

/**
 * A backup copies the live database's WAL mode; a file that must stand alone (copied to
 * a USB stick, restored later) is switched to a rollback journal, leaving no -wal or -shm.
 */
export function makeStandalone(file: string): void {
  const db = new Database(file, { fileMustExist: true });
  try {
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
}

/** Where the SQLite driver is, for the worker to load the same one. */
function driverPath(): string {
  // The CommonJS bundle (Electron main) has __filename; the ESM bundle and the sources have import.meta.url.
  const from = typeof __filename === 'string' ? __filename : import.meta.url;
  return createRequire(from).resolve('better-sqlite3');
}

/**
 * Opens a database file read-only in a worker and checks it: integrity, rows per register,
 * migrations. 'quick_check' after a backup: every page and record readable, every tree whole;
 * it skips comparing each index with its table, which doubles the time (a copy reproduces
 * the source page for page, so such a mismatch would be the source's own). The full
 * 'integrity_check' runs before a restore.
 */
export function inspectDatabase(file: string, check: 'quick_check' | 'integrity_check'): Promise<Inspection> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(INSPECT_SOURCE, { eval: true, workerData: { file, check, driver: driverPath(), counted: Object.keys(COUNTED_TABLES) } });
    worker.once('message', (m: Inspection) => resolve(m));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`inspection stopped (${code})`));
    });
  });
}

export function readManifests(folder: string): Manifest[] {
  const out: Manifest[] = [];
  for (const name of readdirSync(folder)) {
    if (!name.startsWith('wenmi-backup-') || !name.endsWith('.json')) continue;
    try {
      const m = JSON.parse(readFileSync(join(folder, name), 'utf8')) as Manifest;
      if (m.format === MANIFEST_FORMAT) out.push(m);
    } catch {
      // A damaged sidecar: its backup is listed by no one, and never pruned by mistake.
    }
  }
  return out.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** Journal times of the migrations this program ships. */
export function knownMigrations(migrationsDir: string): Set<number> {
  const journal = JSON.parse(readFileSync(join(migrationsDir, 'meta', '_journal.json'), 'utf8')) as { entries: { when: number }[] };
  return new Set(journal.entries.map((e) => e.when));
}
