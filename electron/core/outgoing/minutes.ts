import { addDays, nowInShanghai, shanghaiInstant, todayInShanghai } from '../../../shared/dates';
import type { MinutesDeadline } from '../../../shared/outgoing/api';
import type { WorkCalendar } from '../../../shared/calendar/workdays';
import type { RowOf } from '../db/write-path';

/**
 * R19, work rules art. 七:
 *
 *   县政府常务会议纪要坚持36小时出会议纪要送审终稿制度，其他会议纪要2天以内完成起草、会签、会审、
 *   审核等工作，在会后5个工作日内印发。
 *
 * How the register reads it:
 * - 送审终稿 of a 常务会议 is due 36 hours after the meeting's start. It is done
 *   when 核稿 is recorded: 核稿 is the secretariat's check that turns the draft
 *   into the final text sent up for 审核 (the register requires it before any
 *   审核 or 签发), so its date is the day the final draft went for review. Steps
 *   carry dates, not times: a 核稿 on the deadline's day counts as on time.
 * - Other minutes: drafted within 2 days — calendar days, since the same
 *   sentence says 工作日 where it means them — counted from the meeting date;
 *   "drafted" is the 拟稿日期 the document was registered with. Issued (印发日期)
 *   within 5 working days after the meeting date, on the office's 调休 calendar.
 * Deadlines are derived on every read, never stored.
 */
export const STANDING_FINAL_DRAFT_HOURS = 36;
const HOUR_MS = 3_600_000;

/** 'YYYY-MM-DDTHH:mm' Asia/Shanghai (no daylight saving) → instant. */
export const meetingInstant = shanghaiInstant;
const shanghaiMinute = (ms: number) => nowInShanghai(new Date(ms)).replace('T', ' ');

function dayStatus(due: string, doneDate: string | null, today: string, calendar: WorkCalendar): MinutesDeadline['status'] {
  if (doneDate) return doneDate <= due ? 'done' : 'late';
  if (today > due) return 'overdue';
  // Due soon: today or by the next working day (a Friday sees Monday's deadline).
  return due <= calendar.addWorkingDays(today, 1) ? 'dueSoon' : 'open';
}

export function minutesDeadlines(
  row: Pick<RowOf<'outgoing'>, 'meetingType' | 'meetingAt' | 'draftDate' | 'reviewDate' | 'printedDate'>,
  now: Date,
  calendar: WorkCalendar,
): MinutesDeadline[] {
  if (!row.meetingType || !row.meetingAt) return [];
  const today = todayInShanghai(now);
  const meetingDate = row.meetingAt.slice(0, 10);
  if (row.meetingType === 'standing') {
    const dueMs = meetingInstant(row.meetingAt) + STANDING_FINAL_DRAFT_HOURS * HOUR_MS;
    const due = shanghaiMinute(dueMs);
    const done = row.reviewDate;
    const status = done
      ? done <= due.slice(0, 10)
        ? 'done'
        : 'late'
      : now.getTime() > dueMs
        ? 'overdue'
        : now.getTime() >= dueMs - 24 * HOUR_MS
          ? 'dueSoon'
          : 'open';
    return [{ step: 'finalDraft', label: '送审终稿', due, doneDate: done, status }];
  }
  const drafted = addDays(meetingDate, 2);
  const issued = calendar.addWorkingDays(meetingDate, 5);
  return [
    { step: 'drafted', label: '完成起草', due: drafted, doneDate: row.draftDate, status: dayStatus(drafted, row.draftDate, today, calendar) },
    { step: 'issued', label: '印发', due: issued, doneDate: row.printedDate, status: dayStatus(issued, row.printedDate, today, calendar) },
  ];
}
