import type Database from 'better-sqlite3';

const cache = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/** Prepares a statement once per connection; lookups that run on every call stay cheap. */
export function prepared(sqlite: Database.Database, sql: string): Database.Statement {
  let map = cache.get(sqlite);
  if (!map) {
    map = new Map();
    cache.set(sqlite, map);
  }
  let stmt = map.get(sql);
  if (!stmt) {
    stmt = sqlite.prepare(sql);
    map.set(sql, stmt);
  }
  return stmt;
}
