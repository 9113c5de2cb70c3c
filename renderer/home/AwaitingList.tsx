import type { IncomingRow } from '../../shared/incoming/api';
import { LedgerTable, type Column } from '../common/LedgerTable';
import { UrgencyMark } from '../incoming/marks';
import { openRecord } from './open-record';

const COLUMNS: Column<IncomingRow>[] = [
  { header: '收文号', cell: (r) => r.receiptNo },
  { header: '收文日期', cell: (r) => r.receivedDate },
  { header: '来文单位', cell: (r) => r.fromUnitName, kind: 'wrap' },
  { header: '标题', cell: (r) => r.title, kind: 'wrap' },
  { header: '紧急程度', cell: (r) => <UrgencyMark urgency={r.urgency} /> },
];

/** 呈签中: documents waiting for a leader's 批示; a row opens the document. */
export function AwaitingList({ rows }: { rows: readonly IncomingRow[] }) {
  return (
    <LedgerTable
      label="待批示"
      columns={COLUMNS}
      rows={rows}
      rowKey={(r) => r.id}
      empty="没有呈签中等待批示的收文"
      onOpen={(r) => openRecord(r.id)}
    />
  );
}
