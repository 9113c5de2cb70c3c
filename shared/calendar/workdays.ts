import { fromDayNumber, toDayNumber } from '../dates';

export type DayKind = 'holiday' | 'workday'; // 'holiday' = 休 (official day off, may fall on a weekday); 'workday' = 班 (调休 make-up working day, usually a weekend)

export interface CalendarOverride {
  date: string;
  kind: DayKind;
}

export interface WorkCalendar {
  /** The override if there is one, else Monday–Friday. */
  isWorkingDay(date: string): boolean;
  /**
   * Working days after `from` up to and including `to`; 0 when to <= from.
   * This is how 报送日期超过成文日期N个工作日 is counted.
   */
  workingDaysBetween(from: string, to: string): number;
  /** The n-th working day after `date` (n >= 0; n = 0 returns `date` itself), e.g. a "5 working days" deadline. */
  addWorkingDays(date: string, n: number): string;
}

// Day number of 1970-01-05, a Monday: counting weeks from a Monday puts the
// weekend in the last two slots of every week.
const MONDAY_ANCHOR = 4;
const LAST_DAY = toDayNumber('9999-12-31');

function isWeekday(day: number): boolean {
  const slot = (((day - MONDAY_ANCHOR) % 7) + 7) % 7;
  return slot < 5;
}

// Signed count of Monday–Friday days in [MONDAY_ANCHOR, day) (negative before
// the anchor), so the difference of two calls counts any range in O(1).
function weekdaysBefore(day: number): number {
  const t = day - MONDAY_ANCHOR;
  const weeks = Math.floor(t / 7);
  return weeks * 5 + Math.min(t - weeks * 7, 5);
}

/**
 * Builds a calendar from 休/班 overrides (e.g. the State Council's yearly
 * arrangement). When a date appears twice the last entry wins, so a local
 * correction can be appended after the national data. Throws RangeError on an
 * invalid date or kind.
 */
export function createWorkCalendar(overrides: Iterable<CalendarOverride>): WorkCalendar {
  const workingByDay = new Map<number, boolean>();
  for (const o of overrides) {
    if (o.kind !== 'holiday' && o.kind !== 'workday') {
      throw new RangeError(`Invalid calendar override kind ${JSON.stringify(o.kind)} for ${JSON.stringify(o.date)}`);
    }
    workingByDay.set(toDayNumber(o.date), o.kind === 'workday');
  }

  // Only overrides that contradict the Monday–Friday default change a count
  // (holidays listed on weekends are common in the data). Keeping those sorted
  // with prefix sums makes the correction for any range two binary searches.
  const flipDays: number[] = [];
  for (const [day, working] of workingByDay) {
    if (working !== isWeekday(day)) flipDays.push(day);
  }
  flipDays.sort((a, b) => a - b);
  const flipPrefix = new Int32Array(flipDays.length + 1);
  for (let i = 0; i < flipDays.length; i++) {
    flipPrefix[i + 1] = flipPrefix[i] + (workingByDay.get(flipDays[i]) ? 1 : -1);
  }

  function flipsUpTo(day: number): number {
    let lo = 0;
    let hi = flipDays.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (flipDays[mid] <= day) lo = mid + 1;
      else hi = mid;
    }
    return flipPrefix[lo];
  }

  function countBetween(fromDay: number, toDay: number): number {
    if (toDay <= fromDay) return 0;
    return weekdaysBefore(toDay + 1) - weekdaysBefore(fromDay + 1) + flipsUpTo(toDay) - flipsUpTo(fromDay);
  }

  return {
    isWorkingDay(date: string): boolean {
      const day = toDayNumber(date);
      const override = workingByDay.get(day);
      return override === undefined ? isWeekday(day) : override;
    },

    workingDaysBetween(from: string, to: string): number {
      return countBetween(toDayNumber(from), toDayNumber(to));
    },

    addWorkingDays(date: string, n: number): string {
      const start = toDayNumber(date);
      if (!Number.isSafeInteger(n) || n < 0) {
        throw new RangeError(`addWorkingDays: count must be a non-negative integer, got ${n}`);
      }
      if (n === 0) return date;
      // Whole weeks hold five weekdays, so this first bound falls short only
      // when holidays eat into it; widen until it holds n working days.
      const limit = LAST_DAY - start;
      let hi = Math.min(Math.ceil(n / 5) * 7, limit);
      while (countBetween(start, start + hi) < n) {
        if (hi === limit) {
          throw new RangeError(`addWorkingDays: ${n} working days after ${date} is beyond 9999-12-31`);
        }
        hi = Math.min(hi * 2, limit);
      }
      // The count grows by at most one per day, so the first offset reaching n
      // is exactly the n-th working day.
      let lo = 1;
      while (lo < hi) {
        const mid = lo + Math.floor((hi - lo) / 2);
        if (countBetween(start, start + mid) >= n) hi = mid;
        else lo = mid + 1;
      }
      return fromDayNumber(start + lo);
    },
  };
}
