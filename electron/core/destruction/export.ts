import type Database from 'better-sqlite3';
import { todayInShanghai } from '../../../shared/dates';
import { BATCH_STATE_LABELS, DESTRUCTION_METHOD_LABELS, ITEM_KIND_LABELS, type BatchState, type DestructionMethod, type ItemKind } from '../../../shared/destruction/vocabulary';
import { formatCopyNumber } from '../../../shared/incoming/copy-numbers';
import { SECRECY_LEVEL_LABELS, type SecrecyLevel } from '../../../shared/incoming/vocabulary';
import type { Handlers } from '../api/dispatcher';
import { ticketStore, type ExportTicket } from '../exports/tickets';
import { writeSheet, type CellValue, type SheetColumn } from '../exports/xlsx';
import { MASKED_TITLE, seesClassifiedTitles } from '../incoming/view';
import { batchNo } from './view';

interface ItemLine {
  year: number;
  serial: number;
  state: BatchState;
  applicant: string;
  approverName: string;
  approvedAt: string | null;
  destroyedAt: string | null;
  method: DestructionMethod | null;
  facility: string;
  place: string;
  escort: string;
  supervisors: string;
  kind: ItemKind;
  title: string;
  secrecyLevel: SecrecyLevel;
  copyNo: number | null;
  copies: number;
  reason: string;
  withdrawn: number;
  withdrawReason: string;
}

const time = (t: string | null) => (t ? t.replace('T', ' ') : null);

/** One line per item, with its batch: the 销毁清单 of every batch, which outlives the paper. */
const COLUMNS: (SheetColumn & { value: (r: ItemLine, seesTitles: boolean) => CellValue })[] = [
  { header: '批次号', width: 10, value: (r) => batchNo(r) },
  { header: '状态', width: 8, value: (r) => BATCH_STATE_LABELS[r.state] },
  { header: '申请人', width: 10, value: (r) => r.applicant },
  { header: '审批人', width: 10, value: (r) => r.approverName || null },
  { header: '审批时间', width: 18, value: (r) => time(r.approvedAt) },
  { header: '销毁时间', width: 18, value: (r) => time(r.destroyedAt) },
  { header: '方式', width: 12, value: (r) => (r.method ? DESTRUCTION_METHOD_LABELS[r.method] : null) },
  { header: '机构或设备', width: 24, value: (r) => r.facility || null },
  { header: '地点', width: 16, value: (r) => r.place || null },
  { header: '押运人', width: 10, value: (r) => r.escort || null },
  { header: '监销人', width: 16, value: (r) => (JSON.parse(r.supervisors) as string[]).join('、') || null },
  { header: '类别', width: 8, value: (r) => ITEM_KIND_LABELS[r.kind] },
  { header: '标题', width: 40, value: (r, sees) => (r.secrecyLevel !== 'none' && !sees ? MASKED_TITLE : r.title) },
  { header: '密级', width: 8, value: (r) => SECRECY_LEVEL_LABELS[r.secrecyLevel] },
  { header: '份号', width: 10, value: (r) => (r.copyNo !== null ? formatCopyNumber(r.copyNo) : null) },
  { header: '份数', width: 8, value: (r) => r.copies },
  { header: '原因', width: 24, value: (r) => r.reason },
  { header: '撤出', width: 20, value: (r) => (r.withdrawn ? `已撤出：${r.withdrawReason}` : null) },
];

export const DESTRUCTION_EXPORT_HEADERS = COLUMNS.map((c) => c.header);

export const destructionExportHandlers: Pick<Handlers, 'destruction.export'> = {
  'destruction.export': (ctx, input) => {
    const fileName = `销毁登记-${todayInShanghai(ctx.now)}.xlsx`;
    ctx.audit({ detail: `导出 ${fileName}` });
    const ticket = ticketStore(ctx.sqlite).issue(
      { kind: 'destruction', session: ctx.session, userId: ctx.user!.id, input, seesTitles: seesClassifiedTitles(ctx), fileName },
      ctx.now.getTime(),
    );
    return { ticket, fileName };
  },
};

export function streamDestructionExport(sqlite: Database.Database, ticket: ExportTicket, out: NodeJS.WritableStream): Promise<{ rows: number }> {
  let rows: ItemLine[] | null = sqlite
    .prepare(
      `SELECT b.year, b.serial, b.state, b.applicant, b.approver_name AS approverName, b.approved_at AS approvedAt, b.destroyed_at AS destroyedAt,
         b.method, b.facility, b.place, b.escort, b.supervisors, i.kind, i.title, i.secrecy_level AS secrecyLevel, i.copy_no AS copyNo,
         i.copies, i.reason, i.withdrawn, i.withdraw_reason AS withdrawReason
       FROM destruction_items i JOIN destruction_batches b ON b.id = i.batch_id
       ORDER BY b.year, b.serial, i.created_at, i.rowid`,
    )
    .all() as ItemLine[];
  return writeSheet(out, '销毁登记', COLUMNS, () => {
    const page = rows?.map((r) => COLUMNS.map((c) => c.value(r, ticket.seesTitles))) ?? null;
    rows = null;
    return page && page.length ? page : null;
  });
}
