import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import type Database from 'better-sqlite3';
import type { Cell } from '../../../shared/imports/cells';
import type { ExportTicket } from '../exports/tickets';
import { writeSheet, type CellValue } from '../exports/xlsx';

/** The rows a check or an import left out, as the file had them, with why. */
export interface Rejects {
  fileName: string;
  sheet: string;
  headers: string[];
  rows: { row: number; cells: Cell[]; reason: string }[];
}

const PAGE = 1_000;

/** Kept beside the upload until the next check or import of it replaces it (or the upload is swept away). */
export function keepRejects(path: string, rejects: Rejects | null): void {
  if (rejects && rejects.rows.length) writeFileSync(path, JSON.stringify(rejects));
  else rmSync(path, { force: true });
}

export function readRejects(path: string): Rejects | null {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Rejects;
  } catch {
    return null;
  }
}

/**
 * 未导入的行 as an .xlsx: the sheet's row number, the row's cells under the file's own
 * headers, and 未导入原因 last — fix the cells, delete the two extra columns, import again.
 */
export function streamRejects(_sqlite: Database.Database, ticket: ExportTicket, out: NodeJS.WritableStream): Promise<{ rows: number }> {
  const rejects = readRejects((ticket.input as { path: string }).path);
  if (!rejects) return Promise.reject(new Error('未导入的行已不存在，请重新检查或导入。'));
  const width = Math.max(rejects.headers.length, ...rejects.rows.map((r) => r.cells.length));
  const columns = [
    { header: '原行号', width: 8 },
    ...Array.from({ length: width }, (_, c) => ({ header: rejects.headers[c] || `第${c + 1}列`, width: 16 })),
    { header: '未导入原因', width: 60 },
  ];
  let at = 0;
  return writeSheet(out, rejects.sheet.slice(0, 31) || '未导入的行', columns, () => {
    if (at >= rejects.rows.length) return null;
    const page = rejects.rows.slice(at, at + PAGE);
    at += PAGE;
    return page.map((r): CellValue[] => [r.row, ...Array.from({ length: width }, (_, c) => r.cells[c] ?? null), r.reason]);
  });
}
