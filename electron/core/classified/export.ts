import type Database from 'better-sqlite3';
import type { ParsedInputOf } from '../../../shared/api';
import { COPY_PLACE_LABELS } from '../../../shared/classified/vocabulary';
import { todayInShanghai } from '../../../shared/dates';
import { formatSecrecyPeriod, SECRECY_LEVEL_LABELS, type SecrecyLevel } from '../../../shared/incoming/vocabulary';
import type { Handlers } from '../api/dispatcher';
import { ticketStore, type ExportTicket } from '../exports/tickets';
import { writeSheet, type CellValue, type SheetColumn } from '../exports/xlsx';
import { MASKED_TITLE, seesClassifiedTitles } from '../incoming/view';
import { formatCopyNumber } from '../../../shared/incoming/copy-numbers';
import { docSerialText } from './docs';

type ExportInput = ParsedInputOf<'classified.export'>;

interface CopyLine {
  year: number;
  serial: number;
  title: string;
  docNumber: string;
  issuerName: string;
  secrecyLevel: SecrecyLevel;
  secrecyPeriodMonths: number;
  receivedDate: string;
  returnBy: string | null;
  copyNo: number;
  place: keyof typeof COPY_PLACE_LABELS;
  holderName: string;
  folderNo: string;
  since: string | null;
}

/** One line per copy: the officer's stock list, where each copy is. */
const COLUMNS: (SheetColumn & { value: (r: CopyLine, seesTitles: boolean) => CellValue })[] = [
  { header: '编号', width: 10, value: (r) => docSerialText(r) },
  { header: '标题', width: 50, value: (r, sees) => (sees ? r.title : MASKED_TITLE) },
  { header: '来文字号', width: 22, value: (r) => r.docNumber || null },
  { header: '来文单位', width: 24, value: (r) => r.issuerName },
  { header: '密级', width: 8, value: (r) => SECRECY_LEVEL_LABELS[r.secrecyLevel] },
  { header: '保密期限', width: 10, value: (r) => formatSecrecyPeriod(r.secrecyPeriodMonths) },
  { header: '收到日期', width: 12, value: (r) => r.receivedDate },
  { header: '清退期限', width: 12, value: (r) => r.returnBy ?? '留存' },
  { header: '份号', width: 10, value: (r) => formatCopyNumber(r.copyNo) },
  { header: '去向', width: 10, value: (r) => COPY_PLACE_LABELS[r.place] },
  { header: '阅件人', width: 12, value: (r) => r.holderName || null },
  { header: '夹号', width: 8, value: (r) => r.folderNo || null },
  { header: '送阅时间', width: 18, value: (r) => (r.since ? r.since.replace('T', ' ') : null) },
];

export const CLASSIFIED_EXPORT_HEADERS = COLUMNS.map((c) => c.header);

function lines(sqlite: Database.Database, { place, year }: ExportInput): CopyLine[] {
  return sqlite
    .prepare(
      `SELECT d.year, d.serial, d.title, d.doc_number AS docNumber, d.issuer_name AS issuerName, d.secrecy_level AS secrecyLevel,
         d.secrecy_period_months AS secrecyPeriodMonths, d.received_date AS receivedDate, d.return_by AS returnBy,
         c.copy_no AS copyNo, c.place, c.holder_name AS holderName, c.folder_no AS folderNo, c.since
       FROM classified_copies c JOIN classified_docs d ON d.id = c.doc_id
       WHERE (@year IS NULL OR d.year = @year) AND (@place IS NULL OR c.place = @place)
       ORDER BY d.year, d.serial, c.copy_no`,
    )
    .all({ year: year ?? null, place: place ?? null }) as CopyLine[];
}

export const classifiedExportHandlers: Pick<Handlers, 'classified.export'> = {
  'classified.export': (ctx, input) => {
    const fileName = `密件登记-${todayInShanghai(ctx.now)}.xlsx`;
    const seesTitles = seesClassifiedTitles(ctx);
    const filters = [input.year ? `${input.year}年` : '', input.place ? COPY_PLACE_LABELS[input.place] : ''].filter(Boolean).join('，') || '全部';
    ctx.audit({ detail: `导出 ${fileName}：${filters}` });
    const ticket = ticketStore(ctx.sqlite).issue({ kind: 'classified', session: ctx.session, userId: ctx.user!.id, input, seesTitles, fileName }, ctx.now.getTime());
    return { ticket, fileName };
  },
};

export function streamClassifiedExport(sqlite: Database.Database, ticket: ExportTicket, out: NodeJS.WritableStream): Promise<{ rows: number }> {
  let rows: CopyLine[] | null = lines(sqlite, ticket.input as ExportInput);
  return writeSheet(out, '密件登记', COLUMNS, () => {
    const page = rows?.map((r) => COLUMNS.map((c) => c.value(r, ticket.seesTitles))) ?? null;
    rows = null;
    return page && page.length ? page : null;
  });
}
