import { ASSIGNMENT_ROLE_LABELS, type DueAssignment } from '../../shared/incoming/api';
import { LedgerTable, type Column } from '../common/LedgerTable';
import { AssignmentStatus } from '../incoming/workflow/assignment-status';
import { openRecord } from './open-record';

const COLUMNS: Column<DueAssignment>[] = [
  { header: '收文号', cell: (a) => a.receiptNo },
  { header: '标题', cell: (a) => a.title, kind: 'wrap' },
  { header: '承办单位', cell: (a) => `${a.unitName}（${ASSIGNMENT_ROLE_LABELS[a.role]}）`, kind: 'wrap' },
  { header: '交办日期', cell: (a) => a.assignedDate },
  { header: '办理时限', cell: (a) => a.deadline },
  { header: '状态', cell: (a) => <AssignmentStatus a={a} /> },
  { header: '催办', cell: (a) => a.urges.length, kind: 'num' },
];

/** Open assignments (超期 or 即将到期); a row opens its document. */
export function DueList({ label, rows, empty }: { label: string; rows: readonly DueAssignment[]; empty: string }) {
  return <LedgerTable label={label} columns={COLUMNS} rows={rows} rowKey={(a) => a.id} empty={empty} onOpen={(a) => openRecord(a.incomingId)} />;
}
