import { fromDayNumber, isValidDate } from '../dates';
import { MAX_DOC_YEAR, MIN_DOC_YEAR } from '../doc-number';

/** A date read from a cell, with the time of day when the cell had one ('HH:mm'). */
export type ReadDate = { ok: true; date: string; time: string | null } | { ok: false; message: string };

// Excel counts days from 1900-01-01 = 1 and, after Lotus 1-2-3, keeps a 29 February 1900
// that never was (serial 60): from serial 61 on, 25569 is 1970-01-01.
const SERIAL_1970 = 25569;
const PHANTOM_LEAP_DAY = 60;
const MINUTES_PER_DAY = 1440;

const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

const HINT = '请写成 2024-03-05、2024/3/5、2024.3.5 或 2024年3月5日';

function inRange(date: string, shown: string): { ok: false; message: string } | null {
  const year = Number(date.slice(0, 4));
  if (year < MIN_DOC_YEAR || year > MAX_DOC_YEAR) return { ok: false, message: `日期“${shown}”的年份不在${MIN_DOC_YEAR}至${MAX_DOC_YEAR}年之间` };
  return null;
}

/**
 * A cell's number as Excel stores a date (and time): 45356 is 2024-03-05, 45356.5 is its noon.
 * Seconds are rounded to the minute.
 */
export function fromExcelSerial(serial: number): ReadDate {
  const shown = String(serial);
  if (!Number.isFinite(serial) || serial < 1 || Math.floor(serial) === PHANTOM_LEAP_DAY) {
    return { ok: false, message: `“${shown}”不是有效的日期` };
  }
  let days = Math.floor(serial);
  let minutes = Math.round((serial - days) * MINUTES_PER_DAY);
  if (minutes === MINUTES_PER_DAY) {
    days += 1;
    minutes = 0;
  }
  const date = fromDayNumber(days - (days > PHANTOM_LEAP_DAY ? SERIAL_1970 : SERIAL_1970 - 1));
  const outOfRange = inRange(date, shown);
  if (outOfRange) return { ok: false, message: `${outOfRange.message}：这一格是数字，不像日期` };
  return { ok: true, date, time: serial === Math.floor(serial) ? null : hhmm(minutes) };
}

// 2024-03-05, 2024/3/5, 2024.3.5, 2024年3月5日, then maybe a time: 9:30, 09:30:00, 9时30分, 9点.
const DATE_TEXT = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*T?\s*(.*))?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const TIME_TEXT = /^(\d{1,2})\s*[:时点]\s*(?:(\d{1,2})\s*(?:[:分]\s*(?:\d{1,2}(?:\.\d+)?\s*秒?)?)?)?$/;

/** The time part of a date cell; null when it is not a time of day. */
function readTime(text: string): string | null {
  const m = TIME_TEXT.exec(text);
  if (!m) return null;
  const h = Number(m[1]);
  const min = m[2] === undefined ? 0 : Number(m[2]);
  return h < 24 && min < 60 ? hhmm(h * 60 + min) : null;
}

/** A date typed as text, in the forms offices write; full-width digits and stray spaces are fine. */
export function fromDateText(text: string): ReadDate {
  const t = text.normalize('NFKC').trim();
  const m = DATE_TEXT.exec(t) ?? COMPACT.exec(t);
  if (!m) {
    const why = /^\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?$/.test(t) ? `日期“${text}”缺少年份，` : `无法识别日期“${text}”，`;
    return { ok: false, message: `${why}${HINT}` };
  }
  const date = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  if (!isValidDate(date)) return { ok: false, message: `日期“${text}”不存在（${Number(m[2])}月没有${Number(m[3])}日）` };
  const outOfRange = inRange(date, text);
  if (outOfRange) return outOfRange;
  const rest = (m[4] ?? '').trim();
  if (rest === '') return { ok: true, date, time: null };
  const time = readTime(rest);
  if (time === null) return { ok: false, message: `无法识别“${text}”中的时间“${rest}”，请写成 9:30 这样` };
  return { ok: true, date, time };
}

/** Whatever a date cell holds: Excel's serial number or text. */
export function readDateCell(value: string | number): ReadDate {
  return typeof value === 'number' ? fromExcelSerial(value) : fromDateText(value);
}
