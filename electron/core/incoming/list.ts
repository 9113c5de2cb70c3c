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

/** The equality filters of the list and their columns. */
const EQUALITY_FILTERS = [
  ['docType', 'i.doc_type'],
  ['secrecyLevel', 'i.secrecy_level'],
  ['incomingClass', 'i.incoming_class'],
  ['state', 'i.state'],
  ['fromUnitId', 'i.from_unit_id'],
] as const;

/** Below this many matching rows a filter's own index and a sort in memory beat walking the sort order. */
const RARE = 2_000;

/**
 * The filter part of the query, every value a bound parameter. For the
 * 收文日期 and 收文号 orders a common filter value is written as `+column` so
 * SQLite walks the order's index and checks the filter row by row (a few
 * hundred rows for 50 hits) instead of sorting every match; a rare value keeps
 * its own index (few rows to sort).
 */
function filters(sqlite: Database.Database, input: PageQuery): { sql: string[]; params: unknown[] } {
  const sql = ['i.deleted_at IS NULL'];
  const params: unknown[] = [];
  const byOwnOrder = input.sort === 'registered' || Boolean(input.q);
  for (const [key, column] of EQUALITY_FILTERS) {
    const value = input[key];
    if (value === undefined || value === '') continue;
    const common = !byOwnOrder && isCommon(sqlite, column, value);
    sql.push(`${common ? '+' : ''}${column} = ?`);
    params.push(value);
  }
  if (input.year !== undefined) {
    if (input.sort === 'receivedDate' && !input.q) {
      // 收文号 year = the year of 收文日期: in 收文日期 order the year is read as a date range of
      // that order's own index ('+' keeps SQLite from sorting the whole year off the 收文号 index).
      sql.push('+i.year = ?', 'i.received_date BETWEEN ? AND ?');
      params.push(input.year, `${input.year}-01-01`, `${input.year}-12-31`);
    } else {
      sql.push('i.year = ?');
      params.push(input.year);
    }
  }
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

function isCommon(sqlite: Database.Database, column: string, value: unknown): boolean {
  const { n } = prepared(sqlite, `SELECT count(*) AS n FROM (SELECT 1 FROM incoming i WHERE ${column} = ? LIMIT ${RARE})`).get(value) as {
    n: number;
  };
  return n >= RARE;
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
 * The registration keys of the records received in a date range: the first and
 * the last, read off the 收文日期 index. Records are registered when they come
 * in, so the range of keys is narrow and the rows within it are mostly in range.
 */
function registrationWindow(sqlite: Database.Database, from: string | undefined, to: string | undefined): { lo: number; hi: number } | 'empty' {
  const { lo, hi } = prepared(
    sqlite,
    'SELECT min(fts_rowid) AS lo, max(fts_rowid) AS hi FROM incoming WHERE received_date BETWEEN ? AND ?',
  ).get(from ?? '0000-01-01', to ?? '9999-12-31') as { lo: number | null; hi: number | null };
  return lo === null || hi === null ? 'empty' : { lo, hi };
}

/** A cursor read in the order actually used: a registration-order cursor becomes that row's (year, serial). */
function cursorIn(sqlite: Database.Database, cursor: string, asked: PageQuery['sort'], used: PageQuery['sort']): unknown[] {
  if (asked === used || cursor.includes('|')) return parseCursor(cursor, used);
  const [ftsRowid] = parseCursor(cursor, asked);
  const row = prepared(sqlite, 'SELECT year, serial FROM incoming WHERE fts_rowid = ?').get(ftsRowid) as { year: number; serial: number } | undefined;
  if (!row) throw refuse('VALIDATION', '翻页位置无效，请重新查询。', { cursor: '翻页位置无效，请重新查询' });
  return [row.year, row.serial];
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
  // Within one year 收文号 order is registration order (each number is the next one when it is
  // registered), and the (year, serial) index reads it directly, however old the year.
  const sortKey = input.sort === 'registered' && input.year !== undefined && !input.q ? 'receiptNo' : input.sort;
  const f = filters(sqlite, { ...input, sort: sortKey });
  const limit = input.limit;

  const phrase = input.q ? phraseQuery(input.q) : null;
  if (input.q && !phrase) return { rows: [], nextCursor: null };

  // In registration order, a 收文日期 range becomes a range of registration keys as well,
  // so the walk starts at the range instead of at the newest record.
  const byRegistration = Boolean(phrase) || sortKey === 'registered';
  const window = byRegistration && (input.from || input.to) ? registrationWindow(sqlite, input.from, input.to) : null;
  if (window === 'empty') return { rows: [], nextCursor: null };

  let rows: ListedRow[];
  if (phrase) {
    const cursor = input.cursor ? parseCursor(input.cursor, 'registered') : null;
    const search = (table: 'incoming_search' | 'incoming_search_secret') => {
      const where = [...f.sql, `${table} MATCH ?`];
      const params = [...f.params, phrase];
      if (window) {
        where.push('s.rowid BETWEEN ? AND ?');
        params.push(window.lo, window.hi);
      }
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
    const sort = SORTS[sortKey];
    const where = [...f.sql];
    const params = [...f.params];
    if (window) {
      where.push('i.fts_rowid BETWEEN ? AND ?');
      params.push(window.lo, window.hi);
    }
    if (input.cursor) {
      const b = before(sort.keys, cursorIn(sqlite, input.cursor, input.sort, sortKey));
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
  const cursorOf = phrase ? SORTS.registered.cursorOf : SORTS[sortKey].cursorOf;
  return {
    rows: page.map((r) => toRow(r, seesTitles)),
    nextCursor: rows.length > limit && last ? cursorOf(last).join('|') : null,
  };
}
