import type Database from 'better-sqlite3';
import { asc, gt } from 'drizzle-orm';
import type { Connection } from '../db/connection';
import { outgoing } from '../db/schema';
import type { WritePath } from '../db/write-path';
import { OutgoingSearchIndex } from './search-index';

/** The search tables each PC derives from its outgoing rows: kept current on every write, refilled on open. */
export function keepOutgoingDerived(writer: WritePath, db: Connection['db'], sqlite: Database.Database): void {
  const search = new OutgoingSearchIndex(sqlite);
  writer.derive('outgoing', (rows, op) => rows.forEach((row) => search.index(row, op)));
  search.refillIfEmpty((key, limit) => db.select().from(outgoing).where(gt(outgoing.ftsRowid, key)).orderBy(asc(outgoing.ftsRowid)).limit(limit).all());
}
