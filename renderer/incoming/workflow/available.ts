import type { IncomingRecord } from '../../../shared/incoming/api';
import { nextStates, recordInstruction, type IncomingState, type TransitionContext } from '../../../shared/incoming/states';

/** What the clerk may do with the record now, read from the shared state machine (the core applies the same table). */
export interface Available {
  propose: boolean;
  submit: boolean;
  /** 'late' = 补签 after 先行交办. */
  instruct: false | 'normal' | 'late';
  /** 'first' = 先行交办 of an urgent item before the leader's 批示. */
  assign: false | 'normal' | 'first';
  /** Open assignments may be urged and their feedback recorded. */
  followUp: boolean;
  /** 'waiting' while some unit has not finished. */
  complete: false | 'ready' | 'waiting';
}

const FOLLOW_UP: ReadonlySet<IncomingState> = new Set(['assigned', 'inProgress']);

export function contextOf(r: IncomingRecord): TransitionContext {
  return { incomingClass: r.incomingClass, urgency: r.urgency, urgentMatter: r.assignedFirst };
}

export function available(r: IncomingRecord): Available {
  const next = nextStates(r.state, contextOf(r));
  const signing = recordInstruction(r.state, contextOf(r));
  let instruct: Available['instruct'] = false;
  if (typeof signing !== 'string') {
    if (!signing.lateSignature) instruct = 'normal';
    // 补签 belongs to the art. 14 path only: a 平件 was signed before it was assigned.
    else if (r.assignedFirst) instruct = 'late';
  }
  const open = r.assignments.filter((a) => !a.doneDate).length;
  return {
    propose: next.includes('proposed'),
    submit: next.includes('submitted'),
    instruct,
    assign: next.includes('assigned') ? (r.state === 'instructed' ? 'normal' : 'first') : false,
    followUp: FOLLOW_UP.has(r.state),
    complete: next.includes('done') ? (open === 0 && r.assignments.length > 0 ? 'ready' : 'waiting') : false,
  };
}
