import { todayInShanghai } from '../../../shared/dates';
import { canTransition, recordInstruction, type IncomingState, type TransitionContext } from '../../../shared/incoming/states';
import type { IncomingClass, Urgency } from '../../../shared/incoming/vocabulary';
import type { CallContext } from '../api/context';
import type { Handlers } from '../api/dispatcher';
import { invalid, refuse } from '../api/errors';
import { loadWorkCalendar } from '../calendar/work-calendar';
import type { RowOf } from '../db/write-path';
import { uuidv7 } from '../ids';
import { assignmentsOf, mustGet, recordOf, toAssignment } from './detail';

const transitionContext = (row: RowOf<'incoming'>, assignFirst = false): TransitionContext => ({
  incomingClass: row.incomingClass as IncomingClass,
  urgency: row.urgency as Urgency,
  urgentMatter: row.assignedFirst || assignFirst,
});

/** Moves a record along the state machine of shared/incoming/states, or refuses with its reason. */
function moveTo(ctx: CallContext, row: RowOf<'incoming'>, to: IncomingState, patch: Partial<RowOf<'incoming'>> = {}, assignFirst = false) {
  const allowed = canTransition(row.state as IncomingState, to, transitionContext(row, assignFirst));
  if (allowed !== true) throw refuse('CONFLICT', `${allowed}。`);
  return ctx.update('incoming', row.id, { ...patch, state: to, updatedAt: ctx.at });
}

function mustGetAssignment(ctx: CallContext, id: string): RowOf<'assignments'> {
  const row = ctx.get('assignments', id);
  if (!row || row.deletedAt) throw refuse('NOT_FOUND', '找不到这条交办记录，请刷新。');
  return row;
}

function liveUnit(ctx: CallContext, id: string, field: string) {
  const unit = ctx.get('units', id);
  if (!unit || unit.deletedAt || unit.disabled) throw invalid(field, '承办单位须从单位名录中选择（不能是已停用的单位）');
  return unit;
}

const assignmentView = (ctx: CallContext, a: RowOf<'assignments'>) =>
  toAssignment(ctx, a, todayInShanghai(ctx.now), loadWorkCalendar(ctx.sqlite));

export const workflowHandlers: Pick<
  Handlers,
  | 'incoming.propose'
  | 'incoming.submit'
  | 'incoming.instruct'
  | 'incoming.assign'
  | 'incoming.urge'
  | 'incoming.feedback'
  | 'incoming.complete'
> = {
  'incoming.propose': (ctx, input) => {
    const row = mustGet(ctx, input.id);
    if (input.proposedDate < row.receivedDate) throw invalid('proposedDate', '拟办日期不能早于收文日期');
    const next = moveTo(ctx, row, 'proposed', {
      proposal: input.proposal,
      proposedBy: input.proposedBy,
      proposedDate: input.proposedDate,
    });
    return recordOf(ctx, next);
  },

  'incoming.submit': (ctx, { id }) => recordOf(ctx, moveTo(ctx, mustGet(ctx, id), 'submitted')),

  'incoming.instruct': (ctx, input) => {
    const row = mustGet(ctx, input.id);
    const leader = ctx.get('people', input.leaderId);
    if (!leader || leader.deletedAt) throw invalid('leaderId', '批示领导须从人员名录中选择');
    if (input.date < row.receivedDate) throw invalid('date', '批示日期不能早于收文日期');
    const outcome = recordInstruction(row.state as IncomingState, transitionContext(row));
    if (typeof outcome === 'string') throw refuse('CONFLICT', `${outcome}。`);
    ctx.insert('incomingInstructions', {
      id: uuidv7(ctx.now.getTime()),
      incomingId: row.id,
      leaderId: leader.id,
      leaderName: leader.name,
      text: input.text,
      date: input.date,
      late: outcome.lateSignature,
      createdAt: ctx.at,
      updatedAt: ctx.at,
    });
    const next = outcome.state === row.state ? row : ctx.update('incoming', row.id, { state: outcome.state, updatedAt: ctx.at });
    return recordOf(ctx, next);
  },

  'incoming.assign': (ctx, input) => {
    const row = mustGet(ctx, input.id);
    if (input.assignedDate < row.receivedDate) throw invalid('assignedDate', '交办日期不能早于收文日期');
    const host = liveUnit(ctx, input.hostUnitId, 'hostUnitId');
    const assistIds = [...new Set(input.assistUnitIds)];
    if (assistIds.includes(host.id)) throw invalid('assistUnitIds', '主办单位不能同时是协办单位');
    const assists = assistIds.map((id) => liveUnit(ctx, id, 'assistUnitIds'));
    const deadline =
      'date' in input.deadline ? input.deadline.date : loadWorkCalendar(ctx.sqlite).addWorkingDays(input.assignedDate, input.deadline.workingDays);
    if (deadline < input.assignedDate) throw invalid('deadline', '办理时限不能早于交办日期');
    // 先行交办 only matters when the leader has not signed yet.
    const first = input.assignFirst && row.state !== 'instructed';
    const next = moveTo(ctx, row, 'assigned', first ? { assignedFirst: true } : {}, first);
    for (const [unit, role] of [[host, 'host'] as const, ...assists.map((u) => [u, 'assist'] as const)]) {
      ctx.insert('assignments', {
        id: uuidv7(ctx.now.getTime()),
        incomingId: row.id,
        unitId: unit.id,
        unitName: unit.fullName,
        role,
        assignedDate: input.assignedDate,
        deadline,
        feedback: '',
        createdAt: ctx.at,
        updatedAt: ctx.at,
      });
    }
    return recordOf(ctx, next);
  },

  'incoming.urge': (ctx, input) => {
    const a = mustGetAssignment(ctx, input.assignmentId);
    if (a.doneDate) throw refuse('CONFLICT', `${a.unitName}已于 ${a.doneDate} 办结，无需催办。`);
    if (input.date < a.assignedDate) throw invalid('date', '催办日期不能早于交办日期');
    ctx.insert('assignmentUrges', {
      id: uuidv7(ctx.now.getTime()),
      assignmentId: a.id,
      date: input.date,
      how: input.how,
      whom: input.whom,
      result: input.result,
      createdAt: ctx.at,
      updatedAt: ctx.at,
    });
    return assignmentView(ctx, a);
  },

  'incoming.feedback': (ctx, input) => {
    const a = mustGetAssignment(ctx, input.assignmentId);
    if (input.doneDate && input.doneDate < a.assignedDate) throw invalid('doneDate', '办结日期不能早于交办日期');
    const updated = ctx.update('assignments', a.id, { feedback: input.feedback, doneDate: input.doneDate, updatedAt: ctx.at });
    const doc = mustGet(ctx, a.incomingId);
    if (doc.state === 'assigned') moveTo(ctx, doc, 'inProgress');
    return assignmentView(ctx, updated);
  },

  'incoming.complete': (ctx, input) => {
    const row = mustGet(ctx, input.id);
    const open = assignmentsOf(ctx, row.id).filter((a) => !a.doneDate);
    if (open.length) {
      throw refuse('CONFLICT', `还有 ${open.length} 个承办单位未办结（${open.map((a) => a.unitName).join('、')}），请先记录它们的办理反馈。`);
    }
    if (input.doneDate < row.receivedDate) throw invalid('doneDate', '办结日期不能早于收文日期');
    return recordOf(ctx, moveTo(ctx, row, 'done', { handlingResult: input.handlingResult, doneDate: input.doneDate }));
  },
};
