import './print.css';
import { Button, Group, Text } from '@mantine/core';
import { useEffect } from 'react';
import { formatChineseDate } from '../../shared/dates';
import type { ReturnSlip } from '../../shared/incoming/api';
import { RETURN_REASON_LABELS, RETURN_REASON_LATE_SUBMISSION, RETURN_REASONS } from '../../shared/incoming/vocabulary';
import { invoke } from '../api/client';
import { useHashPath } from '../app/useHashPath';
import { LoadError } from '../common/LoadError';
import { useQuery } from '../common/useQuery';

const PREFIX = '/print/return-slip/';

const paperDate = (d: string | null) => (d ? formatChineseDate(d) : '');

/** 退文处理单 as in the annex of the work rules, with the facts the register adds. */
function ReturnSlipSheet({ slip }: { slip: ReturnSlip }) {
  return (
    <article className="paper" aria-label="退文处理单">
      <h1>{slip.officeName}退文处理单</h1>
      <table>
        <colgroup>
          <col className="label" />
          <col className="narrow" />
          <col className="label" />
          <col />
        </colgroup>
        <tbody>
          <tr>
            <th scope="row">文件标题</th>
            <td colSpan={3}>{slip.title}</td>
          </tr>
          <tr>
            <th scope="row">来文单位</th>
            <td>{slip.fromUnitName}</td>
            <th scope="row">来文字号</th>
            <td className="nowrap">{slip.docNumber}</td>
          </tr>
          <tr>
            <th scope="row">收文日期</th>
            <td>{paperDate(slip.receivedDate)}</td>
            <th scope="row">收文号</th>
            <td className="nowrap">{slip.receiptNo}</td>
          </tr>
          <tr>
            <th scope="row">成文日期</th>
            <td>{paperDate(slip.writtenDate)}</td>
            <th scope="row">报送日期</th>
            <td>{paperDate(slip.submittedDate)}</td>
          </tr>
          <tr>
            <th scope="row">存在问题</th>
            <td colSpan={3}>
              <ul className="reasons">
                {RETURN_REASONS.map((reason) => (
                  <li key={reason}>
                    {slip.reasons.includes(reason) ? '☑' : '☐'}
                    {reason}.{RETURN_REASON_LABELS[reason]}
                    {reason === RETURN_REASONS.length ? '。' : '；'}
                    {reason === RETURN_REASON_LATE_SUBMISSION && slip.workingDays !== null && (
                      <span className="keep">（报送日期超过成文日期 {slip.workingDays} 个工作日）</span>
                    )}
                    {reason === RETURN_REASON_LATE_SUBMISSION && slip.reason11Note && <>说明：{slip.reason11Note}</>}
                  </li>
                ))}
              </ul>
            </td>
          </tr>
          <tr>
            <th scope="row">处理意见</th>
            <td colSpan={3} className="tall">
              {slip.opinion}
            </td>
          </tr>
          <tr>
            <th scope="row">备注</th>
            <td colSpan={3}>{slip.remarks}</td>
          </tr>
        </tbody>
      </table>
      <div className="signature">
        <span>经办人：{slip.handledBy}</span>
        <span>退文日期：{paperDate(slip.returnDate)}</span>
      </div>
    </article>
  );
}

/** #/print/return-slip/<id>: the preview is the page that prints; only the sheet goes on paper. */
export function ReturnSlipPage() {
  const path = useHashPath();
  const id = path.startsWith(PREFIX) ? decodeURIComponent(path.slice(PREFIX.length)) : '';
  const slip = useQuery('incoming.returnSlip', { id });

  // Also for Ctrl+P and the browser's own menu: every print of the slip is in the audit trail.
  useEffect(() => {
    if (!slip.data) return;
    const record = () => void invoke('audit.recordOutput', { kind: 'print', what: '退文处理单', recordId: id });
    window.addEventListener('beforeprint', record);
    return () => window.removeEventListener('beforeprint', record);
  }, [slip.data, id]);

  return (
    <div className="paper-desk">
      <Group className="no-print" justify="center" gap="sm" mb="sm">
        <Button onClick={() => window.print()} disabled={!slip.data}>
          打印
        </Button>
        <Button component="a" href="#/incoming" variant="default">
          返回收文登记
        </Button>
        <Text size="sm" c="dimmed">
          A4 纸，一页；打印时只打印下面的处理单。
        </Text>
      </Group>
      {slip.error && (
        <div className="no-print" style={{ maxWidth: 640, margin: '0 auto' }}>
          <LoadError message={slip.error} onRetry={slip.reload} />
        </div>
      )}
      {slip.data && <ReturnSlipSheet slip={slip.data} />}
    </div>
  );
}
