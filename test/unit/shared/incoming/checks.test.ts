import { describe, it, expect } from 'vitest';
import data from 'chinese-days/dist/chinese-days.json';
import { createWorkCalendar, type CalendarOverride } from '../../../../shared/calendar/workdays';
import { dayOfWeek } from '../../../../shared/dates';
import {
  checkDates,
  checkSecrecy,
  SUBMISSION_LIMIT_WORKING_DAYS,
  submissionDelay,
} from '../../../../shared/incoming/checks';

const holidays: Record<string, string> = data.holidays;
const workdays: Record<string, string> = data.workdays;
const cal = createWorkCalendar([
  ...Object.keys(holidays).map((date): CalendarOverride => ({ date, kind: 'holiday' })),
  ...Object.keys(workdays).map((date): CalendarOverride => ({ date, kind: 'workday' })),
]);
// Monday–Friday only, to show where 调休 changes the answer.
const plainWeeks = createWorkCalendar([]);

describe('checkSecrecy (R4)', () => {
  it('accepts a 非密 item with neither 保密期限 nor 份号', () => {
    expect(checkSecrecy({ level: 'none', periodMonths: null, copies: 1, copyNumbers: null })).toEqual({});
    expect(checkSecrecy({ level: 'none', periodMonths: undefined, copies: 3, copyNumbers: [] })).toEqual({});
    expect(checkSecrecy({ level: 'none', periodMonths: null, copies: 3, copyNumbers: '  ' })).toEqual({});
  });

  it('refuses 保密期限 and 份号 on a 非密 item', () => {
    expect(checkSecrecy({ level: 'none', periodMonths: 120, copies: 2, copyNumbers: [1, 2] })).toEqual({
      secrecyPeriodMonths: '非密文件不填保密期限',
      copyNumbers: '非密文件不登记份号',
    });
    expect(checkSecrecy({ level: 'none', periodMonths: null, copies: 2, copyNumbers: '1-2' })).toEqual({
      copyNumbers: '非密文件不登记份号',
    });
    // Whatever was typed, the answer for 非密 is "leave it empty", not a parse error.
    expect(checkSecrecy({ level: 'none', periodMonths: null, copies: 2, copyNumbers: 'abc' })).toEqual({
      copyNumbers: '非密文件不登记份号',
    });
  });

  it('accepts each classified level up to its maximum, with one 份号 per copy', () => {
    expect(checkSecrecy({ level: 'secret', periodMonths: 120, copies: 3, copyNumbers: [1, 2, 3] })).toEqual({});
    expect(checkSecrecy({ level: 'secret', periodMonths: 6, copies: 1, copyNumbers: [42] })).toEqual({});
    expect(checkSecrecy({ level: 'confidential', periodMonths: 240, copies: 2, copyNumbers: [7, 9] })).toEqual({});
    expect(checkSecrecy({ level: 'topSecret', periodMonths: 360, copies: 1, copyNumbers: [1] })).toEqual({});
    expect(checkSecrecy({ level: 'topSecret', periodMonths: 1, copies: 1, copyNumbers: '000005' })).toEqual({});
    expect(
      checkSecrecy({ level: 'secret', periodMonths: 18, copies: 6, copyNumbers: '000001-000005、000007' }),
    ).toEqual({});
  });

  it('requires a 保密期限 within the maximum of the level', () => {
    const base = { copies: 1, copyNumbers: [1] };
    expect(checkSecrecy({ ...base, level: 'secret', periodMonths: null })).toEqual({
      secrecyPeriodMonths: '秘密文件须填写保密期限（最长10年）',
    });
    expect(checkSecrecy({ ...base, level: 'topSecret', periodMonths: undefined })).toEqual({
      secrecyPeriodMonths: '绝密文件须填写保密期限（最长30年）',
    });
    expect(checkSecrecy({ ...base, level: 'secret', periodMonths: 121 })).toEqual({
      secrecyPeriodMonths: '秘密文件的保密期限不能超过10年',
    });
    expect(checkSecrecy({ ...base, level: 'confidential', periodMonths: 241 })).toEqual({
      secrecyPeriodMonths: '机密文件的保密期限不能超过20年',
    });
    expect(checkSecrecy({ ...base, level: 'topSecret', periodMonths: 361 })).toEqual({
      secrecyPeriodMonths: '绝密文件的保密期限不能超过30年',
    });
    for (const bad of [0, -12, 6.5, Number.NaN]) {
      expect(checkSecrecy({ ...base, level: 'confidential', periodMonths: bad }), String(bad)).toEqual({
        secrecyPeriodMonths: '保密期限应为正整数个月',
      });
    }
  });

  it('requires exactly as many distinct 份号 as copies', () => {
    const base = { level: 'secret' as const, periodMonths: 120 };
    for (const none of [null, undefined, [], '']) {
      expect(checkSecrecy({ ...base, copies: 2, copyNumbers: none }), JSON.stringify(none)).toEqual({
        copyNumbers: '秘密文件须逐份登记份号',
      });
    }
    expect(checkSecrecy({ ...base, copies: 3, copyNumbers: [1, 2] })).toEqual({
      copyNumbers: '登记了2个份号，与份数3份不符',
    });
    expect(checkSecrecy({ ...base, copies: 1, copyNumbers: '1-2' })).toEqual({
      copyNumbers: '登记了2个份号，与份数1份不符',
    });
    expect(checkSecrecy({ ...base, copies: 3, copyNumbers: [1, 1, 2] })).toEqual({ copyNumbers: '份号000001重复' });
    expect(checkSecrecy({ ...base, copies: 3, copyNumbers: '1-2、2' })).toEqual({ copyNumbers: '份号000002重复' });
    expect(checkSecrecy({ ...base, copies: 1, copyNumbers: [0] })).toEqual({
      copyNumbers: '份号应为1至999999之间的整数',
    });
    expect(checkSecrecy({ ...base, copies: 1, copyNumbers: [1_000_000] })).toEqual({
      copyNumbers: '份号应为1至999999之间的整数',
    });
    expect(checkSecrecy({ ...base, copies: 5, copyNumbers: '5-1' })).toEqual({
      copyNumbers: '范围“5-1”起止颠倒，应写作1-5',
    });
  });

  it('leaves an invalid 份数 to its own field and still checks the 份号 themselves', () => {
    expect(checkSecrecy({ level: 'secret', periodMonths: 120, copies: 0, copyNumbers: [1] })).toEqual({});
    expect(checkSecrecy({ level: 'secret', periodMonths: 120, copies: 0, copyNumbers: [1, 1] })).toEqual({
      copyNumbers: '份号000001重复',
    });
  });

  it('reports both fields at once', () => {
    expect(checkSecrecy({ level: 'confidential', periodMonths: null, copies: 2, copyNumbers: null })).toEqual({
      secrecyPeriodMonths: '机密文件须填写保密期限（最长20年）',
      copyNumbers: '机密文件须逐份登记份号',
    });
  });
});

describe('checkDates (R5)', () => {
  it('accepts 成文日期 ≤ 报送日期 ≤ 收文日期, equal dates included', () => {
    expect(checkDates({ receivedDate: '2026-03-05', writtenDate: '2026-03-01', submittedDate: '2026-03-04' })).toEqual({});
    expect(checkDates({ receivedDate: '2026-03-05', writtenDate: '2026-03-05', submittedDate: '2026-03-05' })).toEqual({});
    expect(checkDates({ receivedDate: '2026-01-04', writtenDate: '2025-12-31', submittedDate: '2026-01-04' })).toEqual({});
  });

  it('accepts missing 成文日期 and 报送日期', () => {
    expect(checkDates({ receivedDate: '2026-03-05' })).toEqual({});
    expect(checkDates({ receivedDate: '2026-03-05', writtenDate: null, submittedDate: '' })).toEqual({});
    expect(checkDates({ receivedDate: '2026-03-05', submittedDate: '2026-03-05' })).toEqual({});
  });

  it('refuses a 成文日期 after the 收文日期', () => {
    expect(checkDates({ receivedDate: '2026-03-05', writtenDate: '2026-03-06' })).toEqual({
      writtenDate: '成文日期（2026年3月6日）不能晚于收文日期（2026年3月5日）',
    });
    expect(checkDates({ receivedDate: '2025-12-31', writtenDate: '2026-01-01' })).toEqual({
      writtenDate: '成文日期（2026年1月1日）不能晚于收文日期（2025年12月31日）',
    });
  });

  it('refuses a 报送日期 before the 成文日期 or after the 收文日期', () => {
    expect(checkDates({ receivedDate: '2026-03-05', writtenDate: '2026-03-02', submittedDate: '2026-03-01' })).toEqual({
      submittedDate: '报送日期（2026年3月1日）不能早于成文日期（2026年3月2日）',
    });
    expect(checkDates({ receivedDate: '2026-03-05', writtenDate: '2026-03-02', submittedDate: '2026-03-06' })).toEqual({
      submittedDate: '报送日期（2026年3月6日）不能晚于收文日期（2026年3月5日）',
    });
    expect(checkDates({ receivedDate: '2026-03-05', submittedDate: '2026-03-06' })).toEqual({
      submittedDate: '报送日期（2026年3月6日）不能晚于收文日期（2026年3月5日）',
    });
  });

  it('reports both fields when the 成文日期 is after everything', () => {
    expect(checkDates({ receivedDate: '2026-03-05', writtenDate: '2026-03-10', submittedDate: '2026-03-04' })).toEqual({
      writtenDate: '成文日期（2026年3月10日）不能晚于收文日期（2026年3月5日）',
      submittedDate: '报送日期（2026年3月4日）不能早于成文日期（2026年3月10日）',
    });
  });

  it('uses the date part of a 收文日期时间', () => {
    expect(checkDates({ receivedDate: '2026-03-05T23:59', writtenDate: '2026-03-05' })).toEqual({});
    expect(checkDates({ receivedDate: '2026-03-05 08:30:00', writtenDate: '2026-03-06' })).toEqual({
      writtenDate: '成文日期（2026年3月6日）不能晚于收文日期（2026年3月5日）',
    });
  });

  it('names invalid dates instead of throwing', () => {
    expect(checkDates({ receivedDate: '2026-03-05', writtenDate: '2026-02-30', submittedDate: '2026-03-01' })).toEqual({
      writtenDate: '成文日期不是有效的日期',
    });
    expect(checkDates({ receivedDate: 'yesterday', writtenDate: '2026-03-06' })).toEqual({
      receivedDate: '收文日期不是有效的日期',
    });
    expect(checkDates({ receivedDate: '2026-03-05', submittedDate: '2026/03/01' })).toEqual({
      submittedDate: '报送日期不是有效的日期',
    });
  });
});

describe('submissionDelay (R6, 退文 reason 11)', () => {
  it('uses 15 working days as the limit', () => {
    expect(SUBMISSION_LIMIT_WORKING_DAYS).toBe(15);
  });

  // Written Fri 2026-09-18, across 中秋 and 国庆 2026 (count = working days after 09-18):
  //   09-20 Sun 班 1 · 09-21..24 Mon–Thu 2–5 · 09-25..27 中秋 off · 09-28..30 6–8 ·
  //   10-01..07 国庆 off · 10-08 Thu 9 · 10-09 Fri 10 · 10-10 Sat 班 11 · 10-11 Sun off ·
  //   10-12..15 Mon–Thu 12–15 · 10-16 Fri 16.
  it('counts across 中秋 and 国庆 with both make-up Sundays and Saturdays', () => {
    expect(dayOfWeek('2026-09-18')).toBe(5);
    expect(submissionDelay(cal, '2026-09-18', '2026-09-20')).toMatchObject({ workingDays: 1, exceeds: false });
    expect(submissionDelay(cal, '2026-09-18', '2026-09-30')).toMatchObject({ workingDays: 8, exceeds: false });
    expect(submissionDelay(cal, '2026-09-18', '2026-10-07')).toMatchObject({ workingDays: 8, exceeds: false });
    expect(submissionDelay(cal, '2026-09-18', '2026-10-11')).toMatchObject({ workingDays: 11, exceeds: false });
    expect(submissionDelay(cal, '2026-09-18', '2026-10-15')).toEqual({
      workingDays: 15,
      exceeds: false,
      lastOnTimeDate: '2026-10-15',
    });
    expect(submissionDelay(cal, '2026-09-18', '2026-10-16')).toEqual({
      workingDays: 16,
      exceeds: true,
      lastOnTimeDate: '2026-10-15',
    });
    // Without 调休 the same span looks late a week earlier: 09-21..10-09 is 15 weekdays.
    expect(submissionDelay(plainWeeks, '2026-09-18', '2026-10-09').workingDays).toBe(15);
    expect(submissionDelay(plainWeeks, '2026-09-18', '2026-10-15').exceeds).toBe(true);
  });

  // Written Fri 2026-02-06, across 春节 2026:
  //   02-09..13 Mon–Fri 1–5 · 02-14 Sat 班 6 · 02-15..23 春节 off · 02-24..27 Tue–Fri 7–10 ·
  //   02-28 Sat 班 11 · 03-01 Sun off · 03-02..05 Mon–Thu 12–15 · 03-06 Fri 16.
  it('counts across 春节 (27 calendar days are still only 15 working days)', () => {
    expect(submissionDelay(cal, '2026-02-06', '2026-02-23')).toMatchObject({ workingDays: 6 });
    expect(submissionDelay(cal, '2026-02-06', '2026-02-28')).toMatchObject({ workingDays: 11 });
    expect(submissionDelay(cal, '2026-02-06', '2026-03-05')).toEqual({
      workingDays: 15,
      exceeds: false,
      lastOnTimeDate: '2026-03-05',
    });
    expect(submissionDelay(cal, '2026-02-06', '2026-03-06')).toEqual({
      workingDays: 16,
      exceeds: true,
      lastOnTimeDate: '2026-03-05',
    });
  });

  // Written Wed 2025-12-24, across the year end and 元旦 2026:
  //   12-25 Thu 1 · 12-26 Fri 2 · 12-29..31 Mon–Wed 3–5 · 01-01..03 元旦 off · 01-04 Sun 班 6 ·
  //   01-05..09 Mon–Fri 7–11 · 01-12..15 Mon–Thu 12–15 · 01-16 Fri 16.
  it('counts across the year end', () => {
    expect(submissionDelay(cal, '2025-12-24', '2026-01-04')).toMatchObject({ workingDays: 6 });
    expect(submissionDelay(cal, '2025-12-24', '2026-01-15')).toMatchObject({ workingDays: 15, exceeds: false });
    expect(submissionDelay(cal, '2025-12-24', '2026-01-16')).toMatchObject({ workingDays: 16, exceeds: true });
    expect(submissionDelay(cal, '2025-12-24', '2026-01-16').lastOnTimeDate).toBe('2026-01-15');
  });

  it('does not count the 成文日期 itself, days off, or a 报送日期 that is not later', () => {
    expect(submissionDelay(cal, '2026-03-05', '2026-03-05')).toMatchObject({ workingDays: 0, exceeds: false });
    expect(submissionDelay(cal, '2026-03-05', '2026-03-01')).toMatchObject({ workingDays: 0, exceeds: false });
    // Written on a holiday, submitted on the last holiday / the first working day after.
    expect(submissionDelay(cal, '2026-10-03', '2026-10-07')).toMatchObject({ workingDays: 0 });
    expect(submissionDelay(cal, '2026-10-03', '2026-10-08')).toMatchObject({ workingDays: 1 });
    // Written on a make-up Saturday: the Sunday after it is off.
    expect(submissionDelay(cal, '2026-10-10', '2026-10-12')).toMatchObject({ workingDays: 1 });
    // Written on 国庆 day 1: 10-08 Thu 1 · 10-09 Fri 2 · 10-10 Sat 班 3 · 10-12..16 4–8 ·
    // 10-19..23 9–13 · 10-26 Mon 14 · 10-27 Tue 15.
    expect(submissionDelay(cal, '2026-10-01', '2026-10-01').lastOnTimeDate).toBe('2026-10-27');
    expect(submissionDelay(cal, '2026-10-01', '2026-10-27')).toMatchObject({ workingDays: 15, exceeds: false });
    expect(submissionDelay(cal, '2026-10-01', '2026-10-28')).toMatchObject({ workingDays: 16, exceeds: true });
  });

  it('throws on an invalid date, which checkDates reports first', () => {
    expect(() => submissionDelay(cal, '2026-02-30', '2026-03-01')).toThrow(RangeError);
  });
});
