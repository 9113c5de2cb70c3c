import { describe, it, expect } from 'vitest';
import data from 'chinese-days/dist/chinese-days.json';
import { addDays, dayOfWeek, fromDayNumber, toDayNumber } from '../../../shared/dates';
import { createWorkCalendar, type CalendarOverride } from '../../../shared/calendar/workdays';
import { seededRandom } from '../../../shared/random';

const holidays: Record<string, string> = data.holidays;
const workdays: Record<string, string> = data.workdays;

const overrides: CalendarOverride[] = [
  ...Object.keys(holidays).map((date): CalendarOverride => ({ date, kind: 'holiday' })),
  ...Object.keys(workdays).map((date): CalendarOverride => ({ date, kind: 'workday' })),
];

const cal = createWorkCalendar(overrides);


// Day-by-day reference, deliberately naive, to check the arithmetic counting.
function naiveBetween(from: string, to: string): number {
  let count = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) {
    if (cal.isWorkingDay(d)) count++;
  }
  return count;
}

function datesFrom(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

describe('chinese-days data used by these tests', () => {
  it('contains the 2025 and 2026 arrangements relied on below', () => {
    for (const d of [...datesFrom('2025-01-28', '2025-02-04'), ...datesFrom('2025-10-01', '2025-10-08'), ...datesFrom('2026-02-15', '2026-02-23'), ...datesFrom('2026-09-25', '2026-09-27'), ...datesFrom('2026-10-01', '2026-10-07'), ...datesFrom('2026-01-01', '2026-01-03')]) {
      expect(holidays[d], d).toBeDefined();
    }
    for (const d of ['2025-01-26', '2025-02-08', '2025-09-28', '2025-10-11', '2026-01-04', '2026-02-14', '2026-02-28', '2026-09-20', '2026-10-10']) {
      expect(workdays[d], d).toBeDefined();
    }
    expect(holidays['2026-10-08']).toBeUndefined();
    expect(holidays['2026-09-30']).toBeUndefined();
  });

  it('has nothing for 2027 (the fallback test below depends on it)', () => {
    expect(overrides.filter((o) => o.date.startsWith('2027-'))).toEqual([]);
  });
});

describe('isWorkingDay', () => {
  it('treats make-up weekend days (班) as working days', () => {
    expect(dayOfWeek('2026-10-10')).toBe(6);
    expect(cal.isWorkingDay('2026-10-10')).toBe(true); // Saturday after National Day
    expect(dayOfWeek('2026-09-20')).toBe(0);
    expect(cal.isWorkingDay('2026-09-20')).toBe(true); // Sunday before National Day
    expect(cal.isWorkingDay('2025-01-26')).toBe(true); // Sunday before Spring Festival
    expect(cal.isWorkingDay('2025-02-08')).toBe(true); // Saturday after Spring Festival
    expect(cal.isWorkingDay('2025-09-28')).toBe(true);
    expect(cal.isWorkingDay('2025-10-11')).toBe(true);
    expect(cal.isWorkingDay('2026-02-14')).toBe(true);
    expect(cal.isWorkingDay('2026-02-28')).toBe(true);
  });

  it('treats weekday holidays (休) as days off', () => {
    expect(dayOfWeek('2026-10-01')).toBe(4);
    expect(cal.isWorkingDay('2026-10-01')).toBe(false);
    expect(cal.isWorkingDay('2026-10-07')).toBe(false); // Wednesday
    expect(cal.isWorkingDay('2025-10-08')).toBe(false); // Wednesday
    expect(cal.isWorkingDay('2025-01-28')).toBe(false); // Tuesday
    expect(cal.isWorkingDay('2026-02-23')).toBe(false); // Monday
    expect(cal.isWorkingDay('2026-09-25')).toBe(false); // Friday, Mid-autumn
  });

  it('keeps ordinary days as Monday–Friday', () => {
    expect(cal.isWorkingDay('2026-10-08')).toBe(true); // Thursday after the holiday
    expect(cal.isWorkingDay('2026-10-11')).toBe(false); // plain Sunday
    expect(cal.isWorkingDay('2026-10-17')).toBe(false); // plain Saturday
    expect(cal.isWorkingDay('2026-09-30')).toBe(true);
  });

  it('falls back to Monday–Friday in a year without overrides (2027)', () => {
    // 2027-01-01 is a Friday; with no data it is an ordinary working day.
    expect(cal.isWorkingDay('2027-01-01')).toBe(true);
    expect(cal.isWorkingDay('2027-01-02')).toBe(false);
    expect(cal.isWorkingDay('2027-01-03')).toBe(false);
    expect(cal.isWorkingDay('2027-10-01')).toBe(true); // Friday
    expect(cal.isWorkingDay('2027-10-02')).toBe(false);
  });
});

describe('workingDaysBetween', () => {
  it('counts across 2026 National Day', () => {
    // After 09-30 up to 10-12: 10-01..10-07 off; 10-08 Thu, 10-09 Fri,
    // 10-10 Sat (班), 10-12 Mon; 10-11 Sun off.
    expect(cal.workingDaysBetween('2026-09-30', '2026-10-12')).toBe(4);
  });

  it('counts the 15-working-day rule example exactly', () => {
    // Document dated Fri 2026-09-18, submitted Thu 2026-10-15:
    //  1 09-20 Sun (班)   2 09-21   3 09-22   4 09-23   5 09-24
    //    09-25 Fri 中秋 off, 09-26/27 off
    //  6 09-28   7 09-29   8 09-30
    //    10-01..10-07 国庆 off
    //  9 10-08  10 10-09  11 10-10 Sat (班)   10-11 Sun off
    // 12 10-12  13 10-13  14 10-14  15 10-15
    // Exactly 15, so it does not exceed (超过) 15 working days; one day later does.
    expect(cal.workingDaysBetween('2026-09-18', '2026-10-15')).toBe(15);
    expect(cal.workingDaysBetween('2026-09-18', '2026-10-16')).toBe(16);
  });

  it('counts across 2025 Spring Festival', () => {
    // After Fri 01-24: 01-26 Sun (班), 01-27 Mon, [01-28..02-04 off],
    // 02-05 Wed, 02-06 Thu, 02-07 Fri, 02-08 Sat (班), 02-10 Mon.
    expect(cal.workingDaysBetween('2025-01-24', '2025-02-10')).toBe(7);
  });

  it('counts across 2025 National Day + Mid-autumn', () => {
    // After Fri 09-26: 09-28 Sun (班), 09-29, 09-30, [10-01..10-08 off],
    // 10-09 Thu, 10-10 Fri, 10-11 Sat (班), 10-13 Mon.
    expect(cal.workingDaysBetween('2025-09-26', '2025-10-13')).toBe(7);
  });

  it('counts across 2026 Spring Festival', () => {
    // After Fri 02-13: 02-14 Sat (班), [02-15..02-23 off], 02-24 Tue,
    // 02-25, 02-26, 02-27, 02-28 Sat (班), 03-02 Mon.
    expect(cal.workingDaysBetween('2026-02-13', '2026-03-02')).toBe(7);
  });

  it('counts across New Year 2026', () => {
    // After Wed 2025-12-31: 01-01..01-03 off, 01-04 Sun (班), 01-05 Mon.
    expect(cal.workingDaysBetween('2025-12-31', '2026-01-05')).toBe(2);
  });

  it('excludes `from` and includes `to`', () => {
    expect(cal.workingDaysBetween('2026-09-29', '2026-09-30')).toBe(1);
    expect(cal.workingDaysBetween('2026-09-30', '2026-10-01')).toBe(0);
    expect(cal.workingDaysBetween('2026-10-07', '2026-10-08')).toBe(1);
  });

  it('returns 0 when to <= from', () => {
    expect(cal.workingDaysBetween('2026-10-12', '2026-10-12')).toBe(0);
    expect(cal.workingDaysBetween('2026-10-12', '2026-09-30')).toBe(0);
  });

  it('falls back to Monday–Friday in 2027', () => {
    // After Fri 2027-01-01: 01-04..01-08 (5) and Mon 01-11.
    expect(cal.workingDaysBetween('2027-01-01', '2027-01-11')).toBe(6);
    // 2027 has 365 days starting on a Friday: 52 full weeks (260) plus the extra Friday.
    expect(cal.workingDaysBetween('2026-12-31', '2027-12-31')).toBe(261);
  });

  it('uses the default week when there are no overrides at all', () => {
    const plain = createWorkCalendar([]);
    expect(plain.workingDaysBetween('2026-09-30', '2026-10-12')).toBe(8);
    expect(plain.isWorkingDay('2026-10-01')).toBe(true);
    expect(plain.addWorkingDays('2026-10-09', 1)).toBe('2026-10-12');
  });

  it('matches a day-by-day count for random ranges, including long spans', () => {
    const rand = seededRandom(15);
    const lo = toDayNumber('2003-06-01');
    const hi = toDayNumber('2028-06-30');
    for (let i = 0; i < 300; i++) {
      const a = fromDayNumber(lo + Math.floor(rand() * (hi - lo)));
      const b = fromDayNumber(lo + Math.floor(rand() * (hi - lo)));
      expect(cal.workingDaysBetween(a, b), `${a} -> ${b}`).toBe(a < b ? naiveBetween(a, b) : 0);
    }
  });

  it('is additive over adjacent ranges', () => {
    expect(cal.workingDaysBetween('2004-01-01', '2026-12-31')).toBe(
      cal.workingDaysBetween('2004-01-01', '2015-07-01') + cal.workingDaysBetween('2015-07-01', '2026-12-31'),
    );
  });
});

describe('addWorkingDays', () => {
  it('returns the date itself for n = 0, even on a day off', () => {
    expect(cal.addWorkingDays('2026-10-03', 0)).toBe('2026-10-03');
  });

  it('skips the 2026 National Day holiday', () => {
    expect(cal.addWorkingDays('2026-09-30', 1)).toBe('2026-10-08');
    // 10-08, 10-09, 10-10 (班), 10-12, 10-13
    expect(cal.addWorkingDays('2026-09-30', 5)).toBe('2026-10-13');
    expect(cal.addWorkingDays('2026-10-02', 1)).toBe('2026-10-08');
    expect(cal.addWorkingDays('2026-09-18', 15)).toBe('2026-10-15');
    expect(cal.addWorkingDays('2026-09-18', 1)).toBe('2026-09-20'); // make-up Sunday
  });

  it('skips the 2025 holidays', () => {
    expect(cal.addWorkingDays('2025-01-27', 1)).toBe('2025-02-05');
    // 01-26 (班), 01-27, 02-05, 02-06, 02-07
    expect(cal.addWorkingDays('2025-01-24', 5)).toBe('2025-02-07');
    expect(cal.addWorkingDays('2025-09-30', 1)).toBe('2025-10-09');
    // 10-09, 10-10, 10-11 (班), 10-13, 10-14
    expect(cal.addWorkingDays('2025-09-30', 5)).toBe('2025-10-14');
  });

  it('skips the 2026 Spring Festival', () => {
    expect(cal.addWorkingDays('2026-02-13', 1)).toBe('2026-02-14');
    expect(cal.addWorkingDays('2026-02-14', 1)).toBe('2026-02-24');
  });

  it('falls back to Monday–Friday in 2027', () => {
    expect(cal.addWorkingDays('2027-01-01', 1)).toBe('2027-01-04');
    expect(cal.addWorkingDays('2027-01-01', 5)).toBe('2027-01-08');
    expect(cal.addWorkingDays('2026-12-31', 261)).toBe('2027-12-31');
  });

  it('is consistent with workingDaysBetween for random (from, n) in 2024–2026', () => {
    const rand = seededRandom(2026);
    const lo = toDayNumber('2024-01-01');
    const span = toDayNumber('2026-12-31') - lo + 1;
    for (let i = 0; i < 5000; i++) {
      const from = fromDayNumber(lo + Math.floor(rand() * span));
      const n = i % 10 === 0 ? Math.floor(rand() * 800) : Math.floor(rand() * 40);
      const due = cal.addWorkingDays(from, n);
      expect(cal.workingDaysBetween(from, due), `${from} + ${n}`).toBe(n);
      if (n > 0) {
        expect(cal.isWorkingDay(due), `${from} + ${n} = ${due}`).toBe(true);
      }
    }
  });
});

describe('invalid input', () => {
  it('throws RangeError on invalid dates', () => {
    expect(() => cal.isWorkingDay('2026-02-30')).toThrow(RangeError);
    expect(() => cal.isWorkingDay('2026-2-3')).toThrow(RangeError);
    expect(() => cal.workingDaysBetween('2026-09-30', '2026-10-32')).toThrow(RangeError);
    // Validated even when the range is empty, so bad data never passes silently.
    expect(() => cal.workingDaysBetween('2026-13-01', '2026-01-01')).toThrow(RangeError);
    expect(() => cal.addWorkingDays('2025-02-29', 1)).toThrow(RangeError);
    expect(() => cal.addWorkingDays('2025-02-29', 0)).toThrow(RangeError);
  });

  it('throws RangeError on a negative or fractional count', () => {
    expect(() => cal.addWorkingDays('2026-10-08', -1)).toThrow(RangeError);
    expect(() => cal.addWorkingDays('2026-10-08', 1.5)).toThrow(RangeError);
    expect(() => cal.addWorkingDays('2026-10-08', Number.NaN)).toThrow(RangeError);
  });

  it('throws RangeError when the result would pass 9999-12-31', () => {
    expect(cal.addWorkingDays('9999-12-30', 1)).toBe('9999-12-31'); // a Friday
    expect(() => cal.addWorkingDays('9999-12-31', 1)).toThrow(RangeError);
  });

  it('throws RangeError on invalid overrides', () => {
    expect(() => createWorkCalendar([{ date: '2026-02-30', kind: 'holiday' }])).toThrow(RangeError);
    expect(() => createWorkCalendar([{ date: '2026-10-01', kind: 'off' as never }])).toThrow(RangeError);
  });

  it('lets a later override for the same date win', () => {
    const c = createWorkCalendar([
      { date: '2026-10-01', kind: 'holiday' },
      { date: '2026-10-01', kind: 'workday' },
    ]);
    expect(c.isWorkingDay('2026-10-01')).toBe(true);
    expect(c.workingDaysBetween('2026-09-30', '2026-10-01')).toBe(1);
  });
});
