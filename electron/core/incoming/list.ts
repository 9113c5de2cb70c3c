import type Database from 'better-sqlite3';
import type { ParsedInputOf } from '../../../shared/api';
import type { IncomingRow } from '../../../shared/incoming/api';
import type { CallContext } from '../api/context';
import { todayInShanghai } from '../../../shared/dates';
import { refuse } from '../api/errors';
import { prepared } from '../db/statements';
import type { ListedRow } from './view';
import { keyWindow, serialWindow } from './days';
import { searchBacklogOf } from './search-backlog';
import { searchQuery } from './search-index';
import { seesClassifiedTitles, toRow } from './view';

type ListInput = ParsedInputOf<'incoming.list'>;
/** The filters of the list (shared with the export) and where a page starts. */
export type PageQuery = ParsedInputOf<'incoming.export'> & { cursor?: string; limit: number; today: string };

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
 * The equality filters, every value a bound parameter. Walking a sort order
 * (收文日期, 收文号), a common value is written as `+column` so SQLite walks the
 * order's index and checks the filter row by row (a few hundred rows for 50
 * hits) instead of sorting every match; a rare value keeps its own index (few
 * rows to sort). A search finds by its tags (searchQuery), and checks here.
 */
function equalityFilters(sqlite: Database.Database, input: PageQuery, walksOrder: boolean): { sql: string[]; params: unknown[] } {
  const sql = ['i.deleted_at IS NULL'];
  const params: unknown[] = [];
  for (const [key, column] of EQUALITY_FILTERS) {
    const value = input[key];
    if (value === undefined || value === '') continue;
    const plus = input.q || (walksOrder && isCommon(sqlite, column, value));
    sql.push(`${plus ? '+' : ''}${column} = ?`);
    params.push(value);
  }
  return { sql, params };
}

function isCommon(sqlite: Database.Database, column: string, value: unknown): boolean {
  const { n } = prepared(sqlite, `SELECT count(*) AS n FROM (SELECT 1 FROM incoming i WHERE ${column} = ? LIMIT ${RARE})`).get(value) as {
    n: number;
  };
  return n >= RARE;
}

type Key = [unknown, unknown];
const MIN_KEY = -1;
const MAX_KEY = Number.MAX_SAFE_INTEGER;
const before = (a: Key, b: Key) => (a[0] as never) < (b[0] as never) || (a[0] === b[0] && (a[1] as number) < (b[1] as number));

/**
 * Where the sort order's keys lie: the bounds the filters give (inclusive) and
 * the cursor (exclusive), reduced to one lower and one upper row value, so
 * SQLite seeks straight to the page on the order's index however deep it is.
 * null when nothing can match.
 */
function keyRange(keys: readonly string[], lo: Key | null, hi: Key | null, cursor: Key | null): { sql: string[]; params: unknown[] } | null {
  const upper = cursor && (!hi || !before(hi, cursor)) ? { key: cursor, op: '<' } : hi ? { key: hi, op: '<=' } : null;
  if (lo && upper && (before(upper.key, lo) || (upper.op === '<' && !before(lo, upper.key)))) return null;
  const sql: string[] = [];
  const params: unknown[] = [];
  const tuple = keys.length === 1 ? keys[0] : `(${keys.join(', ')})`;
  const values = (k: Key) => (keys.length === 1 ? [k[0]] : k);
  if (lo) {
    sql.push(`${tuple} >= ${keys.length === 1 ? '?' : '(?, ?)'}`);
    params.push(...values(lo));
  }
  if (upper) {
    sql.push(`${tuple} ${upper.op} ${keys.length === 1 ? '?' : '(?, ?)'}`);
    params.push(...values(upper.key));
  }
  return { sql, params };
}

function parseCursor(cursor: string, sort: PageQuery['sort']): Key {
  const parts = cursor.split('|');
  const numeric = (s: string) => {
    const n = Number(s);
    if (!Number.isSafeInteger(n)) throw refuse('VALIDATION', '翻页位置无效，请重新查询。', { cursor: '翻页位置无效，请重新查询' });
    return n;
  };
  if (sort === 'receivedDate' && parts.length === 2) return [parts[0], numeric(parts[1])];
  if (sort === 'receiptNo' && parts.length === 2) return [numeric(parts[0]), numeric(parts[1])];
  if (sort === 'registered' && parts.length === 1) return [numeric(parts[0]), 0];
  throw refuse('VALIDATION', '翻页位置无效，请重新查询。', { cursor: '翻页位置无效，请重新查询' });
}

/** A cursor read in the order actually used: a registration-order cursor becomes that row's (year, serial). */
function cursorIn(sqlite: Database.Database, cursor: string, asked: PageQuery['sort'], used: PageQuery['sort']): Key {
  if (asked === used || cursor.includes('|')) return parseCursor(cursor, used);
  const [ftsRowid] = parseCursor(cursor, asked);
  const row = prepared(sqlite, 'SELECT year, serial FROM incoming WHERE fts_rowid = ?').get(ftsRowid) as { year: number; serial: number } | undefined;
  if (!row) throw refuse('VALIDATION', '翻页位置无效，请重新查询。', { cursor: '翻页位置无效，请重新查询' });
  return [row.year, row.serial];
}

/** The bounds of the sort order's keys that the year and the 收文日期 range give, or 'empty'. */
function orderBounds(sqlite: Database.Database, input: PageQuery, sort: PageQuery['sort']): { lo: Key | null; hi: Key | null } | 'empty' {
  const { year, from, to } = input;
  if (sort === 'receivedDate') {
    // 收文号 year = the year of 收文日期: a year is a date range of this order's own index.
    const lo = [from, year && `${year}-01-01`].filter(Boolean).sort().at(-1);
    const hi = [to, year && `${year}-12-31`].filter(Boolean).sort().at(0);
    return { lo: lo ? [lo, MIN_KEY] : null, hi: hi ? [hi, MAX_KEY] : null };
  }
  let lo: Key | null = null;
  let hi: Key | null = null;
  if (from || to) {
    const w = sort === 'registered' ? keyWindow(sqlite, from, to) : serialWindow(sqlite, from, to);
    if (w === 'empty') return 'empty';
    [lo, hi] = sort === 'registered' ? [[w.lo, 0] as Key, [w.hi, 0] as Key] : ([w.lo, w.hi] as [Key, Key]);
  }
  if (sort === 'receiptNo' && year !== undefined) {
    if (!lo || before(lo, [year, MIN_KEY])) lo = [year, MIN_KEY];
    if (!hi || before([year, MAX_KEY], hi)) hi = [year, MAX_KEY];
  }
  return { lo, hi };
}

/**
 * The register as a list: filters, keyset paging in the chosen order, and
 * substring search through the character index. Search results come newest
 * first; for callers with need to know, classified titles are searched too
 * (their own index, merged by registration order).
 */
export function listIncoming(ctx: CallContext, input: ListInput): { rows: IncomingRow[]; nextCursor: string | null; indexing?: number } {
  checkListFilters(input);
  const page = listPage(ctx.sqlite, { ...input, today: todayInShanghai(ctx.now) }, seesClassifiedTitles(ctx));
  // Records a large import has just written are searchable once their entries are in (SearchBacklog).
  const indexing = input.q ? searchBacklogOf(ctx.sqlite).pending() : 0;
  return indexing > 0 ? { ...page, indexing } : page;
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
  const rows = input.q ? searchRows(sqlite, input, seesTitles) : orderRows(sqlite, input);
  if (rows === 'empty') return { rows: [], nextCursor: null };
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return { rows: page.map((r) => toRow(r, seesTitles)), nextCursor: rows.length > input.limit && last ? last.cursor : null };
}

type PagedRow = ListedRow & { cursor: string };

/**
 * The rows a 承办单位 or 逾期 filter allows, read from the 交办台账 first: few
 * documents are assigned compared with the register, so the query starts from
 * their assignments (CROSS JOIN keeps that order) and sorts what it finds.
 * Overdue is read for today, never stored (R9).
 */
function incomingSource(input: PageQuery): { sql: string; params: unknown[] } {
  if (!input.assigneeUnitId && !input.overdue) return { sql: 'incoming i', params: [] };
  const where = ['a.deleted_at IS NULL'];
  const params: unknown[] = [];
  if (input.assigneeUnitId) {
    where.push('a.unit_id = ?');
    params.push(input.assigneeUnitId);
  }
  if (input.overdue) {
    where.push('a.done_date IS NULL', 'a.deadline < ?');
    params.push(input.today);
  }
  return { sql: `(SELECT DISTINCT incoming_id FROM assignments a WHERE ${where.join(' AND ')}) src CROSS JOIN incoming i ON i.id = src.incoming_id`, params };
}

/** The 收文日期 range checked row by row, where the walk's bounds enclose it with a few more records. */
function checkDates(f: { sql: string[]; params: unknown[] }, input: PageQuery): void {
  if (input.from) {
    f.sql.push('+i.received_date >= ?');
    f.params.push(input.from);
  }
  if (input.to) {
    f.sql.push('+i.received_date <= ?');
    f.params.push(input.to);
  }
}

/** A search: newest first, through the search tables; the filters are tags of the same FTS5 query. */
function searchRows(sqlite: Database.Database, input: PageQuery, seesTitles: boolean): PagedRow[] | 'empty' {
  const { docType, secrecyLevel, incomingClass, state, fromUnitId, year } = input;
  const match = searchQuery(input.q!, { docType, secrecyLevel, incomingClass, state, fromUnitId, year });
  if (!match) return 'empty';
  const f = equalityFilters(sqlite, input, false);
  if (year !== undefined) {
    f.sql.push('+i.year = ?');
    f.params.push(year);
  }
  // Registration keys follow registration time, and records are registered when they come in:
  // a 收文日期 range is a narrow range of keys.
  const window = input.from || input.to ? keyWindow(sqlite, input.from, input.to) : null;
  if (window === 'empty') return 'empty';
  checkDates(f, input);
  const range = keyRange(['s.rowid'], window && [window.lo, 0], window && [window.hi, 0], input.cursor ? parseCursor(input.cursor, 'registered') : null);
  if (!range) return 'empty';
  const source = incomingSource(input);
  // Without an assignment filter the search index leads, newest first.
  const from = (table: string) =>
    source.params.length ? `${source.sql} JOIN ${table} s ON s.rowid = i.fts_rowid` : `${table} s JOIN incoming i ON i.fts_rowid = s.rowid`;
  const search = (table: 'incoming_search' | 'incoming_search_secret') =>
    prepared(
      sqlite,
      `SELECT ${LISTED_COLUMNS} FROM ${from(table)}
       WHERE ${[...f.sql, ...range.sql, `${table} MATCH ?`].join(' AND ')} ORDER BY s.rowid DESC LIMIT ?`,
    ).all(...source.params, ...f.params, ...range.params, match, input.limit + 1) as ListedRow[];
  const found = search('incoming_search');
  if (seesTitles) {
    // A classified record may match both by its 来文字号 and by its title: keep it once.
    const seen = new Set(found.map((r) => r.id));
    for (const r of search('incoming_search_secret')) if (!seen.has(r.id)) found.push(r);
    found.sort((a, b) => b.ftsRowid - a.ftsRowid);
  }
  return found.slice(0, input.limit + 1).map((r) => ({ ...r, cursor: String(r.ftsRowid) }));
}

/** The list in a sort order, keyset-paged on that order's index. */
function orderRows(sqlite: Database.Database, input: PageQuery): PagedRow[] | 'empty' {
  // Within one year 收文号 order is registration order (each number is the next one when it is
  // registered), and the (year, serial) index reads it directly, however old the year.
  const sortKey = input.sort === 'registered' && input.year !== undefined ? 'receiptNo' : input.sort;
  const sort = SORTS[sortKey];
  const bounds = orderBounds(sqlite, input, sortKey);
  if (bounds === 'empty') return 'empty';
  const cursor = input.cursor ? cursorIn(sqlite, input.cursor, input.sort, sortKey) : null;
  const range = keyRange(sort.keys, bounds.lo, bounds.hi, cursor);
  if (!range) return 'empty';
  const f = equalityFilters(sqlite, input, sortKey !== 'registered');
  if (sortKey !== 'receivedDate') checkDates(f, input);
  const source = incomingSource(input);
  const rows = prepared(
    sqlite,
    `SELECT ${LISTED_COLUMNS} FROM ${source.sql} WHERE ${[...f.sql, ...range.sql].join(' AND ')} ORDER BY ${sort.order} LIMIT ?`,
  ).all(...source.params, ...f.params, ...range.params, input.limit + 1) as ListedRow[];
  return rows.map((r) => ({ ...r, cursor: sort.cursorOf(r).join('|') }));
}
