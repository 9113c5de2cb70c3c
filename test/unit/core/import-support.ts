// Helpers for the import tests: workbooks built with exceljs as offices keep them, sent
// through the real upload path of the core (ticket, stream, parse), then imported.
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Result } from '../../../shared/api';
import type { UploadInfo } from '../../../shared/imports/api';
import type { SessionRef } from '../../../electron/core';
import type { TestCore } from '../../helpers/core';

export type Row = (string | number | Date | null | { richText: { text: string }[] })[];

/** A workbook of one sheet: optional title rows, then the given rows (a row per array). */
export function workbookOf(sheetName: string, rows: Row[]): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  for (const r of rows) sheet.addRow(r);
  return workbook;
}

export const bytesOf = async (workbook: ExcelJS.Workbook) => Buffer.from(await workbook.xlsx.writeBuffer());

/** Sends bytes as a file through imports.upload and the core's receiveUpload. */
export async function sendFile(t: TestCore, s: SessionRef, bytes: Buffer, fileName: string): Promise<Result<UploadInfo>> {
  const { ticket } = t.ok(s, 'imports.upload', { fileName });
  return t.core.receiveUpload(ticket, s, Readable.from([bytes]));
}

export async function upload(t: TestCore, s: SessionRef, workbook: ExcelJS.Workbook, fileName = '台账.xlsx'): Promise<UploadInfo> {
  const r = await sendFile(t, s, await bytesOf(workbook), fileName);
  if (!r.ok) throw new Error(`upload refused: ${r.error.message}`);
  return r.value;
}

/** The date Excel shows for a serial number's day (what a date cell holds). */
export const excelDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
