import './outgoing.css';
import type { MinutesDeadline } from '../../shared/outgoing/api';
import { OUTGOING_STATE_LABELS, type OutgoingState } from '../../shared/outgoing/states';

/** The state as a small badge, styled like the incoming register's so both registers read the same. */
export function OutgoingStateBadge({ state }: { state: OutgoingState }) {
  return <span className={`state outgoing-state-${state}`}>{OUTGOING_STATE_LABELS[state]}</span>;
}

const MINUTES_STATUS: Record<MinutesDeadline['status'], { label: string; className: string }> = {
  done: { label: '按时完成', className: 'state state-done' },
  late: { label: '逾期完成', className: 'state state-overdue' },
  open: { label: '未到期', className: 'state' },
  dueSoon: { label: '即将到期', className: 'state state-due-soon' },
  overdue: { label: '已逾期', className: 'state state-overdue' },
};

/** A 会议纪要 deadline's status, marked like a 交办 deadline: red when missed, amber when near. */
export function MinutesStatus({ status }: { status: MinutesDeadline['status'] }) {
  const { label, className } = MINUTES_STATUS[status];
  return <span className={className}>{label}</span>;
}
