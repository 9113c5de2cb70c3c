import ExcelJS from 'exceljs';
import { MAX_COLUMNS } from '../../../shared/imports/api';
import type { Cell } from '../../../shared/imports/cells';
import type { Merge } from '../../../shared/imports/sheet';

/** A sheet as read: its name, how many rows have something in them, its merged ranges. */
export interface SheetInfo {
  name: string;
  rows: number;
  merges: Merge[];
}

/** Takes each row with something in it, as read: the sheet's index, the row's number, its cells from column A. */
export type RowSink = (sheet: number, row: number, cells: Cell[]) => Promise<void> | void;

/*
 * Two gaps of exceljs's streaming reader, filled here through what it has beyond its typings:
 * - it decodes each chunk of XML on its own (utils/browser-buffer-decode.js), so a Chinese
 *   character split between two chunks becomes U+FFFD — a few in every 10,000 rows of a real
 *   ledger. Text passes through untouched, so the sheet's XML is handed over already decoded
 *   (watchSheet) and the shared strings' entry is set to emit text;
 * - it skips <mergeCell> (exceljs issue #3000): the decoded XML is watched for them on its
 *   way in; they come after the rows.
 */
interface SheetSource {
  name: string;
  iterator: AsyncIterable<Uint8Array | string>;
}

interface ReaderInternals {
  _parseSharedStrings(entry: NodeJS.ReadableStream): AsyncGenerator<unknown>;
}

const MERGE = /<(?:\w+:)?mergeCell\s[^>]*?\bref="([A-Z]+)(\d+):([A-Z]+)(\d+)"/g;
const MARK = 'mergeCell';

const columnIndex = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

/** Hands the XML over as text decoded across chunk boundaries, keeping the part from the first <mergeCell on to read the ranges at the end. */
async function* watchSheet(chunks: AsyncIterable<Uint8Array | string>, merges: Merge[]): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  let window = '';
  let rest = '';
  let found = false;
  for await (const chunk of chunks) {
    const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    yield text;
    if (found) {
      rest += text;
      continue;
    }
    const joined = window + text;
    const at = joined.indexOf(MARK);
    if (at >= 0) {
      found = true;
      rest = joined.slice(Math.max(0, at - 8));
    } else window = joined.slice(-(MARK.length + 8));
  }
  const last = decoder.decode();
  if (last) yield last;
  for (const m of (rest + last).matchAll(MERGE)) {
    merges.push({ top: Number(m[2]), left: columnIndex(m[1]), bottom: Number(m[4]), right: columnIndex(m[3]) });
  }
}

/**
 * A cell as the import reads it: text trimmed, numbers as they are (a date is Excel's serial
 * number: styles are not read, and the field it goes to says whether it is a date), rich
 * text joined, a formula's last result, a link's text.
 */
function plain(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (value instanceof Date) return value.getTime() / 86_400_000 + 25569;
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; result?: unknown; text?: unknown; error?: unknown };
    if (v.richText) return plain(v.richText.map((r) => r.text).join(''));
    if ('result' in v) return plain(v.result);
    if ('text' in v) return plain(v.text);
  }
  return null;
}

function cellsOf(values: unknown[]): Cell[] {
  const cells: Cell[] = [];
  for (let c = 1; c < values.length && c <= MAX_COLUMNS; c += 1) cells.push(plain(values[c]));
  while (cells.length && cells.at(-1) === null) cells.pop();
  return cells;
}

/** Every sheet of an .xlsx, streamed row by row into `sink` (a 100,000-row ledger never sits in memory). */
export async function readWorkbook(path: string, sink: RowSink): Promise<SheetInfo[]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    entries: 'ignore',
  });
  const internals = reader as unknown as ReaderInternals;
  const parseSharedStrings = internals._parseSharedStrings.bind(reader);
  internals._parseSharedStrings = (entry) => {
    entry.setEncoding('utf8');
    return parseSharedStrings(entry);
  };
  const sheets: SheetInfo[] = [];
  for await (const worksheet of reader) {
    const source = worksheet as unknown as SheetSource;
    const info: SheetInfo = { name: source.name, rows: 0, merges: [] };
    source.iterator = watchSheet(source.iterator, info.merges);
    for await (const row of worksheet) {
      const cells = cellsOf(row.values as unknown[]);
      if (cells.length === 0) continue;
      info.rows += 1;
      await sink(sheets.length, row.number, cells);
    }
    sheets.push(info);
  }
  return sheets;
}
