import type { CopyOut } from '../../shared/classified/api';
import { formatCopyNumber } from '../../shared/incoming/copy-numbers';
import type { Column } from '../common/LedgerTable';
import { SecrecyMark } from '../incoming/marks';
import { showMeetingAt } from '../outgoing/meeting-time';
import { durationText } from './copy-text';
import { OverdueMark } from './marks';

/** A copy out with its reader, as the board and the 工作台 list it: longest out first, overdue in red. */
export const COPY_OUT_COLUMNS: Column<CopyOut>[] = [
  { header: '编号', cell: (c) => c.serialText, width: 64 },
  { header: '标题', cell: (c) => c.title, kind: 'wrap' },
  { header: '密级', cell: (c) => <SecrecyMark level={c.secrecyLevel} />, width: 52 },
  { header: '份号', cell: (c) => formatCopyNumber(c.copyNo), width: 64 },
  { header: '夹号', cell: (c) => c.folderNo, width: 52 },
  { header: '阅件人', cell: (c) => c.holderName, width: 80 },
  { header: '送阅时间', cell: (c) => showMeetingAt(c.since), width: 128 },
  { header: '应退回', cell: (c) => showMeetingAt(c.dueAt), width: 128 },
  { header: '已外出', cell: (c) => durationText(c.minutesOut), width: 96 },
  { header: '状态', cell: (c) => (c.overdue ? <OverdueMark label="已逾期" /> : '未到期'), width: 64 },
];
