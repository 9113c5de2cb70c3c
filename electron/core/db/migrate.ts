import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';

export class SchemaTooNewError extends Error {
  constructor() {
    super('该数据库由更新版本的文秘台账创建，本程序无法打开。请安装最新版本后再打开；数据未作任何改动。');
    this.name = 'SchemaTooNewError';
  }
}

interface Journal {
  entries: { idx: number; when: number; tag: string }[];
}

/**
 * Applies the shipped migrations, but first refuses a database that already
 * carries migrations this build does not know: running an old app on a newer
 * schema would silently drop or corrupt what the newer version wrote.
 */
export function applyMigrations<S extends Record<string, unknown>>(
  sqlite: Database.Database,
  db: BetterSQLite3Database<S>,
  migrationsDir: string,
): void {
  const journal = JSON.parse(readFileSync(join(migrationsDir, 'meta', '_journal.json'), 'utf8')) as Journal;
  const known = new Set(journal.entries.map((e) => e.when));
  const hasTable = sqlite
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'")
    .get();
  if (hasTable) {
    const applied = sqlite.prepare('SELECT created_at AS at FROM __drizzle_migrations').all() as { at: number }[];
    if (applied.some((row) => !known.has(Number(row.at)))) throw new SchemaTooNewError();
  }
  migrate(db, { migrationsFolder: migrationsDir });
}
