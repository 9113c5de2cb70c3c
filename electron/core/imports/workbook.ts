import { MAX_COLUMNS } from '../../../shared/imports/api';
import type { Cell } from '../../../shared/imports/cells';
import type { Merge } from '../../../shared/imports/sheet';
import { ZipArchive, ZipError } from './zip';

/** A sheet as read: its name, how many rows have something in them, its merged ranges. */
export interface SheetInfo {
  name: string;
  rows: number;
  merges: Merge[];
}

/** Takes each row with something in it, as read: the sheet's index, the row's number, its cells from column A. */
export type RowSink = (sheet: number, row: number, cells: Cell[]) => Promise<void> | void;

/*
 * The import reads an .xlsx's values only: no styles, formats or drawings. A purpose-made
 * reader over the sheet XML streams a 100,000-row ledger in a fraction of what a general
 * workbook library's streaming reader takes (it builds every cell's style and model), and
 * reads what that one skipped: merged ranges, and Chinese characters split between chunks.
 * Element names may carry a namespace prefix (<x:row>), as some generators write them.
 */

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
// OOXML writes characters XML cannot carry (a carriage return in a cell) as _xHHHH_.
const ESCAPED = /_x([0-9A-Fa-f]{4})_/g;

function xmlText(raw: string): string {
  let text = raw;
  if (text.includes('&')) {
    text = text.replace(ENTITY, (_, e: string) =>
      e[0] === '#' ? String.fromCodePoint(e[1] === 'x' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1))) : NAMED[e],
    );
  }
  return text.includes('_x') ? text.replace(ESCAPED, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))) : text;
}

const attribute = (attrs: string, name: string): string | undefined => new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attrs)?.[1];

const PHONETIC = /<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g;
const TEXT_RUN = /<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>/g;

/** The text of a string item (<si>, <is>): its runs joined, phonetic guides (rPh) left out. */
function runsText(inner: string): string {
  const body = inner.includes('rPh') ? inner.replace(PHONETIC, '') : inner;
  let text = '';
  for (const m of body.matchAll(TEXT_RUN)) text += m[1];
  return xmlText(text);
}

const STRING_ITEM = /<(?:\w+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?si>)/g;

function sharedStrings(xml: string | null): string[] {
  if (!xml) return [];
  return Array.from(xml.matchAll(STRING_ITEM), (m) => (m[1] ? runsText(m[1]) : ''));
}

/** A relationship's target is a URI: a part name with a space or a Chinese character in it comes percent-encoded. */
function unescapeTarget(target: string): string {
  try {
    return decodeURIComponent(target);
  } catch {
    return target;
  }
}

const RELATIONSHIP = /<(?:\w+:)?Relationship\b([^>]*)>/g;

/** A part's relationships (Id → [type, part name]), targets resolved against the part's folder. */
function relationships(xml: string | null, folder: string): Map<string, [string, string]> {
  const out = new Map<string, [string, string]>();
  for (const m of (xml ?? '').matchAll(RELATIONSHIP)) {
    const [id, type, target] = [attribute(m[1], 'Id'), attribute(m[1], 'Type'), attribute(m[1], 'Target')];
    if (!id || !type || !target || attribute(m[1], 'TargetMode') === 'External') continue;
    const path = unescapeTarget(target.startsWith('/') ? target.slice(1) : folder + target);
    const parts: string[] = [];
    for (const piece of path.split('/')) {
      if (piece === '..') parts.pop();
      else if (piece !== '.') parts.push(piece);
    }
    out.set(id, [type, xmlText(parts.join('/'))]);
  }
  return out;
}

const folderOf = (part: string) => part.slice(0, part.lastIndexOf('/') + 1);
const relsOf = (part: string) => `${folderOf(part)}_rels/${part.slice(part.lastIndexOf('/') + 1)}.rels`;
const ofType = (type: string, kind: string) => type.endsWith(`/${kind}`);

const SHEET = /<(?:\w+:)?sheet\b([^>]*)>/g;

/** The worksheets in the order the workbook lists them (its tabs), with their parts; the shared strings' part. */
async function workbookParts(zip: ZipArchive): Promise<{ sheets: { name: string; part: string }[]; strings: string | null }> {
  const root = relationships(await zip.text('_rels/.rels'), '');
  const book = [...root.values()].find(([type]) => ofType(type, 'officeDocument'))?.[1] ?? 'xl/workbook.xml';
  const xml = await zip.text(book);
  if (xml === null) throw new ZipError('no workbook part');
  const rels = relationships(await zip.text(relsOf(book)), folderOf(book));
  const sheets: { name: string; part: string }[] = [];
  for (const m of xml.matchAll(SHEET)) {
    const id = /(?:^|\s)[\w.-]+:id="([^"]*)"/.exec(m[1])?.[1];
    const rel = id ? rels.get(id) : undefined;
    if (rel && ofType(rel[0], 'worksheet') && zip.entries.has(rel[1])) sheets.push({ name: xmlText(attribute(m[1], 'name') ?? ''), part: rel[1] });
  }
  const strings = [...rels.values()].find(([type]) => ofType(type, 'sharedStrings'))?.[1] ?? null;
  return { sheets, strings };
}

const columnIndex = (letters: string) => {
  let n = 0;
  for (let i = 0; i < letters.length; i += 1) n = n * 26 + letters.charCodeAt(i) - 64;
  return n - 1;
};

const VALUE = /<(?:\w+:)?v(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?v>/;
const REF = /(?:^|\s)r="([A-Z]+)?(\d+)?"/;
const TYPE = /(?:^|\s)t="([^"]*)"/;
const MERGE = /<(?:\w+:)?mergeCell\s[^>]*?\bref="([A-Z]+)(\d+):([A-Z]+)(\d+)"/g;
const DATA_END = /<\/(?:\w+:)?sheetData>|<(?:\w+:)?sheetData\s*\/>/g;

/**
 * A cell as the import reads it: text trimmed, numbers as they are (a date is Excel's serial
 * number: styles are not read, and the field it goes to says whether it is a date), rich
 * text joined, a formula's last result, TRUE/FALSE as 是/否, an error value as empty.
 */
function cellValue(type: string | undefined, inner: string | undefined, strings: readonly string[]): Cell {
  if (!inner) return null;
  let text: string;
  if (type === 'inlineStr') text = runsText(inner); else {
    const open = inner.indexOf('<v>');
    const v = open >= 0 ? [inner, inner.slice(open + 3, inner.indexOf('</v>', open))] : VALUE.exec(inner);
    if (!v) return null;
    if (type === 's') text = strings[Number(v[1])] ?? '';
    else if (type === 'str') text = xmlText(v[1]);
    else if (type === 'b') return v[1].trim() === '1' ? '是' : '否';
    else if (type === 'e') return null;
    else if (type === 'd') {
      const ms = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(v[1]) ? v[1] : `${v[1]}Z`);
      return Number.isFinite(ms) ? ms / 86_400_000 + 25569 : null;
    } else {
      const n = Number(v[1]);
      return v[1].trim() !== '' && Number.isFinite(n) ? n : null;
    }
  }
  return text.trim() || null;
}

const refColumn = (attrs: string, previous: number): number => {
  const at = attrs.indexOf(' r="');
  const ref = at >= 0 ? attrs.slice(at + 4, attrs.indexOf('"', at + 4)) : REF.exec(attrs)?.[1];
  if (!ref) return previous + 1;
  let n = 0;
  for (let i = 0; i < ref.length; i += 1) {
    const code = ref.charCodeAt(i);
    if (code < 65 || code > 90) break;
    n = n * 26 + code - 64;
  }
  return n > 0 ? n - 1 : previous + 1;
};

const typeOf = (attrs: string): string | undefined => {
  const at = attrs.indexOf(' t="');
  return at >= 0 ? attrs.slice(at + 4, attrs.indexOf('"', at + 4)) : TYPE.exec(attrs)?.[1];
};

/**
 * The cells of one <row>, from column A, up to MAX_COLUMNS; trailing empties dropped. A scan
 * by hand: a row holds nothing but its <c> elements (and rarely an extension list), and this
 * loop runs for every cell of the file.
 */
function rowCells(inner: string, strings: readonly string[]): Cell[] {
  const cells: Cell[] = [];
  let column = -1;
  for (let at = inner.indexOf('<'); at >= 0; ) {
    const tag = tagAt(inner, at);
    const element = tag && elementOf(inner, tag);
    if (!tag || !element) break;
    const { body, next } = element;
    if (tag.name === 'c' || tag.name.endsWith(':c')) {
      const attrs = inner.slice(tag.nameEnd, tag.attrsEnd);
      column = refColumn(attrs, column);
      const value = column < MAX_COLUMNS ? cellValue(typeOf(attrs), body, strings) : null;
      if (value !== null) {
        while (cells.length < column) cells.push(null);
        cells[column] = value;
      }
    }
    at = inner.indexOf('<', next);
  }
  return cells;
}

type Tag = { name: string; nameEnd: number; attrsEnd: number; gt: number; empty: boolean };

/** What a start tag holds up to its end tag (undefined when it closes itself), and where the text after it starts; null if the end tag is not in the text yet. */
function elementOf(text: string, tag: Tag): { body: string | undefined; next: number } | null {
  if (tag.empty) return { body: undefined, next: tag.gt + 1 };
  const close = text.indexOf(`</${tag.name}>`, tag.gt);
  return close < 0 ? null : { body: text.slice(tag.gt + 1, close), next: close + tag.name.length + 3 };
}

/** The start tag at `at`: its name, where its attributes end, its '>', whether it closes itself; null if it runs past the text. */
function tagAt(text: string, at: number): Tag | null {
  let nameEnd = at + 1;
  for (let ch = text.charCodeAt(nameEnd); nameEnd < text.length && ch !== 32 && ch !== 62 && ch !== 47 && ch !== 10 && ch !== 13 && ch !== 9; ch = text.charCodeAt(nameEnd)) {
    nameEnd += 1;
  }
  const gt = text.indexOf('>', nameEnd);
  if (gt < 0) return null;
  const empty = text.charCodeAt(gt - 1) === 47;
  return { name: text.slice(at + 1, nameEnd), nameEnd, attrsEnd: empty ? gt - 1 : gt, gt, empty };
}

/** Where the rows end (</sheetData>) in `text`, looking from `from` on; -1 while they go on. */
function dataEnd(text: string, from: number): number {
  const near = text.indexOf('sheetData', from);
  if (near < 0) return -1;
  DATA_END.lastIndex = Math.max(0, near - 12);
  return DATA_END.exec(text)?.index ?? -1;
}

/** Streams one sheet's rows into `each` (the complete rows of each chunk) and gives its merged ranges, which follow the rows. */
async function readSheet(chunks: AsyncIterable<Buffer>, strings: readonly string[], each: (row: number, cells: Cell[]) => Promise<void> | void): Promise<Merge[]> {
  const decoder = new TextDecoder('utf-8');
  let lastRow = 0;
  /** Reads the complete rows of `text`; gives back what follows the last one (a row the next chunk completes). */
  const rowsOf = async (text: string): Promise<string> => {
    let end = 0;
    for (let at = text.indexOf('<'); at >= 0; ) {
      const tag = tagAt(text, at);
      if (!tag) break;
      if (tag.name !== 'row' && !tag.name.endsWith(':row')) {
        // Whatever comes before the rows (the sheet's views, its columns) is stepped over a tag at a time.
        at = text.indexOf('<', tag.attrsEnd);
        continue;
      }
      const element = elementOf(text, tag);
      if (!element) break;
      const { body, next } = element;
      end = next;
      at = text.indexOf('<', next);
      const attrs = text.slice(tag.nameEnd, tag.attrsEnd);
      const r = attrs.indexOf(' r="');
      const number = r >= 0 ? Number(attrs.slice(r + 4, attrs.indexOf('"', r + 4))) : Number(REF.exec(attrs)?.[2] ?? lastRow + 1);
      lastRow = number;
      const cells = body ? rowCells(body, strings) : [];
      if (cells.length === 0) continue;
      // Awaited only when the sink is busy (its file is draining): a row is one call, not one turn of the event loop.
      const busy = each(number, cells);
      if (busy) await busy;
    }
    return text.slice(end);
  };
  let pending = '';
  let tail = null as string | null;
  const take = async (text: string) => {
    if (tail !== null) {
      tail += text;
      return;
    }
    const from = Math.max(0, pending.length - 12);
    pending += text;
    const end = dataEnd(pending, from);
    if (end < 0) pending = await rowsOf(pending);
    else {
      tail = pending.slice(end);
      await rowsOf(pending.slice(0, end));
    }
  };
  for await (const chunk of chunks) await take(decoder.decode(chunk, { stream: true }));
  await take(decoder.decode());
  if (tail === null) return [];
  return Array.from(tail.matchAll(MERGE), (m) => ({ top: Number(m[2]), left: columnIndex(m[1]), bottom: Number(m[4]), right: columnIndex(m[3]) }));
}

/** Every worksheet of an .xlsx, streamed row by row into `sink` (a 100,000-row ledger never sits in memory). */
export async function readWorkbook(path: string, sink: RowSink): Promise<SheetInfo[]> {
  const zip = await ZipArchive.open(path);
  const { sheets, strings } = await workbookParts(zip);
  const shared = sharedStrings(strings ? await zip.text(strings) : null);
  const out: SheetInfo[] = [];
  for (const [index, sheet] of sheets.entries()) {
    const info: SheetInfo = { name: sheet.name, rows: 0, merges: [] };
    info.merges = await readSheet(zip.chunks(sheet.part), shared, (row, cells) => {
      info.rows += 1;
      return sink(index, row, cells);
    });
    out.push(info);
  }
  return out;
}
