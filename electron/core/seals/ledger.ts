import type Database from 'better-sqlite3';
import type { ParsedInputOf } from '../../../shared/api';
import { todayInShanghai } from '../../../shared/dates';
import type { LedgerEntry, StampableDocument } from '../../../shared/seals/api';
import type { LedgerKind } from '../../../shared/seals/vocabulary';
import type { Handlers } from '../api/dispatcher';
import { prepared } from '../db/statements';
import { MASKED_TITLE, seesClassifiedTitles } from '../incoming/view';
import { readSettings } from '../settings/store';
import { ensureDefaultSeals } from './catalog';
import { stampedCopies } from './effective';
import { entryOf, LINE_SELECT, type SelectedLine } from './lines';

export type LedgerFilters = Pick<ParsedInputOf<'seals.ledger'>, 'sealId' | 'month' | 'unitId' | 'approverId' | 'kind'>;

const KIND_WHERE: Record<LedgerKind, string> = {
  document: "e.use_kind = 'document'",
  other: "e.use_kind = 'other'",
  takeOut: "e.method = 'takeOut'",
  correction: "e.kind = 'correction'",
};

/** 'YYYY-MM' → the month after it. */
export function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** The ledger's lines (uses and 更正; returns fill their use's 归还时间) for the filters, as SQL and parameters. */
export function ledgerWhere(f: LedgerFilters): { where: string; params: Record<string, string | number> } {
  const parts = ["e.kind != 'return'"];
  const params: Record<string, string | number> = {};
  if (f.sealId) {
    parts.push('e.seal_id = @sealId');
    params.sealId = f.sealId;
  }
  if (f.month) {
    // 用印时间 is 'YYYY-MM-DDTHH:mm': the month is a string range.
    parts.push('e.used_at >= @monthFrom AND e.used_at < @monthTo');
    params.monthFrom = f.month;
    params.monthTo = nextMonth(f.month);
  }
  if (f.unitId) {
    parts.push('e.unit_id = @unitId');
    params.unitId = f.unitId;
  }
  if (f.approverId) {
    parts.push('e.approver_id = @approverId');
    params.approverId = f.approverId;
  }
  if (f.kind) parts.push(KIND_WHERE[f.kind]);
  return { where: parts.join(' AND '), params };
}

/** Lines in the order of the paper book (序号), newest first or oldest first, after a cursor. */
export function ledgerLines(
  sqlite: Database.Database,
  f: LedgerFilters,
  page: { order: 'desc' | 'asc'; limit: number; after?: { year: number; serial: number } },
  seesTitles: boolean,
): LedgerEntry[] {
  const { order, limit, after } = page;
  const { where, params } = ledgerWhere(f);
  const seek = after ? ` AND (e.year, e.serial) ${order === 'desc' ? '<' : '>'} (@afterYear, @afterSerial)` : '';
  const sql = `${LINE_SELECT} WHERE ${where}${seek} ORDER BY e.year ${order}, e.serial ${order} LIMIT @limit`;
  const lines = prepared(sqlite, sql).all({ ...params, ...(after ? { afterYear: after.year, afterSerial: after.serial } : {}), limit }) as SelectedLine[];
  return lines.map((l) => entryOf(l, seesTitles));
}

/** How many recent years of documents the 关联发文 search reads: stamping follows printing closely. */
const DOCUMENT_YEARS = 2;

export const ledgerHandlers: Pick<Handlers, 'seals.ledger' | 'seals.documents' | 'seals.printLedger'> = {
  'seals.ledger': (ctx, { cursor, limit, ...filters }) => {
    const after = cursor ? { year: Number(cursor.split(':')[0]), serial: Number(cursor.split(':')[1]) } : undefined;
    const rows = ledgerLines(ctx.sqlite, filters, { order: 'desc', limit: limit + 1, after }, seesClassifiedTitles(ctx));
    const more = rows.length > limit;
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return { rows: page, nextCursor: more && last ? `${last.year}:${last.serial}` : null };
  },

  'seals.documents': (ctx, { term }) => {
    const seesTitles = seesClassifiedTitles(ctx);
    const like = `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    // A reader without need to know finds a classified document by its number only, never by its title.
    const titleMatch = seesTitles ? 'o.title LIKE @like ESCAPE \'\\\'' : "(o.secrecy_level = 'none' AND o.title LIKE @like ESCAPE '\\')";
    const rows = prepared(
      ctx.sqlite,
      `SELECT o.id, o.doc_number AS docNumber, o.title, o.secrecy_level AS secrecyLevel, o.copies
       FROM outgoing o
       WHERE o.deleted_at IS NULL AND o.doc_number != '' AND o.copies IS NOT NULL AND o.year >= @fromYear
         AND (@term = '' OR o.doc_number LIKE @like ESCAPE '\\' OR ${titleMatch})
       ORDER BY o.year DESC, o.serial DESC LIMIT 200`,
    ).all({ term, like, fromYear: Number(todayInShanghai(ctx.now).slice(0, 4)) - DOCUMENT_YEARS + 1 }) as (StampableDocument & { secrecyLevel: string })[];
    const out: StampableDocument[] = [];
    for (const { secrecyLevel, ...doc } of rows) {
      const stamped = stampedCopies(ctx.sqlite, doc.id);
      if (stamped >= doc.copies) continue;
      out.push({ ...doc, title: secrecyLevel !== 'none' && !seesTitles ? MASKED_TITLE : doc.title, stamped });
      if (out.length === 20) break;
    }
    return out;
  },

  'seals.printLedger': (ctx, { month, sealId }) => {
    ensureDefaultSeals(ctx);
    const seal = sealId ? ctx.get('seals', sealId) : undefined;
    return {
      officeName: readSettings(ctx.sqlite).officeName,
      month,
      sealName: seal?.name ?? null,
      rows: ledgerLines(ctx.sqlite, { month, sealId }, { order: 'asc', limit: 100_000 }, seesClassifiedTitles(ctx)),
    };
  },
};
