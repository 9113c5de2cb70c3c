/**
 * Rules R4, R5 and R6 of domain.md as pure functions, so the core (which enforces
 * them) and the form (which shows them beside the fields) say exactly the same.
 * Each check returns a field → Chinese message record, empty when all is well.
 */
import type { WorkCalendar } from '../calendar/workdays';
import { formatChineseDate, isValidDate, toDayNumber } from '../dates';
import { formatCopyNumber, MAX_COPY_NUMBER, parseCopyNumbers } from './copy-numbers';
import { formatSecrecyPeriod, SECRECY_LEVEL_LABELS, SECRECY_PERIODS, type SecrecyLevel } from './vocabulary';

// ---------------------------------------------------------------------------
// R4: 密级 ≠ 非密 needs 保密期限 (≤ the level's maximum) and one 份号 per copy.

export type SecrecyField = 'secrecyPeriodMonths' | 'copyNumbers';

export interface SecrecyInput {
  level: SecrecyLevel;
  /** 保密期限 in months; null/undefined when not given. */
  periodMonths: number | null | undefined;
  /** 份数: how many copies were received. */
  copies: number;
  /** 份号 as numbers (core) or as typed in the form (parsed with parseCopyNumbers). */
  copyNumbers: readonly number[] | string | null | undefined;
}

function copyNumbersOf(value: SecrecyInput['copyNumbers']): readonly number[] | string {
  if (value == null) return [];
  if (typeof value === 'string') return value.trim() === '' ? [] : parseCopyNumbers(value);
  return value;
}

function checkCopyList(numbers: readonly number[], copies: number): string | null {
  const seen = new Set<number>();
  for (const n of numbers) {
    if (!Number.isInteger(n) || n < 1 || n > MAX_COPY_NUMBER) return `份号应为1至${MAX_COPY_NUMBER}之间的整数`;
    if (seen.has(n)) return `份号${formatCopyNumber(n)}重复`;
    seen.add(n);
  }
  if (Number.isInteger(copies) && copies >= 1 && numbers.length !== copies) {
    return `登记了${numbers.length}个份号，与份数${copies}份不符`;
  }
  return null;
}

export function checkSecrecy(input: SecrecyInput): Partial<Record<SecrecyField, string>> {
  const errors: Partial<Record<SecrecyField, string>> = {};
  const { level, periodMonths } = input;
  const numbers = copyNumbersOf(input.copyNumbers);

  if (level === 'none') {
    if (periodMonths != null) errors.secrecyPeriodMonths = '非密文件不填保密期限';
    if (typeof numbers === 'string' || numbers.length > 0) errors.copyNumbers = '非密文件不登记份号';
    return errors;
  }

  const label = SECRECY_LEVEL_LABELS[level];
  const { maxMonths } = SECRECY_PERIODS[level];
  const max = formatSecrecyPeriod(maxMonths);
  if (periodMonths == null) {
    errors.secrecyPeriodMonths = `${label}文件须填写保密期限（最长${max}）`;
  } else if (!Number.isInteger(periodMonths) || periodMonths < 1) {
    errors.secrecyPeriodMonths = '保密期限应为正整数个月';
  } else if (periodMonths > maxMonths) {
    errors.secrecyPeriodMonths = `${label}文件的保密期限不能超过${max}`;
  }

  if (typeof numbers === 'string') {
    errors.copyNumbers = numbers;
  } else if (numbers.length === 0) {
    errors.copyNumbers = `${label}文件须逐份登记份号`;
  } else {
    const problem = checkCopyList(numbers, input.copies);
    if (problem) errors.copyNumbers = problem;
  }
  return errors;
}

// ---------------------------------------------------------------------------
// R5: 成文日期 ≤ 报送日期 ≤ 收文日期.

export type DateField = 'receivedDate' | 'writtenDate' | 'submittedDate';

export interface DatesInput {
  /** 收文日期; the date part of a 收文日期时间 ('2026-03-05T09:30') is used. */
  receivedDate: string;
  /** 成文日期; may be missing when the paper shows none. */
  writtenDate?: string | null;
  /** 报送日期; may be missing. */
  submittedDate?: string | null;
}

function datePart(value: string | null | undefined): string | null {
  if (value == null || value === '') return null;
  return value.length > 10 && (value[10] === 'T' || value[10] === ' ') ? value.slice(0, 10) : value;
}

const DATE_NAMES: Record<DateField, string> = {
  receivedDate: '收文日期',
  writtenDate: '成文日期',
  submittedDate: '报送日期',
};

export function checkDates(input: DatesInput): Partial<Record<DateField, string>> {
  const errors: Partial<Record<DateField, string>> = {};
  const dates: Partial<Record<DateField, string>> = {};
  for (const field of ['receivedDate', 'writtenDate', 'submittedDate'] as const) {
    const value = datePart(input[field]);
    if (value === null) continue;
    if (isValidDate(value)) dates[field] = value;
    else errors[field] = `${DATE_NAMES[field]}不是有效的日期`;
  }
  const { receivedDate: received, writtenDate: written, submittedDate: submitted } = dates;
  const day = (d: string) => toDayNumber(d);
  const show = (field: DateField, d: string) => `${DATE_NAMES[field]}（${formatChineseDate(d)}）`;

  if (written && received && day(written) > day(received)) {
    errors.writtenDate = `${show('writtenDate', written)}不能晚于${show('receivedDate', received)}`;
  }
  // One message per field: "before 成文日期" is named first because it is the
  // mistake that also makes reason 11 meaningless.
  if (submitted && written && day(submitted) < day(written)) {
    errors.submittedDate = `${show('submittedDate', submitted)}不能早于${show('writtenDate', written)}`;
  } else if (submitted && received && day(submitted) > day(received)) {
    errors.submittedDate = `${show('submittedDate', submitted)}不能晚于${show('receivedDate', received)}`;
  }
  return errors;
}

// ---------------------------------------------------------------------------
// R6: 退文 reason 11, 报送日期超过成文日期15个工作日以上.
//
// Boundary decision: exactly 15 working days is NOT late; 16 or more is.
// The wording stacks two words that disagree at the boundary: 超过 excludes the
// number and 以上 includes it (民法典 art. 1259: 以上 includes, 超过 does not).
// The governing verb is 超过 ("the gap exceeds 15 working days"), and a 退文 is a
// sanction on the sender, so the doubt goes the sender's way: the 15th working
// day after 成文日期 is the last on-time 报送日期.

export const SUBMISSION_LIMIT_WORKING_DAYS = 15;

export interface SubmissionDelay {
  /** Working days after 成文日期 up to and including 报送日期 (0 if 报送日期 is not later). */
  workingDays: number;
  /** workingDays > 15: reason 11 applies. */
  exceeds: boolean;
  /** The last 报送日期 that is still on time: the 15th working day after 成文日期. */
  lastOnTimeDate: string;
}

/** Throws RangeError on an invalid date (check with checkDates first). */
export function submissionDelay(
  calendar: Pick<WorkCalendar, 'workingDaysBetween' | 'addWorkingDays'>,
  writtenDate: string,
  submittedDate: string,
): SubmissionDelay {
  const workingDays = calendar.workingDaysBetween(writtenDate, submittedDate);
  return {
    workingDays,
    exceeds: workingDays > SUBMISSION_LIMIT_WORKING_DAYS,
    lastOnTimeDate: calendar.addWorkingDays(writtenDate, SUBMISSION_LIMIT_WORKING_DAYS),
  };
}
