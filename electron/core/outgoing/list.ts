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

/** 成文日期, or 拟稿日期 while a document is unsigned: the date of the range filter and of the writtenDate order. */
const LIST_DATE = 'coalesce(o.written_date, o.draft_date)';

/**
 * Each sort as (expression, direction) keys ending in the unique registration
 * key. By number: numbered documents first, by 代字, year and serial descending
 * as numbers (R10: 凤政办发〔2026〕10号 after 9号's …); unnumbered ones after
 * them, newest first, so a draft is never lost from the list.
 */
const SORT_KEYS: Record<PageQuery['sort'], readonly (readonly [string, 'ASC' | 'DESC'])[]> = {
  registered: [['o.fts_rowid', 'DESC']],
  writtenDate: [
    [LIST_DATE, 'DESC'],
    ['o.fts_rowid', 'DESC'],
  ],
  number: [
    ['(o.serial IS NULL)', 'ASC'],
    ["CASE WHEN o.serial IS NULL THEN '' ELSE c.code END", 'ASC'],
    ['CASE WHEN o.serial IS NULL THEN 0 ELSE o.year END', 'DESC'],
    ['coalesce(o.serial, 0)', 'DESC'],
    ['o.fts_rowid', 'DESC'],
  ],
};

const EQUALITY_FILTERS = [
  ['year', 'o.year'],
  ['codeId', 'o.code_id'],
  ['docType', 'o.doc_type'],
  ['state', 'o.state'],
  ['publicity', 'o.publicity'],
  ['secrecyLevel', 'o.secrecy_level'],
] as const;

const badCursor = () => refuse('VALIDATION', '翻页位置无效，请重新查询。', { cursor: '翻页位置无效，请重新查询' });

/** A cursor is the registration key of the last row shown; its sort keys are read back from that row. */
function parseCursor(cursor: string): number {
  const n = Number(cursor);
  if (!/^\d+$/.test(cursor) || !Number.isSafeInteger(n)) throw badCursor();
  return n;
}

function filters(input: PageQuery): { sql: string[]; params: unknown[] } {
  const sql = ['o.deleted_at IS NULL'];
  const params: unknown[] = [];
  for (const [key, column] of EQUALITY_FILTERS) {
    const value = input[key];
    if (value === undefined || value === '') continue;
    sql.push(`${column} = ?`);
    params.push(value);
  }
  if (input.from) {
    sql.push(`${LIST_DATE} >= ?`);
    params.push(input.from);
  }
  if (input.to) {
    sql.push(`${LIST_DATE} <= ?`);
    params.push(input.to);
  }
  return { sql, params };
}

/** Rows strictly after the cursor row in the sort: (k1 after v1) OR (k1 = v1 AND k2 after v2) OR … */
function after(sqlite: Database.Database, sort: PageQuery['sort'], cursor: number): { sql: string; params: unknown[] } {
  const keys = SORT_KEYS[sort];
  const values = prepared(
    sqlite,
    `SELECT ${keys.map(([e], i) => `${e} AS k${i}`).join(', ')} FROM outgoing o JOIN outgoing_codes c ON c.id = o.code_id WHERE o.fts_rowid = ?`,
  ).get(cursor) as Record<string, unknown> | undefined;
  if (!values) throw badCursor();
  const ors: string[] = [];
  const params: unknown[] = [];
  keys.forEach(([expr, dir], i) => {
    const ands = keys.slice(0, i).map(([e]) => `${e} = ?`);
    params.push(...keys.slice(0, i).map((_, j) => values[`k${j}`]));
    ors.push(`(${[...ands, `${expr} ${dir === 'DESC' ? '<' : '>'} ?`].join(' AND ')})`);
    params.push(values[`k${i}`]);
  });
  return { sql: `(${ors.join(' OR ')})`, params };
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
  const rows = input.q ? searchRows(sqlite, input, seesTitles) : orderRows(sqlite, input);
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return { rows: page.map((r) => toRow(r, seesTitles)), nextCursor: rows.length > input.limit && last ? String(last.ftsRowid) : null };
}

function orderRows(sqlite: Database.Database, input: PageQuery): ListedRow[] {
  const f = filters(input);
  if (input.cursor) {
    const a = after(sqlite, input.sort, parseCursor(input.cursor));
    f.sql.push(a.sql);
    f.params.push(...a.params);
  }
  const order = SORT_KEYS[input.sort].map(([e, d]) => `${e} ${d}`).join(', ');
  return prepared(
    sqlite,
    `SELECT ${LISTED_COLUMNS} FROM outgoing o JOIN outgoing_codes c ON c.id = o.code_id WHERE ${f.sql.join(' AND ')} ORDER BY ${order} LIMIT ?`,
  ).all(...f.params, input.limit + 1) as ListedRow[];
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
  const f = filters(input);
  if (input.cursor) {
    f.sql.push('s.rowid < ?');
    f.params.push(parseCursor(input.cursor));
  }
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
