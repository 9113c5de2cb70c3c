import type Database from 'better-sqlite3';
import type { ParsedInputOf } from '../../../shared/api';
import { todayInShanghai } from '../../../shared/dates';
import { STATE_LABELS } from '../../../shared/incoming/states';
import {
  DOC_TYPE_LABELS,
  INCOMING_CLASS_LABELS,
  SECRECY_LEVEL_LABELS,
  URGENCY_LABELS,
} from '../../../shared/incoming/vocabulary';
import type { IncomingRow } from '../../../shared/incoming/api';
import type { CallContext } from '../api/context';
import type { Handlers } from '../api/dispatcher';
import { prepared } from '../db/statements';
import type { ExportTicket } from '../exports/tickets';
import { ticketStore } from '../exports/tickets';
import { writeSheet, type CellValue, type SheetColumn } from '../exports/xlsx';
import { checkListFilters, listPage } from './list';
import { seesClassifiedTitles } from './view';

type ExportInput = ParsedInputOf<'incoming.export'>;

/** Rows fetched per page while streaming: each page is one short query, none left open across an await. */
export const EXPORT_PAGE = 1_000;

export const EXPORT_SHEET = '收文登记';

/** The list's screen columns, in its order. */
const COLUMNS: readonly (SheetColumn & { value: (r: IncomingRow) => CellValue })[] = [
  { header: '收文号', width: 16, value: (r) => r.receiptNo },
  { header: '收文日期', width: 12, value: (r) => r.receivedDate },
  { header: '来文单位', width: 24, value: (r) => r.fromUnitName },
  { header: '来文字号', width: 22, value: (r) => r.docNumber },
  { header: '标题', width: 60, value: (r) => r.title },
  { header: '文种', width: 10, value: (r) => DOC_TYPE_LABELS[r.docType] },
  { header: '密级', width: 8, value: (r) => SECRECY_LEVEL_LABELS[r.secrecyLevel] },
  { header: '紧急程度', width: 10, value: (r) => URGENCY_LABELS[r.urgency] },
  { header: '份数', width: 8, value: (r) => r.copies },
  { header: '状态', width: 10, value: (r) => STATE_LABELS[r.state] },
];

export const EXPORT_HEADERS = COLUMNS.map((c) => c.header);

/** One row of the file, as the list shows it. */
export const exportCells = (r: IncomingRow): CellValue[] => COLUMNS.map((c) => c.value(r));

const SORT_LABELS: Record<ExportInput['sort'], string> = { registered: '按登记顺序', receivedDate: '按收文日期', receiptNo: '按收文号' };

/** The filters in words, for the audit trail: 年份 2026；文种 通知；查找“防汛”；按登记顺序. */
function describeFilters(sqlite: Database.Database, input: ExportInput): string {
  const parts: string[] = [];
  if (input.q) parts.push(`查找“${input.q}”`);
  if (input.year !== undefined) parts.push(`年份 ${input.year}`);
  if (input.docType) parts.push(`文种 ${DOC_TYPE_LABELS[input.docType]}`);
  if (input.secrecyLevel) parts.push(`密级 ${SECRECY_LEVEL_LABELS[input.secrecyLevel]}`);
  if (input.incomingClass) parts.push(`收文类别 ${INCOMING_CLASS_LABELS[input.incomingClass]}`);
  if (input.state) parts.push(`状态 ${STATE_LABELS[input.state]}`);
  if (input.fromUnitId) {
    const unit = prepared(sqlite, 'SELECT full_name AS name FROM units WHERE id = ?').get(input.fromUnitId) as { name: string } | undefined;
    parts.push(`来文单位 ${unit?.name ?? '（未知单位）'}`);
  }
  if (input.assigneeUnitId) {
    const unit = prepared(sqlite, 'SELECT full_name AS name FROM units WHERE id = ?').get(input.assigneeUnitId) as { name: string } | undefined;
    parts.push(`承办单位 ${unit?.name ?? '（未知单位）'}`);
  }
  if (input.overdue) parts.push('只看逾期');
  if (input.from || input.to) parts.push(`收文日期 ${input.from ?? '不限'} 至 ${input.to ?? '不限'}`);
  return `${parts.length ? parts.join('；') : '全部收文'}；${SORT_LABELS[input.sort]}`;
}

export const exportHandlers: Pick<Handlers, 'incoming.export'> = {
  'incoming.export': (ctx: CallContext, input) => {
    checkListFilters(input);
    const fileName = `收文登记-${todayInShanghai(ctx.now)}.xlsx`;
    const seesTitles = seesClassifiedTitles(ctx);
    ctx.audit({ detail: `导出 ${fileName}：${describeFilters(ctx.sqlite, input)}${seesTitles ? '' : '（密件标题已隐去）'}` });
    const ticket = ticketStore(ctx.sqlite).issue(
      // Overdue is read for the day the export was asked for.
      { kind: 'incoming', session: ctx.session, userId: ctx.user!.id, input: { ...input, today: todayInShanghai(ctx.now) }, seesTitles, fileName },
      ctx.now.getTime(),
    );
    return { ticket, fileName };
  },
};

/** Writes the ticket's list to `out`, 1,000 rows a page through the list's own query. */
export function streamIncomingExport(sqlite: Database.Database, ticket: ExportTicket, out: NodeJS.WritableStream): Promise<{ rows: number }> {
  const input = ticket.input as ExportInput & { today: string };
  let cursor: string | undefined;
  let done = false;
  return writeSheet(out, EXPORT_SHEET, COLUMNS, () => {
    if (done) return null;
    if (!sqlite.open) throw new Error('数据库已关闭，导出中止。');
    const page = listPage(sqlite, { ...input, cursor, limit: EXPORT_PAGE }, ticket.seesTitles);
    if (page.nextCursor) cursor = page.nextCursor;
    else done = true;
    return page.rows.length ? page.rows.map(exportCells) : null;
  });
}
