import type Database from 'better-sqlite3';
import { asc, gt } from 'drizzle-orm';
import type { Connection } from '../db/connection';
import { incoming } from '../db/schema';
import type { WritePath } from '../db/write-path';
import { IncomingDays } from './days';
import { attachSearchBacklog, SearchBacklog } from './search-backlog';
import { IncomingSearchIndex } from './search-index';

/**
 * The tables each PC derives from its incoming rows (search index, received-day
 * bounds), kept current on every write and refilled on open when a migration
 * rebuilt them; a large import's search entries follow it (SearchBacklog).
 */
export function keepIncomingDerived(writer: WritePath, db: Connection['db'], sqlite: Database.Database): void {
  const search = new IncomingSearchIndex(sqlite);
  const days = new IncomingDays(sqlite);
  const backlog = new SearchBacklog(sqlite, search);
  attachSearchBacklog(sqlite, backlog);
  writer.derive('incoming', (rows, op) => {
    if (op === 'update') for (const row of rows) backlog.forget(row.ftsRowid);
    if (!(op === 'insert' && backlog.take(rows))) for (const row of rows) search.index(row, op);
    days.note(rows);
  });
  search.refillIfEmpty((key, limit) => db.select().from(incoming).where(gt(incoming.ftsRowid, key)).orderBy(asc(incoming.ftsRowid)).limit(limit).all());
  if (backlog.pending() > 0) backlog.schedule();
}
