import { DOC_TYPE_LABELS } from '../../shared/incoming/vocabulary';
import type { MinutesDue, OutgoingRow } from '../../shared/outgoing/api';
import { MEETING_TYPE_LABELS } from '../../shared/outgoing/vocabulary';
import { LedgerTable, type Column } from '../common/LedgerTable';
import { UrgencyMark } from '../incoming/marks';
import { showMeetingAt } from '../outgoing/meeting-time';
import { MinutesStatus } from '../outgoing/marks';
import { openOutgoingRecord } from './open-record';

const WAITING_COLUMNS: Column<OutgoingRow>[] = [
  { header: '机关代字', cell: (r) => r.code },
  { header: '拟稿日期', cell: (r) => r.draftDate },
  { header: '标题', cell: (r) => r.title, kind: 'wrap' },
  { header: '文种', cell: (r) => DOC_TYPE_LABELS[r.docType] },
  { header: '拟稿单位', cell: (r) => r.draftUnitName, kind: 'wrap' },
  { header: '紧急程度', cell: (r) => <UrgencyMark urgency={r.urgency} /> },
];

/** 待签发 or 已签发待编号: drafts waiting on the clerk's next step; a row opens the document. */
export function OutgoingWaitingList({ label, rows, empty }: { label: string; rows: readonly OutgoingRow[]; empty: string }) {
  return <LedgerTable label={label} columns={WAITING_COLUMNS} rows={rows} rowKey={(r) => r.id} empty={empty} onOpen={(r) => openOutgoingRecord(r.id)} />;
}

const MINUTES_COLUMNS: Column<MinutesDue>[] = [
  { header: '会议类型', cell: (m) => MEETING_TYPE_LABELS[m.meetingType] },
  { header: '会议时间', cell: (m) => showMeetingAt(m.meetingAt) },
  { header: '标题', cell: (m) => m.title, kind: 'wrap' },
  { header: '事项', cell: (m) => m.label },
  { header: '时限', cell: (m) => m.due },
  { header: '状态', cell: (m) => <MinutesStatus status={m.status} /> },
];

/** 会议纪要 deadlines near or missed (art. 7); a row opens the minutes. */
export function MinutesDueList({ label, rows, empty }: { label: string; rows: readonly MinutesDue[]; empty: string }) {
  return (
    <LedgerTable label={label} columns={MINUTES_COLUMNS} rows={rows} rowKey={(m) => `${m.id}-${m.step}`} empty={empty} onOpen={(m) => openOutgoingRecord(m.id)} />
  );
}
