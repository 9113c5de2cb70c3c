import type Database from 'better-sqlite3';
import type { ParsedInputOf } from '../../../shared/api';
import { todayInShanghai } from '../../../shared/dates';
import type { LedgerEntry } from '../../../shared/seals/api';
import { LEDGER_KIND_LABELS, USE_KIND_LABELS, USE_METHOD_LABELS } from '../../../shared/seals/vocabulary';
import type { CallContext } from '../api/context';
import type { Handlers } from '../api/dispatcher';
import { prepared } from '../db/statements';
import { ticketStore, type ExportTicket } from '../exports/tickets';
import { writeSheet, type CellValue, type SheetColumn } from '../exports/xlsx';
import { seesClassifiedTitles } from '../incoming/view';
import { ledgerLines } from './ledger';

type ExportInput = ParsedInputOf<'seals.export'>;

const EXPORT_PAGE = 1000;
export const SEAL_EXPORT_SHEET = '用印登记';

const time = (t: string | null) => (t ? t.replace('T', ' ') : null);

/** The columns of the paper 用印登记簿, with the 更正 links spelled out. */
const COLUMNS: (SheetColumn & { value: (r: LedgerEntry) => CellValue })[] = [
  { header: '序号', width: 10, value: (r) => r.serialText },
  { header: '用印时间', width: 18, value: (r) => time(r.usedAt) },
  { header: '印章', width: 18, value: (r) => r.sealName },
  { header: '类别', width: 10, value: (r) => USE_KIND_LABELS[r.useKind] },
  { header: '事由', width: 30, value: (r) => r.reason },
  { header: '文件名称', width: 40, value: (r) => r.fileName },
  { header: '关联发文', width: 22, value: (r) => r.docNumber || null },
  { header: '份数', width: 8, value: (r) => r.copies },
  { header: '申请单位', width: 24, value: (r) => r.unitName },
  { header: '经办人', width: 10, value: (r) => r.handler },
  { header: '批准人', width: 14, value: (r) => (r.approverName ? `${r.approverTitle}${r.approverName}` : null) },
  { header: '批准时间', width: 18, value: (r) => time(r.approvedAt) },
  { header: '监印人', width: 10, value: (r) => r.supervisor },
  { header: '方式', width: 8, value: (r) => USE_METHOD_LABELS[r.method] },
  { header: '归还时间', width: 18, value: (r) => (r.method === 'takeOut' ? (time(r.returnedAt) ?? '未归还') : null) },
  { header: '备注', width: 24, value: (r) => r.remarks || null },
  { header: '更正', width: 40, value: (r) => correctionNote(r) },
];

export const SEAL_EXPORT_HEADERS = COLUMNS.map((c) => c.header);

/** What a line says about corrections: what it corrects and why, or which lines correct it. */
export function correctionNote(r: LedgerEntry): string | null {
  if (r.kind === 'correction') {
    return `更正序号 ${r.correctsSerialText}：${r.correctionReason}${r.cancelled ? '（未实际用印）' : ''}`;
  }
  return r.correctedBy.length ? `已由序号 ${r.correctedBy.join('、')} 更正` : null;
}

function describeFilters(sqlite: Database.Database, f: ExportInput): string {
  const parts: string[] = [];
  const name = (sql: string, id: string) => (prepared(sqlite, sql).get(id) as { n: string } | undefined)?.n ?? '（未知）';
  if (f.sealId) parts.push(`印章 ${name('SELECT name AS n FROM seals WHERE id = ?', f.sealId)}`);
  if (f.month) parts.push(`月份 ${f.month}`);
  if (f.unitId) parts.push(`申请单位 ${name('SELECT full_name AS n FROM units WHERE id = ?', f.unitId)}`);
  if (f.approverId) parts.push(`批准人 ${name('SELECT name AS n FROM people WHERE id = ?', f.approverId)}`);
  if (f.kind) parts.push(`类别 ${LEDGER_KIND_LABELS[f.kind]}`);
  return parts.length ? parts.join('；') : '全部用印登记';
}

export const sealExportHandlers: Pick<Handlers, 'seals.export'> = {
  'seals.export': (ctx: CallContext, input) => {
    const fileName = `用印登记-${todayInShanghai(ctx.now)}.xlsx`;
    const seesTitles = seesClassifiedTitles(ctx);
    ctx.audit({ detail: `导出 ${fileName}：${describeFilters(ctx.sqlite, input)}${seesTitles ? '' : '（密件标题已隐去）'}` });
    const ticket = ticketStore(ctx.sqlite).issue({ kind: 'seals', session: ctx.session, userId: ctx.user!.id, input, seesTitles, fileName }, ctx.now.getTime());
    return { ticket, fileName };
  },
};

/** Writes the ticket's ledger to `out` in the order of the book, a page at a time. */
export function streamSealExport(sqlite: Database.Database, ticket: ExportTicket, out: NodeJS.WritableStream): Promise<{ rows: number }> {
  const input = ticket.input as ExportInput;
  let after: { year: number; serial: number } | undefined;
  let done = false;
  return writeSheet(out, SEAL_EXPORT_SHEET, COLUMNS, () => {
    if (done) return null;
    if (!sqlite.open) throw new Error('数据库已关闭，导出中止。');
    const rows = ledgerLines(sqlite, input, { order: 'asc', limit: EXPORT_PAGE, after }, ticket.seesTitles);
    if (rows.length < EXPORT_PAGE) done = true;
    const last = rows.at(-1);
    if (last) after = { year: last.year, serial: last.serial };
    return rows.length ? rows.map((r) => COLUMNS.map((c) => c.value(r))) : null;
  });
}
