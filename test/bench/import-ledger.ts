// A 收文 ledger as an office would bring it from Excel: 100,000 rows over six years, every
// column of the paper book, written with exceljs's streaming writer (the way such a file is
// made without holding it in memory).
import ExcelJS from 'exceljs';
import { agencyCode, generateIncoming } from '../../electron/core/demo/incoming-generator';
import { DEMO_UNITS } from '../../electron/core/demo/data';
import { formatCopyRanges } from '../../shared/incoming/copy-numbers';
import {
  ADDRESSEE_LABELS,
  DOC_TYPE_LABELS,
  formatSecrecyPeriod,
  INCOMING_CLASS_LABELS,
  SECRECY_LEVEL_LABELS,
  URGENCY_LABELS,
} from '../../shared/incoming/vocabulary';

export const LEDGER_HEADER = [
  '收文号', '收文日期', '签收人', '来文单位', '来文字号', '标题', '文种', '成文日期', '密级', '保密期限', '份号', '紧急程度', '份数', '页数', '收文类别', '主送',
];

/** Writes `rows` records to `path`; the unit column holds the directory's full names (DEMO_UNITS). */
export async function writeIncomingLedger(path: string, rows: number): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: false, useSharedStrings: false });
  const sheet = workbook.addWorksheet('收文登记簿');
  sheet.addRow(LEDGER_HEADER).commit();
  // The generator names a unit by its id: here the id is the name the ledger writes.
  const units = DEMO_UNITS.map(([fullName]) => ({ id: fullName, code: agencyCode(fullName) }));
  const serials = new Map<number, number>();
  for (const r of generateIncoming(units, rows, { from: '2019-01-02', to: '2024-12-31' })) {
    const year = Number(r.receivedAt.slice(0, 4));
    const serial = (serials.get(year) ?? 0) + 1;
    serials.set(year, serial);
    sheet
      .addRow([
        `收〔${year}〕${serial}号`,
        r.receivedAt.slice(0, 16).replace('T', ' '),
        r.signedBy,
        r.fromUnitId,
        r.docNumber ?? '',
        r.title,
        DOC_TYPE_LABELS[r.docType],
        r.writtenDate ?? '',
        SECRECY_LEVEL_LABELS[r.secrecyLevel],
        r.secrecyPeriodMonths ? formatSecrecyPeriod(r.secrecyPeriodMonths) : '',
        r.copyNumbers?.length ? formatCopyRanges(r.copyNumbers) : '',
        URGENCY_LABELS[r.urgency],
        r.copies,
        r.pages ?? '',
        INCOMING_CLASS_LABELS[r.incomingClass],
        ADDRESSEE_LABELS[r.addressee],
      ])
      .commit();
  }
  sheet.commit();
  await workbook.commit();
}
