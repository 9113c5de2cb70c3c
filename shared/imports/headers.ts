import { cellText, fold, type Cell } from './cells';
import { IMPORT_FIELDS, type ImportField } from './fields';
import type { ImportRegister } from './registers';

/** A row of a sheet: its number as Excel shows it, and its cells from column A on. */
export interface SheetRow {
  row: number;
  cells: Cell[];
}

/** How many rows from the top may hold titles and the header. */
export const HEADER_SEARCH_ROWS = 30;

/** 收文日期（年月日）*, 来文\n单位 → 收文日期, 来文单位: notes, marks and line breaks are not part of a name. */
export const normalizeHeader = (text: string) => fold(text).replace(/[（(][^）)]*[）)]/g, '').replace(/[*＊※:：]/g, '');

interface Match {
  key: string;
  /** The whole header is one of the field's words; otherwise it only contains one. */
  exact: boolean;
  /** Length of the word contained: 来文单位名称 is 来文单位 rather than 单位. */
  weight: number;
}

function matchText(text: string, fields: readonly ImportField[]): Match | null {
  const t = normalizeHeader(text);
  if (t === '') return null;
  let best: Match | null = null;
  for (const field of fields) {
    for (const word of field.headers) {
      const w = normalizeHeader(word);
      if (w === t) return { key: field.key, exact: true, weight: w.length };
      if (w.length >= 2 && t.includes(w) && (!best || w.length > best.weight)) best = { key: field.key, exact: false, weight: w.length };
    }
  }
  return best;
}

/** A row that may be the upper half of a two-row header: several different words (a title row has one). */
const isBand = (r: SheetRow) => new Set(r.cells.map(cellText).filter((t) => t !== '')).size >= 2;

/**
 * The names a header row may give each column. Under a merged 来文 spanning two columns the
 * row below says 单位 and 字号: the column is 来文单位 or, failing that, 单位. A cell merged
 * down over both rows reads the same in each.
 */
export function headerCandidates(rows: readonly SheetRow[], headerRow: number): string[][] {
  const at = rows.findIndex((r) => r.row === headerRow);
  if (at < 0) return [];
  const lower = rows[at];
  const upper = at > 0 && rows[at - 1].row === headerRow - 1 && isBand(rows[at - 1]) ? rows[at - 1] : null;
  const width = Math.max(lower.cells.length, upper?.cells.length ?? 0);
  return Array.from({ length: width }, (_, c) => {
    const l = cellText(lower.cells[c] ?? null);
    const u = upper ? cellText(upper.cells[c] ?? null) : '';
    if (u && l && u !== l) return [u + l, l];
    return [l || u];
  });
}

/** The field each column names, each field at most once: an exact name beats a contained word, then the leftmost column. */
export function suggestColumns(candidates: readonly string[][], register: ImportRegister): (string | null)[] {
  const fields = IMPORT_FIELDS[register];
  const matches = candidates.map((names) => {
    const found = names.map((n) => matchText(n, fields)).filter((m): m is Match => m !== null);
    return found.find((m) => m.exact) ?? found.sort((a, b) => b.weight - a.weight)[0] ?? null;
  });
  const owner = new Map<string, number>();
  matches.forEach((m, c) => {
    if (!m) return;
    const held = owner.get(m.key);
    if (held === undefined || (m.exact && !matches[held]!.exact)) owner.set(m.key, c);
  });
  return matches.map((m, c) => (m && owner.get(m.key) === c ? m.key : null));
}

/**
 * The header row among the first rows: the one naming the most fields (with the row above
 * it when that is the upper half of a two-row header), the first of equals. Null when no
 * row names two fields: the user then says which row it is.
 */
export function findHeaderRow(rows: readonly SheetRow[], register: ImportRegister): number | null {
  let best: number | null = null;
  let bestCount = 1;
  for (const r of rows.slice(0, HEADER_SEARCH_ROWS)) {
    const count = suggestColumns(headerCandidates(rows, r.row), register).filter((k) => k !== null).length;
    if (count > bestCount) {
      best = r.row;
      bestCount = count;
    }
  }
  return best;
}

/** A1-style column letters: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
