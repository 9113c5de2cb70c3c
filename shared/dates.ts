/**
 * Pure helpers for calendar dates written as 'YYYY-MM-DD'.
 *
 * Dates are turned into an integer day number (days since 1970-01-01, proleptic
 * Gregorian) with plain arithmetic instead of going through `Date`: local-time
 * getters shift the day with the machine's time zone, and `Date.UTC` silently
 * maps years 0–99 onto 1900–1999.
 */

const MIN_YEAR = 1;
const MAX_YEAR = 9999;
const MS_PER_DAY = 86_400_000;
// Asia/Shanghai has had no DST since 1991, so a fixed offset is exact for any
// date the office deals with and avoids depending on the runtime's tz database.
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeapYear(y) ? 29 : DAYS_IN_MONTH[m - 1];
}

// Howard Hinnant's days_from_civil: shifting the year to start in March puts
// the leap day last, so month lengths follow a closed formula.
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function digitAt(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
}

// Hand-rolled instead of a regex because the work calendar parses dates on
// hot paths (a million calls), and this allocates nothing.
function parseDayNumber(s: string): number {
  if (typeof s !== 'string' || s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) {
    return NaN;
  }
  const y0 = digitAt(s, 0), y1 = digitAt(s, 1), y2 = digitAt(s, 2), y3 = digitAt(s, 3);
  const m0 = digitAt(s, 5), m1 = digitAt(s, 6), d0 = digitAt(s, 8), d1 = digitAt(s, 9);
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0) return NaN;
  const y = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const m = m0 * 10 + m1;
  const d = d0 * 10 + d1;
  if (y < MIN_YEAR || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return NaN;
  return daysFromCivil(y, m, d);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

const MIN_DAY_NUMBER = daysFromCivil(MIN_YEAR, 1, 1);
const MAX_DAY_NUMBER = daysFromCivil(MAX_YEAR, 12, 31);

/** True only for an existing calendar date in exactly the 'YYYY-MM-DD' shape (years 0001–9999). */
export function isValidDate(s: string): boolean {
  return !Number.isNaN(parseDayNumber(s));
}

/**
 * Day number of a date (0 = 1970-01-01). Exported so other modules can do
 * cheap integer arithmetic on dates; throws RangeError on an invalid date.
 */
export function toDayNumber(date: string): number {
  const day = parseDayNumber(date);
  if (Number.isNaN(day)) {
    throw new RangeError(`Invalid date ${JSON.stringify(date)}: expected an existing date in YYYY-MM-DD form`);
  }
  return day;
}

/** Inverse of toDayNumber; throws RangeError outside years 0001–9999. */
export function fromDayNumber(day: number): string {
  if (!Number.isSafeInteger(day) || day < MIN_DAY_NUMBER || day > MAX_DAY_NUMBER) {
    throw new RangeError(`Day number ${day} is outside the supported range 0001-01-01..9999-12-31`);
  }
  // Hinnant's civil_from_days, the inverse of daysFromCivil.
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** The date `n` days after `date` (`n` may be negative; must be an integer). */
export function addDays(date: string, n: number): string {
  if (!Number.isSafeInteger(n)) {
    throw new RangeError(`addDays: day count must be an integer, got ${n}`);
  }
  return fromDayNumber(toDayNumber(date) + n);
}

/** 0 = Sunday … 6 = Saturday, as with Date#getUTCDay. */
export function dayOfWeek(date: string): number {
  // 1970-01-01 was a Thursday (4); the double modulo keeps pre-1970 days non-negative.
  return (((toDayNumber(date) + 4) % 7) + 7) % 7;
}

/** -1, 0 or 1; usable directly as an Array#sort comparator. */
export function compareDates(a: string, b: string): number {
  const da = toDayNumber(a);
  const db = toDayNumber(b);
  return da < db ? -1 : da > db ? 1 : 0;
}

export function yearOf(date: string): number {
  toDayNumber(date);
  return Number(date.slice(0, 4));
}

/** '2026-10-08' -> '2026年10月8日' (no leading zeros, as in official documents). */
export function formatChineseDate(date: string): string {
  toDayNumber(date);
  return `${Number(date.slice(0, 4))}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
}

/** The calendar date in Asia/Shanghai at instant `now`, whatever the machine's time zone. */
export function todayInShanghai(now: Date): string {
  const ms = now.getTime();
  if (!Number.isFinite(ms)) {
    throw new RangeError('todayInShanghai: invalid Date');
  }
  return fromDayNumber(Math.floor((ms + SHANGHAI_OFFSET_MS) / MS_PER_DAY));
}

/** The local Asia/Shanghai minute at instant `now`, as 'YYYY-MM-DDTHH:mm' (the form of every time field). */
export function nowInShanghai(now: Date): string {
  const ms = now.getTime();
  if (!Number.isFinite(ms)) throw new RangeError('nowInShanghai: invalid Date');
  return new Date(ms + SHANGHAI_OFFSET_MS).toISOString().slice(0, 16);
}

/** The instant of a local Asia/Shanghai minute 'YYYY-MM-DDTHH:mm'. */
export const shanghaiInstant = (local: string): number => Date.parse(`${local}:00+08:00`);
