import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { uuidv7 } from '../ids';
import { applyMigrations } from './migrate';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema>;

export interface Connection {
  sqlite: Database.Database;
  db: Db;
  deviceId: string;
  file: string;
}

export const DATABASE_FILE = 'wenmi.db';

export function openConnection(dataDir: string, migrationsDir: string): Connection {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, DATABASE_FILE);
  const sqlite = new Database(file, { timeout: 0 });
  try {
    claimExclusively(sqlite, dataDir);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    // 64 MiB of page cache (default 2 MiB): registers of a million rows keep their indexes in memory.
    sqlite.pragma('cache_size = -65536');
    sqlite.pragma('wal_autocheckpoint = 4000');
    const db = drizzle(sqlite, { schema });
    applyMigrations(sqlite, db, migrationsDir);
    return { sqlite, db, deviceId: ensureDeviceId(sqlite), file };
  } catch (error) {
    sqlite.close();
    throw error;
  }
}

export class DataDirInUseError extends Error {
  constructor(dataDir: string) {
    super(`数据目录 ${dataDir} 正被另一个文秘台账程序使用（桌面版或 npm run serve）。请先关闭那个程序，或用 --data 指定其他数据目录。`);
    this.name = 'DataDirInUseError';
  }
}

/**
 * One program per database: two would share one device id, one audit chain
 * and one clock. SQLite's exclusive locking mode holds the file lock from the
 * first transaction until close (and the OS drops it if the program dies).
 */
function claimExclusively(sqlite: Database.Database, dataDir: string): void {
  sqlite.pragma('locking_mode = EXCLUSIVE');
  try {
    sqlite.exec('BEGIN EXCLUSIVE; COMMIT;');
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_BUSY') throw new DataDirInUseError(dataDir);
    throw error;
  }
}

/** Created once per database on first run; sync names this PC's files after it. */
function ensureDeviceId(sqlite: Database.Database): string {
  const row = sqlite.prepare("SELECT value FROM meta WHERE key = 'device_id'").get() as { value: string } | undefined;
  if (row) return row.value;
  const id = uuidv7();
  sqlite.prepare("INSERT INTO meta (key, value) VALUES ('device_id', ?)").run(id);
  return id;
}
