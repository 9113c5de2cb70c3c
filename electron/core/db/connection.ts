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
  const sqlite = new Database(file);
  try {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    // 64 MiB of page cache (default 2 MiB): registers of a million rows keep their indexes in memory.
    sqlite.pragma('cache_size = -65536');
    const db = drizzle(sqlite, { schema });
    applyMigrations(sqlite, db, migrationsDir);
    return { sqlite, db, deviceId: ensureDeviceId(sqlite), file };
  } catch (error) {
    sqlite.close();
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
