import type Database from 'better-sqlite3';
import type { ParsedInputOf } from '../../../shared/api';
import { todayInShanghai } from '../../../shared/dates';
import { DOC_TYPE_LABELS, SECRECY_LEVEL_LABELS, URGENCY_LABELS } from '../../../shared/incoming/vocabulary';
import type { OutgoingRow } from '../../../shared/outgoing/api';
import { OUTGOING_STATE_LABELS } from '../../../shared/outgoing/states';
import { MEETING_TYPE_LABELS, PUBLICITY_LABELS } from '../../../shared/outgoing/vocabulary';
import type { Handlers } from '../api/dispatcher';
import { prepared } from '../db/statements';
import { ticketStore, type ExportTicket } from '../exports/tickets';
import { writeSheet, type CellValue, type SheetColumn } from '../exports/xlsx';
import { seesClassifiedTitles } from '../incoming/view';
import { checkListFilters, listPage } from './list';

type ExportInput = ParsedInputOf<'outgoing.export'>;

const EXPORT_PAGE = 1_000;
export const OUTGOING_EXPORT_SHEET = '发文登记';

/** The list's columns; the meeting columns are empty for documents that are not minutes. */
const COLUMNS: readonly (SheetColumn & { value: (r: OutgoingRow) => CellValue })[] = [
  { header: '发文字号', width: 22, value: (r) => r.docNumber },
  { header: '标题', width: 60, value: (r) => r.title },
  { header: '文种', width: 10, value: (r) => DOC_TYPE_LABELS[r.docType] },
  { header: '密级', width: 8, value: (r) => SECRECY_LEVEL_LABELS[r.secrecyLevel] },
  { header: '紧急程度', width: 10, value: (r) => URGENCY_LABELS[r.urgency] },
  { header: '公开属性', width: 12, value: (r) => PUBLICITY_LABELS[r.publicity] },
  { header: '拟稿单位', width: 24, value: (r) => r.draftUnitName },
  { header: '拟稿人', width: 10, value: (r) => r.drafter },
  { header: '拟稿日期', width: 12, value: (r) => r.draftDate },
  { header: '成文日期', width: 12, value: (r) => r.writtenDate },
  { header: '印发日期', width: 12, value: (r) => r.printedDate },
  { header: '印数', width: 8, value: (r) => r.copies },
  { header: '会议类型', width: 16, value: (r) => (r.meetingType ? MEETING_TYPE_LABELS[r.meetingType] : null) },
  { header: '会议时间', width: 18, value: (r) => (r.meetingAt ? r.meetingAt.replace('T', ' ') : null) },
  { header: '状态', width: 10, value: (r) => OUTGOING_STATE_LABELS[r.state] },
];

export const OUTGOING_EXPORT_HEADERS = COLUMNS.map((c) => c.header);

const SORT_LABELS: Record<ExportInput['sort'], string> = { registered: '按登记顺序', number: '按发文字号', writtenDate: '按成文日期' };

/** The filters in words, for the audit trail. */
function describeFilters(sqlite: Database.Database, input: ExportInput): string {
  const parts: string[] = [];
  if (input.q) parts.push(`查找“${input.q}”`);
  if (input.year !== undefined) parts.push(`年份 ${input.year}`);
  if (input.codeId) {
    const code = prepared(sqlite, 'SELECT code FROM outgoing_codes WHERE id = ?').get(input.codeId) as { code: string } | undefined;
    parts.push(`机关代字 ${code?.code ?? '（未知代字）'}`);
  }
  if (input.docType) parts.push(`文种 ${DOC_TYPE_LABELS[input.docType]}`);
  if (input.state) parts.push(`状态 ${OUTGOING_STATE_LABELS[input.state]}`);
  if (input.publicity) parts.push(`公开属性 ${PUBLICITY_LABELS[input.publicity]}`);
  if (input.secrecyLevel) parts.push(`密级 ${SECRECY_LEVEL_LABELS[input.secrecyLevel]}`);
  if (input.from || input.to) parts.push(`成文日期 ${input.from ?? '不限'} 至 ${input.to ?? '不限'}`);
  return `${parts.length ? parts.join('；') : '全部发文'}；${SORT_LABELS[input.sort]}`;
}

export const outgoingExportHandlers: Pick<Handlers, 'outgoing.export'> = {
  'outgoing.export': (ctx, input) => {
    checkListFilters(input);
    const fileName = `发文登记-${todayInShanghai(ctx.now)}.xlsx`;
    const seesTitles = seesClassifiedTitles(ctx);
    ctx.audit({ detail: `导出 ${fileName}：${describeFilters(ctx.sqlite, input)}${seesTitles ? '' : '（密件标题已隐去）'}` });
    const ticket = ticketStore(ctx.sqlite).issue({ kind: 'outgoing', session: ctx.session, userId: ctx.user!.id, input, seesTitles, fileName }, ctx.now.getTime());
    return { ticket, fileName };
  },
};

/** Writes the ticket's list to `out`, a page at a time through the list's own query. */
export function streamOutgoingExport(sqlite: Database.Database, ticket: ExportTicket, out: NodeJS.WritableStream): Promise<{ rows: number }> {
  const input = ticket.input as ExportInput;
  let cursor: string | undefined;
  let done = false;
  return writeSheet(out, OUTGOING_EXPORT_SHEET, COLUMNS, () => {
    if (done) return null;
    if (!sqlite.open) throw new Error('数据库已关闭，导出中止。');
    const page = listPage(sqlite, { ...input, cursor, limit: EXPORT_PAGE }, ticket.seesTitles);
    if (page.nextCursor) cursor = page.nextCursor;
    else done = true;
    return page.rows.length ? page.rows.map((r) => COLUMNS.map((c) => c.value(r))) : null;
  });
}
