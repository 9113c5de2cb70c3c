/**
 * State machine of an incoming document (收文) as in domain.md:
 *
 *   registered → screened → returned (terminal)
 *   阅知类:        screened → circulating → read
 *   批办类/请示类:  screened → proposed → submitted → instructed → assigned → inProgress → done → replied
 *   then archived / pendingRecall / pendingDestruction.
 *
 * A plain table: each state lists the states it may move to. Two things depend on
 * the item rather than on the state: the class decides the track (传阅 or 拟办…),
 * and urgency opens the art. 14 shortcut (先行交办 before the leader's 批示, the
 * 批示 then recorded as 补签 without moving the state back).
 */
import { INCOMING_CLASS_LABELS, isUrgent, type IncomingClass, type Urgency } from './vocabulary';

export const INCOMING_STATES = [
  'registered', // 已登记
  'screened', // 初审通过
  'returned', // 已退文
  'circulating', // 传阅中
  'read', // 阅毕
  'proposed', // 拟办
  'submitted', // 呈签中
  'instructed', // 已批示
  'assigned', // 已交办
  'inProgress', // 办理中
  'done', // 已办结
  'replied', // 已答复
  'archived', // 已归档
  'pendingRecall', // 待清退
  'pendingDestruction', // 待销毁
] as const;
export type IncomingState = (typeof INCOMING_STATES)[number];

export const STATE_LABELS: Record<IncomingState, string> = {
  registered: '已登记',
  screened: '初审通过',
  returned: '已退文',
  circulating: '传阅中',
  read: '阅毕',
  proposed: '拟办',
  submitted: '呈签中',
  instructed: '已批示',
  assigned: '已交办',
  inProgress: '办理中',
  done: '已办结',
  replied: '已答复',
  archived: '已归档',
  pendingRecall: '待清退',
  pendingDestruction: '待销毁',
};

export interface TransitionContext {
  incomingClass: IncomingClass;
  urgency: Urgency;
  /**
   * 紧急事项 in art. 14 is the deputy director's call, not only the printed mark:
   * an item marked 平件 may still be declared urgent and assigned first.
   */
  urgentMatter?: boolean;
}

interface Edge {
  to: IncomingState;
  /** Only on the art. 14 path: 先行交办 before the 批示. */
  urgentOnly?: true;
}

// Where the item ends up once handled: each of these may also be the next step
// after another, because whether a copy is kept, returned to its issuer or
// destroyed depends on the copy, not on the path it took.
const DISPOSAL: readonly Edge[] = [{ to: 'archived' }, { to: 'pendingRecall' }, { to: 'pendingDestruction' }];

// 退文 is possible until the item is assigned: the screening clerk, the deputy
// director proposing (art. 15 requires his consent to return anyway) or the
// leader may each find one of the 12 problems. Once assigned, work has started.
const TRANSITIONS: Record<IncomingState, readonly Edge[]> = {
  registered: [{ to: 'screened' }, { to: 'returned' }],
  screened: [{ to: 'circulating' }, { to: 'proposed' }, { to: 'returned' }],
  returned: [],
  circulating: [{ to: 'read' }],
  read: DISPOSAL,
  proposed: [{ to: 'submitted' }, { to: 'assigned', urgentOnly: true }, { to: 'returned' }],
  // Art. 19: a leader who cannot sign in time has his opinion relayed, the item
  // is assigned and he signs afterwards (补签); such an item is flagged urgentMatter.
  submitted: [{ to: 'instructed' }, { to: 'assigned', urgentOnly: true }, { to: 'returned' }],
  instructed: [{ to: 'assigned' }, { to: 'returned' }],
  // A short task may come back finished before anyone records it as under way.
  assigned: [{ to: 'inProgress' }, { to: 'done' }],
  inProgress: [{ to: 'done' }],
  // Only items whose sender expects an answer get 答复 (art. 14 "需要答复来文单位的").
  done: [{ to: 'replied' }, ...DISPOSAL],
  replied: DISPOSAL,
  archived: [],
  pendingRecall: [],
  pendingDestruction: [],
};

// The two tracks: a state on one track is never reached by an item of the other class.
const READ_TRACK: ReadonlySet<IncomingState> = new Set(['circulating', 'read']);
const HANDLE_TRACK: ReadonlySet<IncomingState> = new Set([
  'proposed',
  'submitted',
  'instructed',
  'assigned',
  'inProgress',
  'done',
  'replied',
]);

// States after 交办 in which a missing 批示 can still be signed (补签).
const LATE_SIGNATURE_STATES: ReadonlySet<IncomingState> = new Set(['assigned', 'inProgress', 'done', 'replied']);

function isState(s: string): s is IncomingState {
  return Object.prototype.hasOwnProperty.call(TRANSITIONS, s);
}

function urgentPath(ctx: TransitionContext): boolean {
  return isUrgent(ctx.urgency) || ctx.urgentMatter === true;
}

function onTrack(state: IncomingState, incomingClass: IncomingClass): boolean {
  if (READ_TRACK.has(state)) return incomingClass === 'readOnly';
  if (HANDLE_TRACK.has(state)) return incomingClass !== 'readOnly';
  return true;
}

export function isTerminalState(state: IncomingState): boolean {
  return TRANSITIONS[state].length === 0;
}

/** The states the item may move to next, in table order. */
export function nextStates(state: IncomingState, ctx: TransitionContext): IncomingState[] {
  if (!isState(state)) return [];
  return TRANSITIONS[state]
    .filter((e) => onTrack(e.to, ctx.incomingClass) && (!e.urgentOnly || urgentPath(ctx)))
    .map((e) => e.to);
}

function offTrackReason(to: IncomingState, incomingClass: IncomingClass): string {
  if (incomingClass === 'readOnly') {
    if (to === 'assigned' || to === 'inProgress' || to === 'done') return '阅知类文件不需要交办';
    if (to === 'replied') return '阅知类文件不需要答复';
    return '阅知类文件只需传阅，不需要拟办呈签';
  }
  return `${INCOMING_CLASS_LABELS[incomingClass]}文件须拟办呈签，不能只传阅`;
}

/** True when the move is allowed, else the reason in Chinese for the user. */
export function canTransition(from: IncomingState, to: IncomingState, ctx: TransitionContext): true | string {
  if (!isState(from) || !isState(to)) return '未知的收文状态';
  if (from === to) return `已处于“${STATE_LABELS[from]}”状态`;
  if (from === 'returned') return '已退文的收文不能再办理；重新报送的应另行登记新的收文号';
  if (isTerminalState(from)) return `“${STATE_LABELS[from]}”的收文不能再改变状态`;
  if (!onTrack(to, ctx.incomingClass)) return offTrackReason(to, ctx.incomingClass);
  const edge = TRANSITIONS[from].find((e) => e.to === to);
  if (!edge) return `不能从“${STATE_LABELS[from]}”直接转为“${STATE_LABELS[to]}”`;
  if (edge.urgentOnly && !urgentPath(ctx)) return '平件须领导批示后才能交办；紧急事项才可先行交办、事后补签';
  return true;
}

/**
 * What recording a leader's 批示 does in the given state: in 呈签中 it moves the
 * item to 已批示; in 已批示 it adds one more signature (呈签 may go to several
 * leaders); after an urgent 先行交办 it is a 补签 and the state stays where it is.
 */
export function recordInstruction(
  state: IncomingState,
  ctx: TransitionContext,
): { state: IncomingState; lateSignature: boolean } | string {
  if (!isState(state)) return '未知的收文状态';
  if (ctx.incomingClass === 'readOnly') return '阅知类文件只需传阅，不需要批示';
  if (state === 'submitted' || state === 'instructed') return { state: 'instructed', lateSignature: false };
  if (LATE_SIGNATURE_STATES.has(state)) {
    // A 平件 only gets here through 已批示, so there is nothing to sign late.
    if (!urgentPath(ctx)) return '平件已按批示交办，不需要补签；只有紧急事项才可先行交办、事后补签';
    return { state, lateSignature: true };
  }
  if (state === 'returned') return '已退文的收文不能再办理；重新报送的应另行登记新的收文号';
  if (isTerminalState(state)) return `“${STATE_LABELS[state]}”的收文不能再补签`;
  return '尚未呈签，不能记录批示';
}
