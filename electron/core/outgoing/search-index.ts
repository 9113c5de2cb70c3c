import type Database from 'better-sqlite3';
import type { RowOf } from '../db/write-path';
import { entryOf, type SearchTags } from '../incoming/search-index';

/** The list filters a 发文 search can be combined with, as tokens of the `tags` column. */
export function outgoingTags(row: Pick<RowOf<'outgoing'>, 'docType' | 'secrecyLevel' | 'state' | 'publicity' | 'codeId' | 'year'>): SearchTags {
  return { docType: row.docType, secrecyLevel: row.secrecyLevel, state: row.state, publicity: row.publicity, codeId: row.codeId, year: row.year };
}

/**
 * The two search tables of the 发文 register (migration 0011), built like the
 * 收文 ones (electron/core/incoming/search-index.ts): 标题, 发文字号, 拟稿单位 and
 * 主送 in outgoing_search, except a classified title, which goes only to
 * outgoing_search_secret, searched for callers with need to know (R33).
 */
export class OutgoingSearchIndex {
  private readonly del: Database.Statement[];
  private readonly addPublic: Database.Statement;
  private readonly addSecret: Database.Statement;

  constructor(private readonly sqlite: Database.Database) {
    this.del = [sqlite.prepare('DELETE FROM outgoing_search WHERE rowid = ?'), sqlite.prepare('DELETE FROM outgoing_search_secret WHERE rowid = ?')];
    this.addPublic = sqlite.prepare('INSERT INTO outgoing_search (rowid, body, pairs, tags) VALUES (?, ?, ?, ?)');
    this.addSecret = sqlite.prepare('INSERT INTO outgoing_search_secret (rowid, body, pairs, tags) VALUES (?, ?, ?, ?)');
  }

  index(row: RowOf<'outgoing'>, op: 'insert' | 'update'): void {
    if (op === 'update') for (const d of this.del) d.run(row.ftsRowid);
    if (row.deletedAt) return;
    const classified = row.secrecyLevel !== 'none';
    const tags = outgoingTags(row);
    const fields = [row.docNumber, row.draftUnitName, row.mainTo];
    this.addPublic.run(row.ftsRowid, ...entryOf(classified ? fields : [row.title, ...fields], tags));
    if (classified) this.addSecret.run(row.ftsRowid, ...entryOf([row.title], tags));
  }

  /** Fills the tables from the rows when they are empty while documents exist (after migration 0011, or lost tables). */
  refillIfEmpty(readAfter: (key: number, limit: number) => RowOf<'outgoing'>[]): number {
    const has = (sql: string) => this.sqlite.prepare(sql).get() !== undefined;
    if (has('SELECT rowid FROM outgoing_search LIMIT 1') || !has('SELECT 1 FROM outgoing WHERE deleted_at IS NULL LIMIT 1')) return 0;
    const write = this.sqlite.transaction((rows: RowOf<'outgoing'>[]) => rows.forEach((r) => this.index(r, 'insert')));
    let n = 0;
    for (let rows = readAfter(-1, 10_000); rows.length > 0; rows = readAfter(rows.at(-1)!.ftsRowid, 10_000)) {
      write(rows);
      n += rows.length;
    }
    return n;
  }
}
