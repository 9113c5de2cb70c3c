import { parseCopyNumbers } from '../incoming/copy-numbers';
import { readDateCell } from './dates';
import type { ImportField } from './fields';

/** A cell as the workbook reader hands it over: text, a number (dates are Excel serials), or empty. */
export type Cell = string | number | null;

/** A register's own number: 收〔2024〕15号 → year 2024, serial 15; a bare 15 has no year. */
export interface SerialNumber {
  year: number | null;
  serial: number;
}

export type Read<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const no = (message: string): Read<never> => ({ ok: false, message });

/** The text of a cell: numbers as Excel shows a plain number (12, not 12.0). */
export function cellText(cell: Cell): string {
  if (cell === null) return '';
  return typeof cell === 'number' ? String(cell) : cell.trim();
}

/** For comparing words: full-width letters and digits folded, spaces dropped. */
export const fold = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

const MAX_SERIAL = 999_999;

// 收〔2024〕15号, 收[2024]15号, (2024)第15号, 2024-15, 2024年15号, 15, 第15号.
const BRACKETED = /^\D*?[〔[(（【［]\s*(\d{4})\s*[〕\])）】］]\s*第?\s*(\d+)\s*号?$/;
const YEAR_DASH = /^(\d{4})\s*(?:[-—－_/.]|年第?)\s*(\d+)\s*号?$/;
const BARE = /^\D{0,4}?第?\s*(\d+)\s*号?$/;

export function readSerial(cell: Cell): Read<SerialNumber> {
  if (typeof cell === 'number') {
    return Number.isInteger(cell) && cell >= 1 && cell <= MAX_SERIAL ? ok({ year: null, serial: cell }) : no(`编号“${cell}”应为正整数`);
  }
  const t = fold(cell ?? '');
  const m = BRACKETED.exec(t) ?? YEAR_DASH.exec(t);
  const year = m ? Number(m[1]) : null;
  const digits = m ? m[2] : BARE.exec(t)?.[1];
  if (digits === undefined) return no(`无法识别编号“${cellText(cell)}”，应写成 收〔2024〕15号、2024-15 或 15`);
  const serial = Number(digits);
  if (serial < 1 || serial > MAX_SERIAL) return no(`编号“${cellText(cell)}”的序号应在1至${MAX_SERIAL}之间`);
  return ok({ year, serial });
}

/** 3, '3', '3份', '３': whole numbers, with the counting word a ledger may add. */
export function readInt(cell: Cell): Read<number> {
  if (typeof cell === 'number') return Number.isInteger(cell) ? ok(cell) : no(`“${cell}”应为整数`);
  const m = /^(\d+)\s*[份页件张次个字]?$/.exec(fold(cell ?? ''));
  return m ? ok(Number(m[1])) : no(`“${cellText(cell)}”应为整数`);
}

/** 保密期限 in months: 10年, 6个月, 1年6个月; a bare number is years, as ledgers write it. */
export function readMonths(cell: Cell): Read<number> {
  const t = fold(cellText(cell));
  const m = /^(?:(\d+)年)?(?:(\d+)个?月)?$/.exec(t);
  if (m && (m[1] || m[2])) return ok(Number(m[1] ?? 0) * 12 + Number(m[2] ?? 0));
  if (/^\d+$/.test(t)) return ok(Number(t) * 12);
  return no(`无法识别保密期限“${cellText(cell)}”，应写成 10年、6个月 或 1年6个月`);
}

const YES = new Set(['是', '√', '✓', 'y', 'yes', 'true', '1', '有']);
const NO = new Set(['否', '×', '✗', 'n', 'no', 'false', '0', '无', '不是']);

export function readFlag(cell: Cell): Read<boolean> {
  const t = fold(cellText(cell)).toLowerCase();
  if (YES.has(t)) return ok(true);
  if (NO.has(t)) return ok(false);
  return no(`“${cellText(cell)}”应为“是”或“否”`);
}

const choiceWords = new WeakMap<ImportField, Map<string, string>>();

/** A field's labels and other words, folded, each with its code: built once, as every row asks. */
function wordsOf(field: ImportField): Map<string, string> {
  let words = choiceWords.get(field);
  if (!words) {
    words = new Map(Object.entries(field.aliases ?? {}));
    for (const [code, label] of Object.entries(field.labels ?? {})) words.set(fold(label), code);
    choiceWords.set(field, words);
  }
  return words;
}

/** A choice by its label or one of its other words: 机密 → confidential; 秘密★10年 reads as 秘密. */
export function readChoice(cell: Cell, field: ImportField): Read<string> {
  const code = wordsOf(field).get(fold(cellText(cell)).replace(/★.*$/, ''));
  if (code) return ok(code);
  const choices = Object.values(field.labels ?? {}).join('、');
  return no(`“${cellText(cell)}”不是${field.label}的选项（可选：${choices}）`);
}

export function readCopyNumbers(cell: Cell): Read<number[]> {
  const parsed = parseCopyNumbers(cellText(cell));
  return typeof parsed === 'string' ? no(parsed) : ok(parsed);
}

/** A date, or a date and time, from its cell; `withTime` keeps the time ('HH:mm', midnight when the cell has none). */
export function readDate(cell: Cell, withTime: false): Read<string>;
export function readDate(cell: Cell, withTime: true): Read<{ date: string; time: string }>;
export function readDate(cell: Cell, withTime: boolean): Read<string | { date: string; time: string }> {
  const read = readDateCell(cell ?? '');
  if (!read.ok) return read;
  return withTime ? ok({ date: read.date, time: read.time ?? '00:00' }) : ok(read.date);
}
