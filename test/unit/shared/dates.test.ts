import { describe, it, expect } from 'vitest';
import {
  addDays,
  compareDates,
  dayOfWeek,
  formatChineseDate,
  fromDayNumber,
  isValidDate,
  todayInShanghai,
  toDayNumber,
  yearOf,
} from '../../../shared/dates';
import { seededRandom } from '../../../shared/random';


// Independent reference: Date in UTC is correct for years >= 100.
function viaDateUtc(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

describe('isValidDate', () => {
  it('accepts existing dates, including leap days', () => {
    for (const s of ['2026-10-08', '2024-02-29', '2000-02-29', '1970-01-01', '0001-01-01', '9999-12-31', '2026-12-31']) {
      expect(isValidDate(s), s).toBe(true);
    }
  });

  it('rejects dates that do not exist', () => {
    for (const s of ['2026-02-30', '2025-02-29', '2100-02-29', '1900-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '2026-01-32', '0000-01-01']) {
      expect(isValidDate(s), s).toBe(false);
    }
  });

  it('rejects wrong shapes', () => {
    for (const s of ['', '2026-1-5', '2026-01-5', '20260105', '2026/01/05', '2026-01-05 ', ' 2026-01-05', '2026-01-05T00:00', '26-01-05', '+02026-01-05', '2026-0a-05', '２０２６-01-05', '2026−01−05']) {
      expect(isValidDate(s), JSON.stringify(s)).toBe(false);
    }
  });

  it('returns false for non-strings reaching it at runtime', () => {
    expect(isValidDate(undefined as unknown as string)).toBe(false);
    expect(isValidDate(20260105 as unknown as string)).toBe(false);
  });
});

describe('addDays', () => {
  it('crosses month, year and leap-day boundaries', () => {
    expect(addDays('2026-10-08', 0)).toBe('2026-10-08');
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2026-09-30', 15)).toBe('2026-10-15');
    expect(addDays('2024-01-01', 366)).toBe('2025-01-01');
  });

  it('is unaffected by DST transitions elsewhere (pure UTC arithmetic)', () => {
    expect(addDays('2026-03-08', 1)).toBe('2026-03-09'); // US spring forward
    expect(addDays('2026-10-25', 1)).toBe('2026-10-26'); // EU fall back
  });

  it('agrees with Date.UTC over random dates and offsets', () => {
    const rand = seededRandom(20261008);
    const from = toDayNumber('1900-01-01');
    const to = toDayNumber('2100-12-31');
    for (let i = 0; i < 5000; i++) {
      const day = from + Math.floor(rand() * (to - from));
      const n = Math.floor(rand() * 4000) - 2000;
      const date = viaDateUtc(day);
      expect(fromDayNumber(day)).toBe(date);
      expect(toDayNumber(date)).toBe(day);
      expect(addDays(date, n)).toBe(viaDateUtc(day + n));
    }
  });

  it('throws RangeError on invalid input or results outside 0001–9999', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
    expect(() => addDays('2026-01-01', 1.5)).toThrow(RangeError);
    expect(() => addDays('2026-01-01', Number.NaN)).toThrow(RangeError);
    expect(() => addDays('9999-12-31', 1)).toThrow(RangeError);
    expect(() => addDays('0001-01-01', -1)).toThrow(RangeError);
  });
});

describe('dayOfWeek', () => {
  it('returns 0 for Sunday through 6 for Saturday', () => {
    expect(dayOfWeek('2025-01-26')).toBe(0); // make-up working Sunday
    expect(dayOfWeek('2026-09-28')).toBe(1);
    expect(dayOfWeek('2025-01-28')).toBe(2);
    expect(dayOfWeek('2025-10-01')).toBe(3);
    expect(dayOfWeek('2026-10-01')).toBe(4);
    expect(dayOfWeek('1970-01-01')).toBe(4);
    expect(dayOfWeek('2026-09-25')).toBe(5);
    expect(dayOfWeek('2026-02-14')).toBe(6); // make-up working Saturday
    expect(dayOfWeek('2000-01-01')).toBe(6);
    expect(dayOfWeek('1969-12-31')).toBe(3);
  });

  it('agrees with Date#getUTCDay', () => {
    const rand = seededRandom(7);
    for (let i = 0; i < 2000; i++) {
      const day = Math.floor(rand() * 80000) - 30000;
      expect(dayOfWeek(fromDayNumber(day))).toBe(new Date(day * 86_400_000).getUTCDay());
    }
  });

  it('throws RangeError on invalid dates', () => {
    expect(() => dayOfWeek('2026-02-30')).toThrow(RangeError);
  });
});

describe('compareDates', () => {
  it('orders dates and returns exactly -1, 0 or 1', () => {
    expect(compareDates('2026-09-30', '2026-10-01')).toBe(-1);
    expect(compareDates('2026-10-01', '2026-09-30')).toBe(1);
    expect(compareDates('2026-10-01', '2026-10-01')).toBe(0);
    expect(compareDates('2025-12-31', '2026-01-01')).toBe(-1);
  });

  it('works as a sort comparator', () => {
    expect(['2026-10-08', '2025-01-28', '2026-02-14'].sort(compareDates)).toEqual(['2025-01-28', '2026-02-14', '2026-10-08']);
  });

  it('throws RangeError on invalid dates', () => {
    expect(() => compareDates('2026-10-01', '2026-10-32')).toThrow(RangeError);
    expect(() => compareDates('2026/10/01', '2026-10-01')).toThrow(RangeError);
  });
});

describe('yearOf', () => {
  it('returns the numeric year', () => {
    expect(yearOf('2026-10-08')).toBe(2026);
    expect(yearOf('0999-01-01')).toBe(999);
  });

  it('throws RangeError on invalid dates', () => {
    expect(() => yearOf('2026-13-01')).toThrow(RangeError);
  });
});

describe('formatChineseDate', () => {
  it('writes 年月日 without leading zeros', () => {
    expect(formatChineseDate('2026-10-08')).toBe('2026年10月8日');
    expect(formatChineseDate('2026-01-01')).toBe('2026年1月1日');
    expect(formatChineseDate('2025-12-31')).toBe('2025年12月31日');
  });

  it('throws RangeError on invalid dates', () => {
    expect(() => formatChineseDate('2026-02-30')).toThrow(RangeError);
  });
});

describe('todayInShanghai', () => {
  it('switches day at 16:00 UTC (midnight UTC+8)', () => {
    expect(todayInShanghai(new Date('2026-10-07T15:59:59.999Z'))).toBe('2026-10-07');
    expect(todayInShanghai(new Date('2026-10-07T16:00:00.000Z'))).toBe('2026-10-08');
    expect(todayInShanghai(new Date('2026-10-08T00:00:00.000Z'))).toBe('2026-10-08');
  });

  it('rolls over years and leap days', () => {
    expect(todayInShanghai(new Date('2025-12-31T16:00:00Z'))).toBe('2026-01-01');
    expect(todayInShanghai(new Date('2024-02-28T16:30:00Z'))).toBe('2024-02-29');
    expect(todayInShanghai(new Date('1969-12-31T16:00:00Z'))).toBe('1970-01-01');
    expect(todayInShanghai(new Date('1969-12-31T15:59:59Z'))).toBe('1969-12-31');
  });

  it('matches the same instant expressed with a +08:00 offset', () => {
    expect(todayInShanghai(new Date('2026-02-17T00:00:00+08:00'))).toBe('2026-02-17');
    expect(todayInShanghai(new Date('2026-02-17T23:59:59+08:00'))).toBe('2026-02-17');
  });

  it('throws RangeError on an invalid Date', () => {
    expect(() => todayInShanghai(new Date('not a date'))).toThrow(RangeError);
  });
});
