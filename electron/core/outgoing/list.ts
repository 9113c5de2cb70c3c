import type Database from 'better-sqlite3';
import type { ParsedInputOf } from '../../../shared/api';
import type { OutgoingRow } from '../../../shared/outgoing/api';
import type { CallContext } from '../api/context';
import type { Handlers } from '../api/dispatcher';
import { refuse } from '../api/errors';
import { prepared } from '../db/statements';
import { searchQuery } from '../incoming/search-index';
import { seesClassifiedTitles } from '../incoming/view';
import { LISTED_COLUMNS, toRow, type ListedRow } from './view';

type ListInput = ParsedInputOf<'outgoing.list'>;
/** The filters (shared with the export) and where a page starts. */
export type PageQuery = ParsedInputOf<'outgoing.export'> & { cursor?: string; limit: number };

/** 成文日期, or 拟稿日期 while a document is unsigned: the date of the range filter and of the writtenDate order (indexed as is: migration 0013). */
const LIST_DATE = 'coalesce(o.written_date, o.draft_date)';

/** The equality filters and their columns; each has an index per sort order (schema.ts, outgoing_list_*). */
const EQUALITY_FILTERS = [
  ['year', 'o.year'],
  ['codeId', 'o.code_id'],
  ['docType', 'o.doc_type'],
  ['state', 'o.state'],
  ['publicity', 'o.publicity'],
  ['secrecyLevel', 'o.secrecy_level'],
] as const;
type FilterKey = (typeof EQUALITY_FILTERS)[number][0];

/** Below this many documents in a date range, the 发文字号 order reads the range and sorts it (a few ms at most). */
const RARE = 2_000;

const badCursor = () => refuse('VALIDATION', '翻页位置无效，请重新查询。', { cursor: '翻页位置无效，请重新查询' });

/** A cursor is the registration key of the last row shown; its sort keys are read back from that row. */
function parseCursor(cursor: string): number {
  const n = Number(cursor);
  if (!/^\d+$/.test(cursor) || !Number.isSafeInteger(n)) throw badCursor();
  return n;
}

interface CursorRow {
  ftsRowid: number;
  listDate: string;
  codeId: string;
  year: number;
  serial: number | null;
}

function cursorRow(sqlite: Database.Database, cursor: string | undefined): CursorRow | null {
  if (!cursor) return null;
  const row = prepared(
    sqlite,
    `SELECT o.fts_rowid AS ftsRowid, ${LIST_DATE} AS listDate, o.code_id AS codeId, o.year, o.serial FROM outgoing o WHERE o.fts_rowid = ?`,
  ).get(parseCursor(cursor)) as CursorRow | undefined;
  if (!row) throw badCursor();
  return row;
}

interface Where {
  sql: string[];
  params: unknown[];
}

/**
 * The equality filters but `skip`, every value a bound parameter; `plus` writes
 * them as `+column` (checked row by row, no index) where another index must lead.
 */
function equalities(input: PageQuery, plus: boolean, skip: readonly FilterKey[] = []): Where {
  const sql = ['o.deleted_at IS NULL'];
  const params: unknown[] = [];
  for (const [key, column] of EQUALITY_FILTERS) {
    const value = input[key];
    if (value === undefined || value === '' || skip.includes(key)) continue;
    sql.push(`${plus ? '+' : ''}${column} = ?`);
    params.push(value);
  }
  return { sql, params };
}

/** The date range checked row by row, where the walk's bounds enclose it. */
function checkDates(w: Where, input: PageQuery): void {
  if (input.from) {
    w.sql.push(`+${LIST_DATE} >= ?`);
    w.params.push(input.from);
  }
  if (input.to) {
    w.sql.push(`+${LIST_DATE} <= ?`);
    w.params.push(input.to);
  }
}

type Key = (string | number)[];
const MIN_KEY = -1;
const MAX_KEY = Number.MAX_SAFE_INTEGER;
const before = (a: Key, b: Key) => {
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return a[i] < b[i];
  return false;
};

/**
 * Where the order's keys lie: the bounds the filters give (inclusive) and the
 * cursor (exclusive, the order being descending), reduced to one lower and one
 * upper row value, so SQLite seeks straight to the page on the order's index
 * however deep it is. null when nothing can match.
 */
function keyRange(keys: readonly string[], lo: Key | null, hi: Key | null, cursor: Key | null): Where | null {
  const upper = cursor && (!hi || !before(hi, cursor)) ? { key: cursor, op: '<' } : hi ? { key: hi, op: '<=' } : null;
  if (lo && upper && (before(upper.key, lo) || (upper.op === '<' && !before(lo, upper.key)))) return null;
  const tuple = keys.length === 1 ? keys[0] : `(${keys.join(', ')})`;
  const marks = keys.length === 1 ? '?' : `(${keys.map(() => '?').join(', ')})`;
  const w: Where = { sql: [], params: [] };
  if (lo) {
    w.sql.push(`${tuple} >= ${marks}`);
    w.params.push(...lo);
  }
  if (upper) {
    w.sql.push(`${tuple} ${upper.op} ${marks}`);
    w.params.push(...upper.key);
  }
  return w;
}

export function checkListFilters(input: Pick<PageQuery, 'from' | 'to'>): void {
  if (input.from && input.to && input.from > input.to) {
    throw refuse('VALIDATION', '结束日期不能早于开始日期。', { to: '结束日期不能早于开始日期' });
  }
}

/** The 发文 list: filters, keyset paging in the chosen order; a search (q) comes newest first whatever the order. */
export function listOutgoing(ctx: CallContext, input: ListInput): { rows: OutgoingRow[]; nextCursor: string | null } {
  checkListFilters(input);
  return listPage(ctx.sqlite, input, seesClassifiedTitles(ctx));
}

/** One page, for a caller who does or does not see classified titles; statements run to completion. */
export function listPage(sqlite: Database.Database, input: PageQuery, seesTitles: boolean): { rows: OutgoingRow[]; nextCursor: string | null } {
  const rows = input.q ? searchRows(sqlite, input, seesTitles) : ORDERS[input.sort](sqlite, input, cursorRow(sqlite, input.cursor));
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return { rows: page.map((r) => toRow(r, seesTitles)), nextCursor: rows.length > input.limit && last ? String(last.ftsRowid) : null };
}

const FROM = 'outgoing o JOIN outgoing_codes c ON c.id = o.code_id';

function select(sqlite: Database.Database, w: Where, order: string, limit: number): ListedRow[] {
  return prepared(sqlite, `SELECT ${LISTED_COLUMNS} FROM ${FROM} WHERE ${w.sql.join(' AND ')} ORDER BY ${order} LIMIT ?`).all(
    ...w.params,
    limit,
  ) as ListedRow[];
}

const and = (...parts: Where[]): Where => ({ sql: parts.flatMap((p) => p.sql), params: parts.flatMap((p) => p.params) });

type Order = (sqlite: Database.Database, input: PageQuery, cursor: CursorRow | null) => ListedRow[];

const ORDERS: Record<PageQuery['sort'], Order> = {
  /**
   * Registration order on fts_rowid, or after an equality filter on (filter, fts_rowid).
   * A date range becomes the range of registration keys of its documents (read
   * from the date index), checked row by row within it.
   */
  registered(sqlite, input, cursor) {
    const window = keyWindow(sqlite, input);
    if (window === 'empty') return [];
    const range = keyRange(['o.fts_rowid'], window && [window.lo], window && [window.hi], cursor && [cursor.ftsRowid]);
    if (!range) return [];
    const w = equalities(input, false);
    checkDates(w, input);
    return select(sqlite, and(w, range), 'o.fts_rowid DESC', input.limit + 1);
  },

  /**
   * 成文日期 order on (date, fts_rowid), or after an equality filter on (filter, date, fts_rowid).
   * SQLite reads no row value of an expression column as a range of the index: the range
   * is on the date, the rest of the cursor (the same date's later registrations) row by row.
   */
  writtenDate(sqlite, input, cursor) {
    const w = equalities(input, false);
    const to = [input.to, cursor?.listDate].filter((d) => d !== undefined).sort()[0];
    if (input.from && to !== undefined && to < input.from) return [];
    if (input.from) {
      w.sql.push(`${LIST_DATE} >= ?`);
      w.params.push(input.from);
    }
    if (to !== undefined) {
      w.sql.push(`${LIST_DATE} <= ?`);
      w.params.push(to);
    }
    if (cursor) {
      w.sql.push(`(${LIST_DATE} < ? OR o.fts_rowid < ?)`);
      w.params.push(cursor.listDate, cursor.ftsRowid);
    }
    return select(sqlite, w, `${LIST_DATE} DESC, o.fts_rowid DESC`, input.limit + 1);
  },

  /**
   * 发文字号 order (R10): numbered documents by 代字, then year and serial
   * descending as numbers; unnumbered ones after them, newest first. The 代字
   * are few: each is read in turn on (code, year, serial, fts_rowid), or after
   * an equality filter on (filter, code, year, serial, fts_rowid); the
   * unnumbered are few too, read on their own partial index.
   */
  number(sqlite, input, cursor) {
    if ((input.from || input.to) && isRare(sqlite, input)) return numberSorted(sqlite, input, cursor);
    const codes = (prepared(sqlite, 'SELECT id FROM outgoing_codes ORDER BY code').all() as { id: string }[]).map((c) => c.id);
    const want = input.limit + 1;
    const rows: ListedRow[] = [];
    // A number's year is its 成文日期's year (numbering.ts, numbers.ts): a date range bounds the years.
    const years = [input.year, input.from && Number(input.from.slice(0, 4))].filter((y) => typeof y === 'number');
    const lastYears = [input.year, input.to && Number(input.to.slice(0, 4))].filter((y) => typeof y === 'number');
    const lo: Key | null = years.length ? [Math.max(...years), MIN_KEY, MIN_KEY] : null;
    const hi: Key | null = lastYears.length ? [Math.min(...lastYears), MAX_KEY, MAX_KEY] : null;
    const numbered = cursor === null || cursor.serial !== null;
    const start = cursor && numbered ? codes.indexOf(cursor.codeId) : 0;
    if (start < 0) throw badCursor();
    for (let i = start; numbered && i < codes.length && rows.length < want; i += 1) {
      if (input.codeId && input.codeId !== codes[i]) continue;
      const after = cursor && i === start ? [cursor.year, cursor.serial!, cursor.ftsRowid] : null;
      const range = keyRange(['o.year', 'o.serial', 'o.fts_rowid'], lo, hi, after);
      if (!range) continue;
      const w = equalities(input, false, ['year', 'codeId']);
      w.sql.push('o.serial IS NOT NULL', 'o.code_id = ?');
      w.params.push(codes[i]);
      checkDates(w, input);
      rows.push(...select(sqlite, and(w, range), 'o.year DESC, o.serial DESC, o.fts_rowid DESC', want - rows.length));
    }
    if (rows.length < want) {
      const w = equalities(input, true);
      w.sql.push('o.serial IS NULL');
      if (cursor && !numbered) {
        w.sql.push('o.fts_rowid < ?');
        w.params.push(cursor.ftsRowid);
      }
      checkDates(w, input);
      rows.push(...select(sqlite, w, 'o.fts_rowid DESC', want - rows.length));
    }
    return rows;
  },
};

/** Whether fewer than RARE documents have their date in the range (read on the date index alone). */
function isRare(sqlite: Database.Database, input: PageQuery): boolean {
  const { n } = prepared(sqlite, `SELECT count(*) AS n FROM (SELECT 1 FROM outgoing o WHERE ${LIST_DATE} BETWEEN ? AND ? LIMIT ${RARE})`).get(
    input.from ?? '0000-01-01',
    input.to ?? '9999-12-31',
  ) as { n: number };
  return n < RARE;
}

/**
 * The 发文字号 order as ascending keys: numbered first, by 代字, then year,
 * serial and registration descending; unnumbered after them, newest first.
 */
const NUMBER_KEYS = [
  '(o.serial IS NULL)',
  "CASE WHEN o.serial IS NULL THEN '' ELSE c.code END",
  '-CASE WHEN o.serial IS NULL THEN 0 ELSE o.year END',
  '-coalesce(o.serial, 0)',
  '-o.fts_rowid',
];

/** The 发文字号 order of a short date range: its documents read on the date index and sorted (few rows). */
function numberSorted(sqlite: Database.Database, input: PageQuery, cursor: CursorRow | null): ListedRow[] {
  const w = equalities(input, true);
  w.sql.push(`${LIST_DATE} BETWEEN ? AND ?`);
  w.params.push(input.from ?? '0000-01-01', input.to ?? '9999-12-31');
  if (cursor) {
    const after = prepared(sqlite, `SELECT ${NUMBER_KEYS.map((k, i) => `${k} AS k${i}`).join(', ')} FROM ${FROM} WHERE o.fts_rowid = ?`).get(
      cursor.ftsRowid,
    ) as Record<string, unknown>;
    w.sql.push(`(${NUMBER_KEYS.join(', ')}) > (${NUMBER_KEYS.map(() => '?').join(', ')})`);
    w.params.push(...NUMBER_KEYS.map((_, i) => after[`k${i}`]));
  }
  return select(sqlite, w, NUMBER_KEYS.join(', '), input.limit + 1);
}

/** The registration keys of the documents in the list's date range (read from the date index), null without a range. */
function keyWindow(sqlite: Database.Database, input: PageQuery): { lo: number; hi: number } | null | 'empty' {
  if (!input.from && !input.to) return null;
  const w = prepared(sqlite, `SELECT min(o.fts_rowid) AS lo, max(o.fts_rowid) AS hi FROM outgoing o WHERE ${LIST_DATE} BETWEEN ? AND ?`).get(
    input.from ?? '0000-01-01',
    input.to ?? '9999-12-31',
  ) as { lo: number | null; hi: number | null };
  return w.lo === null || w.hi === null ? 'empty' : { lo: w.lo, hi: w.hi };
}

/**
 * A search through the character index (as 收文): the filters are tags of the
 * FTS5 query and checked again on the row; classified titles are searched in
 * their own table only for a caller with need to know (R33).
 */
function searchRows(sqlite: Database.Database, input: PageQuery, seesTitles: boolean): ListedRow[] {
  const { docType, secrecyLevel, state, publicity, codeId, year } = input;
  // The same tag names as outgoingTags writes.
  const match = searchQuery(input.q!, { docType, secrecyLevel, state, publicity, codeId, year });
  if (!match) return [];
  // The search index leads: the filters are checked on its rows, never through an index of their own.
  const f = equalities(input, true);
  checkDates(f, input);
  // A date range is a range of registration keys: the walk starts at the range, not at the newest hit.
  const window = keyWindow(sqlite, input);
  if (window === 'empty') return [];
  const range = keyRange(['s.rowid'], window && [window.lo], window && [window.hi], input.cursor ? [parseCursor(input.cursor)] : null);
  if (!range) return [];
  f.sql.push(...range.sql);
  f.params.push(...range.params);
  const search = (table: 'outgoing_search' | 'outgoing_search_secret') =>
    prepared(
      sqlite,
      `SELECT ${LISTED_COLUMNS} FROM ${table} s JOIN outgoing o ON o.fts_rowid = s.rowid JOIN outgoing_codes c ON c.id = o.code_id
       WHERE ${[...f.sql, `${table} MATCH ?`].join(' AND ')} ORDER BY s.rowid DESC LIMIT ?`,
    ).all(...f.params, match, input.limit + 1) as ListedRow[];
  const found = search('outgoing_search');
  if (seesTitles) {
    // A classified document may match by its 发文字号 and by its title: keep it once.
    const seen = new Set(found.map((r) => r.id));
    for (const r of search('outgoing_search_secret')) if (!seen.has(r.id)) found.push(r);
    found.sort((a, b) => b.ftsRowid - a.ftsRowid);
  }
  return found.slice(0, input.limit + 1);
}

export const listHandlers: Pick<Handlers, 'outgoing.list'> = { 'outgoing.list': listOutgoing };
