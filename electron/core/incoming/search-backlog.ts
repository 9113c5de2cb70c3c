import type Database from 'better-sqlite3';
import type { IncomingSearchIndex, IndexedRow } from './search-index';

/** Records indexed per transaction while catching up: about a tenth of a second each, so the program keeps answering. */
export const BACKLOG_STEP_ROWS = 2_000;

const INDEXED_COLUMNS = `i.fts_rowid AS ftsRowid, i.title, i.doc_number AS docNumber, i.from_unit_name AS fromUnitName,
  i.doc_type AS docType, i.secrecy_level AS secrecyLevel, i.incoming_class AS incomingClass, i.state,
  i.from_unit_id AS fromUnitId, i.year, i.deleted_at AS deletedAt`;

/**
 * incoming_search_backlog (migration 0020): the search entries of a large import, added
 * after it. The search index is derived data: an import of 100,000 records spends a third
 * of its time there, and the register, its lists, exports, sync and backups do not need it.
 * So the import commits its records with their keys listed here, and the core then indexes
 * them a step at a time, right after the import and again on open if the program stopped
 * first. A search meanwhile says how many records it cannot find yet (incoming.list
 * `indexing`).
 */
export class SearchBacklog {
  private deferred = false;
  private scheduled = false;
  private readonly add: Database.Statement;
  private readonly drop: Database.Statement;

  constructor(
    private readonly sqlite: Database.Database,
    private readonly search: IncomingSearchIndex,
  ) {
    // A batch's keys in one statement (a JSON array) rather than one call per record.
    this.add = sqlite.prepare('INSERT INTO incoming_search_backlog (fts_rowid) SELECT value FROM json_each(?)');
    this.drop = sqlite.prepare('DELETE FROM incoming_search_backlog WHERE fts_rowid = ?');
  }

  /** Runs `write`; the incoming rows it inserts go to the backlog instead of the search tables, and the catch-up is scheduled. */
  deferring<T>(write: () => T): T {
    this.deferred = true;
    try {
      return write();
    } finally {
      this.deferred = false;
      this.schedule();
    }
  }

  /** Takes new rows while deferring (true), or leaves them to the search index (false). */
  take(rows: readonly IndexedRow[]): boolean {
    if (!this.deferred) return false;
    this.add.run(JSON.stringify(rows.map((row) => row.ftsRowid)));
    return true;
  }

  /** A record changed before its turn: the search index has just written its entry. */
  forget(ftsRowid: number): void {
    this.drop.run(ftsRowid);
  }

  pending(): number {
    return (this.sqlite.prepare('SELECT count(*) AS n FROM incoming_search_backlog').get() as { n: number }).n;
  }

  /** Indexes the next `limit` records of the backlog in one transaction; how many are left. */
  step(limit = BACKLOG_STEP_ROWS): number {
    return this.sqlite.transaction(() => {
      const keys = this.sqlite.prepare('SELECT fts_rowid FROM incoming_search_backlog ORDER BY fts_rowid LIMIT ?').pluck().all(limit) as number[];
      if (keys.length === 0) return 0;
      const last = keys.at(-1)!;
      const rows = this.sqlite
        .prepare(
          `SELECT ${INDEXED_COLUMNS} FROM incoming_search_backlog b JOIN incoming i ON i.fts_rowid = b.fts_rowid
           WHERE b.fts_rowid <= ? ORDER BY b.fts_rowid`,
        )
        .all(last) as IndexedRow[];
      for (const row of rows) this.search.index(row, 'insert');
      this.sqlite.prepare('DELETE FROM incoming_search_backlog WHERE fts_rowid <= ?').run(last);
      return this.pending();
    })();
  }

  /** Catches up a step per turn of the event loop, outside any call's transaction, until the backlog is empty or the database closed. */
  schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      if (!this.sqlite.open) return;
      if (this.step() > 0) this.schedule();
    });
  }
}

const backlogs = new WeakMap<Database.Database, SearchBacklog>();

export function attachSearchBacklog(sqlite: Database.Database, backlog: SearchBacklog): void {
  backlogs.set(sqlite, backlog);
}

export function searchBacklogOf(sqlite: Database.Database): SearchBacklog {
  const backlog = backlogs.get(sqlite);
  if (!backlog) throw new Error('search backlog not attached to this connection');
  return backlog;
}
