import { todayInShanghai } from '../../../shared/dates';
import type { WorkCalendar } from '../../../shared/calendar/workdays';
import type { Assignment, AssignmentRole, Instruction, IncomingRecord, Urge } from '../../../shared/incoming/api';
import type { CallContext } from '../api/context';
import { loadWorkCalendar } from '../calendar/work-calendar';
import { prepared } from '../db/statements';
import type { RowOf } from '../db/write-path';
import { refuse } from '../api/errors';
import { seesClassifiedTitles, toRecord } from './view';

export function mustGet(ctx: CallContext, id: string): RowOf<'incoming'> {
  const row = ctx.get('incoming', id);
  if (!row || row.deletedAt) throw refuse('NOT_FOUND', '找不到这份收文，可能已被删除，请刷新。');
  return row;
}

/** Days an open assignment counts as "due soon" before its deadline (working days). */
const DUE_SOON_WORKING_DAYS = 3;

/** R9: overdue and due-soon are read off the deadline and today's date, never stored. */
export function deadlineState(a: Pick<RowOf<'assignments'>, 'deadline' | 'doneDate'>, today: string, calendar: WorkCalendar) {
  if (a.doneDate) return { overdue: false, dueSoon: false };
  if (today > a.deadline) return { overdue: true, dueSoon: false };
  return { overdue: false, dueSoon: a.deadline <= calendar.addWorkingDays(today, DUE_SOON_WORKING_DAYS) };
}

export function toAssignment(ctx: CallContext, a: RowOf<'assignments'>, today: string, calendar: WorkCalendar): Assignment {
  const urges = prepared(
    ctx.sqlite,
    'SELECT id, date, how, whom, result FROM assignment_urges WHERE assignment_id = ? AND deleted_at IS NULL ORDER BY date, created_at',
  ).all(a.id) as Urge[];
  return {
    id: a.id,
    incomingId: a.incomingId,
    unitId: a.unitId,
    unitName: a.unitName,
    role: a.role as AssignmentRole,
    assignedDate: a.assignedDate,
    deadline: a.deadline,
    feedback: a.feedback,
    doneDate: a.doneDate,
    urges,
    ...deadlineState(a, today, calendar),
  };
}

export function assignmentsOf(ctx: CallContext, incomingId: string): RowOf<'assignments'>[] {
  const ids = prepared(
    ctx.sqlite,
    "SELECT id FROM assignments WHERE incoming_id = ? AND deleted_at IS NULL ORDER BY CASE role WHEN 'host' THEN 0 ELSE 1 END, created_at",
  ).all(incomingId) as { id: string }[];
  return ids.map(({ id }) => ctx.get('assignments', id)!);
}

function instructionsOf(ctx: CallContext, incomingId: string): Instruction[] {
  const rows = prepared(
    ctx.sqlite,
    'SELECT id, leader_id AS leaderId, leader_name AS leaderName, text, date, late FROM incoming_instructions WHERE incoming_id = ? AND deleted_at IS NULL ORDER BY date, created_at',
  ).all(incomingId) as (Omit<Instruction, 'late'> & { late: number })[];
  return rows.map((r) => ({ ...r, late: r.late === 1 }));
}

/** The whole record as the record view shows it: fields, 批示, 交办 with 催办, and resubmissions. */
export function recordOf(ctx: CallContext, row: RowOf<'incoming'>): IncomingRecord {
  const today = todayInShanghai(ctx.now);
  const calendar = loadWorkCalendar(ctx.sqlite);
  const resubmittedAs = prepared(
    ctx.sqlite,
    'SELECT id, receipt_no AS receiptNo FROM incoming WHERE resubmission_of = ? AND deleted_at IS NULL ORDER BY fts_rowid',
  ).all(row.id) as { id: string; receiptNo: string }[];
  return {
    ...toRecord(row, seesClassifiedTitles(ctx), resubmittedAs),
    assignedFirst: row.assignedFirst,
    instructions: instructionsOf(ctx, row.id),
    assignments: assignmentsOf(ctx, row.id).map((a) => toAssignment(ctx, a, today, calendar)),
  };
}
