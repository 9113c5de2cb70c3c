import type { LedgerEntry } from '../../shared/seals/api';
import type { WindowedColumn } from '../common/WindowedLedgerTable';
import { showMeetingAt } from '../outgoing/meeting-time';
import { approverText, correctedByText, correctionText, methodText } from './entry-text';

/** '2026-11-05T09:30' on two lines, date over time, so the column stays narrow. */
function TimeCell({ at }: { at: string }) {
  const [date, time] = at.split('T');
  return (
    <>
      {date}
      <br />
      {time}
    </>
  );
}

/** 序号, and under it whether the line is a 更正 or has been corrected: visible without scrolling to 备注. */
function SerialCell({ entry: e }: { entry: LedgerEntry }) {
  const mark = e.correctsSerialText ? '更正' : e.correctedBy.length ? '已更正' : null;
  return (
    <>
      {e.serialText}
      {mark && (
        <>
          <br />
          <span className="seal-note">{mark}</span>
        </>
      )}
    </>
  );
}

/** 备注: the 更正 notes first (marked), then what the custodian wrote. */
function RemarksCell({ entry: e }: { entry: LedgerEntry }) {
  const notes = [correctionText(e), correctedByText(e)].filter((n): n is string => n !== null);
  return (
    <>
      {notes.map((n) => (
        <span key={n} className="seal-note">
          {n}
        </span>
      ))}
      {e.remarks}
    </>
  );
}

const remarksTitle = (e: LedgerEntry) => [correctionText(e), correctedByText(e), e.remarks].filter(Boolean).join('；');
const fileTitle = (e: LedgerEntry) => [e.docNumber, e.fileName].filter(Boolean).join(' ');

/** The paper 用印登记簿's columns, in its order. */
export const LEDGER_COLUMNS: WindowedColumn<LedgerEntry>[] = [
  { header: '序号', cell: (e) => <SerialCell entry={e} />, title: remarksTitle, kind: 'wrap', width: 72 },
  { header: '用印时间', cell: (e) => <TimeCell at={e.usedAt} />, kind: 'wrap', width: 84 },
  { header: '印章', cell: (e) => e.sealName, title: (e) => e.sealName, kind: 'wrap', width: 90 },
  { header: '事由', cell: (e) => e.reason, title: (e) => e.reason, kind: 'wrap' },
  {
    header: '文件名称/关联发文',
    // The 文号 first and whole (it is never wrapped), the title under it.
    cell: (e) => (
      <>
        {e.docNumber && (
          <>
            <span style={{ whiteSpace: 'nowrap' }}>{e.docNumber}</span>
            <br />
          </>
        )}
        {e.fileName}
      </>
    ),
    title: fileTitle,
    kind: 'wrap',
    width: 160,
  },
  { header: '份数', cell: (e) => e.copies, kind: 'num', width: 40 },
  { header: '申请单位', cell: (e) => e.unitName, title: (e) => e.unitName, kind: 'wrap', width: 90 },
  { header: '经办人', cell: (e) => e.handler, title: (e) => e.handler, width: 56 },
  { header: '批准人', cell: (e) => approverText(e), title: approverText, kind: 'wrap', width: 90 },
  { header: '监印人', cell: (e) => e.supervisor, title: (e) => e.supervisor, width: 56 },
  {
    header: '方式',
    cell: (e) => <span className={e.method === 'takeOut' && !e.returnedAt ? 'seal-out' : undefined}>{methodText(e, showMeetingAt)}</span>,
    title: (e) => methodText(e, showMeetingAt),
    kind: 'wrap',
    width: 96,
  },
  { header: '备注', cell: (e) => <RemarksCell entry={e} />, title: remarksTitle, kind: 'wrap', width: 150 },
];
