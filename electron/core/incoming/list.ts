import type Database from 'better-sqlite3';
import type { ParsedInputOf } from '../../../shared/api';
import type { IncomingRow } from '../../../shared/incoming/api';
import type { CallContext } from '../api/context';
import { refuse } from '../api/errors';
import { prepared } from '../db/statements';
import type { ListedRow } from './view';
import { phraseQuery } from './search-index';
import { seesClassifiedTitles, toRow } from './view';

type ListInput = ParsedInputOf<'incoming.list'>;
/** The filters of the list (shared with the export) and where a page starts. */
export type PageQuery = ParsedInputOf<'incoming.export'> & { cursor?: string; limit: number };

export const LISTED_COLUMNS = `i.id, i.year, i.serial, i.receipt_no AS receiptNo, i.fts_rowid AS ftsRowid, i.received_date AS receivedDate,
  i.from_unit_name AS fromUnitName, i.doc_number AS docNumber, i.title, i.doc_type AS docType,
  i.secrecy_level AS secrecyLevel, i.urgency, i.incoming_class AS incomingClass, i.copies, i.state`;

/** Keyset order per sort: the columns, and how a cursor is read back. */
const SORTS = {
  registered: { order: 'i.fts_rowid DESC', keys: ['i.fts_rowid'], cursorOf: (r: ListedRow) => [r.ftsRowid] },
  receivedDate: {
    order: 'i.received_date DESC, i.fts_rowid DESC',
    keys: ['i.received_date', 'i.fts_rowid'],
    cursorOf: (r: ListedRow) => [r.receivedDate, r.ftsRowid],
  },
  receiptNo: { order: 'i.year DESC, i.serial DESC', keys: ['i.year', 'i.serial'], cursorOf: (r: ListedRow) => [r.year, r.serial] },
} as const;

/** The filter part of the query: every value a bound parameter. */
function filters(input: PageQuery): { sql: string[]; params: unknown[] } {
  const sql = ['i.deleted_at IS NULL'];
  const params: unknown[] = [];
  const eq = (column: string, value: unknown) => {
    if (value === undefined || value === '') return;
    sql.push(`${column} = ?`);
    params.push(value);
  };
  eq('i.year', input.year);
  eq('i.doc_type', input.docType);
  eq('i.secrecy_level', input.secrecyLevel);
  eq('i.incoming_class', input.incomingClass);
  eq('i.state', input.state);
  eq('i.from_unit_id', input.fromUnitId);
  if (input.from) {
    sql.push('i.received_date >= ?');
    params.push(input.from);
  }
  if (input.to) {
    sql.push('i.received_date <= ?');
    params.push(input.to);
  }
  return { sql, params };
}

/**
 * (a, b) < (x, y) in keyset order, written out so SQLite can use the index range.
 * The redundant `a <= x` bounds the range from above: without it a lower bound
 * from the filters (received_date >= from) made every page scan from the newest
 * row down to the cursor, so paging through a date range was quadratic.
 */
function before(keys: readonly string[], values: unknown[]): { sql: string; params: unknown[] } {
  if (keys.length === 1) return { sql: `${keys[0]} < ?`, params: [values[0]] };
  return {
    sql: `${keys[0]} <= ? AND (${keys[0]} < ? OR (${keys[0]} = ? AND ${keys[1]} < ?))`,
    params: [values[0], values[0], values[0], values[1]],
  };
}

function parseCursor(cursor: string, sort: PageQuery['sort']): unknown[] {
  const parts = cursor.split('|');
  const numeric = (s: string) => {
    const n = Number(s);
    if (!Number.isSafeInteger(n)) throw refuse('VALIDATION', '翻页位置无效，请重新查询。', { cursor: '翻页位置无效，请重新查询' });
    return n;
  };
  if (sort === 'receivedDate' && parts.length === 2) return [parts[0], numeric(parts[1])];
  if (sort === 'receiptNo' && parts.length === 2) return [numeric(parts[0]), numeric(parts[1])];
  if (sort === 'registered' && parts.length === 1) return [numeric(parts[0])];
  throw refuse('VALIDATION', '翻页位置无效，请重新查询。', { cursor: '翻页位置无效，请重新查询' });
}

/**
 * The register as a list: filters, keyset paging in the chosen order, and
 * substring search through the character index. Search results come newest
 * first; for callers with need to know, classified titles are searched too
 * (their own index, merged by registration order).
 */
export function listIncoming(ctx: CallContext, input: ListInput): { rows: IncomingRow[]; nextCursor: string | null } {
  checkListFilters(input);
  return listPage(ctx.sqlite, input, seesClassifiedTitles(ctx));
}

/** The checks of the filters beyond their schema: the same for the list and the export. */
export function checkListFilters(input: Pick<PageQuery, 'from' | 'to'>): void {
  if (input.from && input.to && input.from > input.to) {
    throw refuse('VALIDATION', '结束日期不能早于开始日期。', { to: '结束日期不能早于开始日期' });
  }
}

/**
 * One page of the list, for a caller who does or does not see classified titles.
 * Runs its statements to completion (no iterator left open), so a caller may
 * await between pages while other calls use the connection.
 */
export function listPage(
  sqlite: Database.Database,
  input: PageQuery,
  seesTitles: boolean,
): { rows: IncomingRow[]; nextCursor: string | null } {
  const f = filters(input);
  const limit = input.limit;

  const phrase = input.q ? phraseQuery(input.q) : null;
  if (input.q && !phrase) return { rows: [], nextCursor: null };

  let rows: ListedRow[];
  if (phrase) {
    const cursor = input.cursor ? parseCursor(input.cursor, 'registered') : null;
    const search = (table: 'incoming_search' | 'incoming_search_secret') => {
      const where = [...f.sql, `${table} MATCH ?`];
      const params = [...f.params, phrase];
      if (cursor) {
        where.push('s.rowid < ?');
        params.push(cursor[0]);
      }
      return prepared(
        sqlite,
        `SELECT ${LISTED_COLUMNS} FROM ${table} s JOIN incoming i ON i.fts_rowid = s.rowid
         WHERE ${where.join(' AND ')} ORDER BY s.rowid DESC LIMIT ?`,
      ).all(...params, limit + 1) as ListedRow[];
    };
    const found = search('incoming_search');
    if (seesTitles) {
      // A classified record may match both by its 来文字号 and by its title: keep it once.
      const seen = new Set(found.map((r) => r.id));
      for (const r of search('incoming_search_secret')) if (!seen.has(r.id)) found.push(r);
      found.sort((a, b) => b.ftsRowid - a.ftsRowid);
    }
    rows = found.slice(0, limit + 1);
  } else {
    const sort = SORTS[input.sort];
    const where = [...f.sql];
    const params = [...f.params];
    if (input.cursor) {
      const b = before(sort.keys, parseCursor(input.cursor, input.sort));
      where.push(b.sql);
      params.push(...b.params);
    }
    rows = prepared(sqlite, `SELECT ${LISTED_COLUMNS} FROM incoming i WHERE ${where.join(' AND ')} ORDER BY ${sort.order} LIMIT ?`).all(
      ...params,
      limit + 1,
    ) as ListedRow[];
  }

  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const cursorOf = phrase ? SORTS.registered.cursorOf : SORTS[input.sort].cursorOf;
  return {
    rows: page.map((r) => toRow(r, seesTitles)),
    nextCursor: rows.length > limit && last ? cursorOf(last).join('|') : null,
  };
}
