import type { HeaderColumn, Mapping } from '../../../shared/imports/api';
import { showCell } from '../../../shared/imports/convert';
import { fieldOf, suggestedDefaults } from '../../../shared/imports/fields';
import { columnLetter, findHeaderRow, HEADER_SEARCH_ROWS, headerCandidates, suggestColumns, type SheetRow } from '../../../shared/imports/headers';
import type { ImportRegister } from '../../../shared/imports/registers';
import { downFiller, headerArea, headerWords, recordTest } from '../../../shared/imports/sheet';
import { invalid } from '../api/errors';
import type { StoredUpload, UploadStore } from './uploads';

/** One sheet of an upload made ready to import: its header, the mapping in use, and the rows below as a source read afresh each time. */
export interface OpenedSheet {
  name: string;
  headerFound: boolean;
  columns: HeaderColumn[];
  mapping: Mapping;
  records: () => Iterable<SheetRow>;
}

const SAMPLES = 3;

/** A header chosen further down than the rows searched: that row alone, read up to it. */
function rowAt(rows: Iterable<SheetRow>, row: number): SheetRow[] {
  for (const r of rows) if (r.row >= row) return r.row === row ? [r] : [];
  return [];
}
/** Rows below the header the column samples come from. */
const SAMPLED_ROWS = 50;

/**
 * Reads the header (the row naming most fields, merged cells filled, a two-row header
 * joined) unless the mapping says which row it is; suggests which field each column fills
 * and what blank cells mean, unless given; and gives the rows to import, with cells merged
 * down filled in, blank rows and repeated headers left out.
 */
export function openSheet(
  store: UploadStore,
  upload: StoredUpload,
  register: ImportRegister,
  userName: string,
  choice: { sheet?: string; mapping?: Mapping; headerRow?: number },
): OpenedSheet {
  const { sheet: sheetName, mapping: given } = choice;
  const index = sheetName === undefined ? Math.max(0, upload.sheets.findIndex((s) => s.rows > 0)) : upload.sheets.findIndex((s) => s.name === sheetName);
  const sheet = upload.sheets[index];
  if (!sheet) throw invalid('sheet', `文件中没有工作表「${sheetName}」，请重新选择`);
  function* rows(): Generator<SheetRow> {
    for (const [row, cells] of store.rowsOf(upload.uploadId, index)) yield { row, cells };
  }
  const top: SheetRow[] = [];
  for (const r of rows()) if (top.push(r) >= HEADER_SEARCH_ROWS) break;
  const area = headerArea(top, sheet.merges);
  const found = given ? null : (choice.headerRow ?? findHeaderRow(area, register));
  const headerRow = given?.headerRow ?? found ?? area[0]?.row ?? 1;
  const names = headerCandidates(area.some((r) => r.row === headerRow) ? area : rowAt(rows(), headerRow), headerRow);
  const mapping: Mapping = given ?? {
    headerRow,
    columns: suggestColumns(names, register),
    defaults: suggestedDefaults(register, userName),
  };
  const words = headerWords(area, headerRow);
  function* records(): Generator<SheetRow> {
    const fill = downFiller(sheet.merges, headerRow);
    const isRecord = recordTest(headerRow, mapping.columns, words);
    for (const r of rows()) {
      if (r.row <= headerRow) continue;
      fill(r);
      if (isRecord(r)) yield r;
    }
  }
  const below: SheetRow[] = [];
  for (const r of rows()) if (r.row > headerRow && below.push(r) >= SAMPLED_ROWS) break;
  const width = Math.max(names.length, mapping.columns.length, ...below.map((r) => r.cells.length));
  const columns = Array.from({ length: width }, (_, c): HeaderColumn => {
    const field = mapping.columns[c] ? fieldOf(register, mapping.columns[c]!) : undefined;
    const samples = [...new Set(below.map((r) => showCell(field, r.cells[c] ?? null)).filter((t) => t !== ''))].slice(0, SAMPLES);
    return { index: c, letter: columnLetter(c), name: names[c]?.[0] ?? '', samples };
  });
  return { name: sheet.name, headerFound: found !== null || given !== undefined, columns, mapping, records };
}
