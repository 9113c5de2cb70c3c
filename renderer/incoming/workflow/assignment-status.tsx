import type { Assignment } from '../../../shared/incoming/api';

/** 已办结 / 超期 (red) / 即将到期 (amber) / 办理中, as the core derived it for today (R9). */
export function AssignmentStatus({ a }: { a: Pick<Assignment, 'doneDate' | 'overdue' | 'dueSoon'> }) {
  if (a.doneDate) return <span className="state state-done">已办结</span>;
  if (a.overdue) return <span className="state state-overdue">超期</span>;
  if (a.dueSoon) return <span className="state state-due-soon">即将到期</span>;
  return <span className="state">办理中</span>;
}
