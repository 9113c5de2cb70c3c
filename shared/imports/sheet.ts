import { cellText, type Cell } from './cells';
import { HEADER_SEARCH_ROWS, normalizeHeader, type SheetRow } from './headers';

/** A merged range: rows as Excel numbers them, columns from 0 (A). */
export interface Merge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function put(row: SheetRow, column: number, value: Cell): void {
  while (row.cells.length < column) row.cells.push(null);
  row.cells[column] = value;
}

const valueAt = (byRow: Map<number, SheetRow>, row: number, column: number): Cell => byRow.get(row)?.cells[column] ?? null;

/**
 * The rows where titles and the header are, with every merged cell showing its value: a
 * merged 来文 over two columns names both, a 收文号 merged down two rows names both rows.
 * Copies: the data rows underneath keep their own cells.
 */
export function headerArea(rows: readonly SheetRow[], merges: readonly Merge[]): SheetRow[] {
  const top = rows.slice(0, HEADER_SEARCH_ROWS).map((r) => ({ row: r.row, cells: [...r.cells] }));
  const byRow = new Map(top.map((r) => [r.row, r]));
  for (const m of merges) {
    const value = valueAt(byRow, m.top, m.left);
    if (value === null) continue;
    for (let r = m.top; r <= m.bottom; r += 1) {
      const row = byRow.get(r);
      if (row) for (let c = m.left; c <= m.right; c += 1) put(row, c, value);
    }
  }
  return top;
}

/**
 * Below the header, a cell merged down over several rows (one 收文日期 for the day's
 * documents) is the value of each of those rows, in its own column only: a range that
 * also spans columns belongs to its first column. The rows come in sheet order, one at a
 * time (a big sheet is never all in memory): the filler remembers the values still open.
 */
export function downFiller(merges: readonly Merge[], headerRow: number): (row: SheetRow) => void {
  const starting = new Map<number, Merge[]>();
  for (const m of merges) {
    if (m.top <= headerRow || m.bottom === m.top) continue;
    starting.set(m.top, [...(starting.get(m.top) ?? []), m]);
  }
  let open: { merge: Merge; value: Cell }[] = [];
  return (row) => {
    open = open.filter((o) => o.merge.bottom >= row.row);
    for (const o of open) if (o.merge.top < row.row) put(row, o.merge.left, o.value);
    for (const m of starting.get(row.row) ?? []) {
      const value = row.cells[m.left] ?? null;
      if (value !== null) open.push({ merge: m, value });
    }
  };
}

/** Every word of the header (both rows of a two-row one), to recognise it repeated on each printed page. */
export function headerWords(area: readonly SheetRow[], headerRow: number): Set<string> {
  const words = new Set<string>();
  for (const r of area) {
    if (r.row !== headerRow && r.row !== headerRow - 1) continue;
    for (const cell of r.cells) {
      const w = normalizeHeader(cellText(cell));
      if (w) words.add(w);
    }
  }
  return words;
}

/**
 * Whether a row is one to import: after the header, with something in a column being
 * imported, and not the header again (ledgers printed page by page repeat it). A row with
 * only a note in a column left out is a blank row.
 */
export function recordTest(headerRow: number, columns: readonly (string | null)[], words: ReadonlySet<string>): (row: SheetRow) => boolean {
  const mapped = columns.flatMap((key, c) => (key ? [c] : []));
  return (r) => {
    if (r.row <= headerRow) return false;
    // A repeated header starts with a header word; a record almost never does, so most rows stop at their first text.
    const first = mapped.find((c) => cellText(r.cells[c] ?? null) !== '');
    if (first === undefined) return false;
    if (!words.has(normalizeHeader(cellText(r.cells[first] ?? null)))) return true;
    const texts = mapped.map((c) => cellText(r.cells[c] ?? null)).filter((t) => t !== '');
    const repeated = texts.filter((t) => words.has(normalizeHeader(t))).length;
    return !(repeated >= 2 && repeated >= texts.length * 0.6);
  };
}
