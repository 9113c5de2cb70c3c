import { Text } from '@mantine/core';
import type { ClassifiedCopy } from '../../shared/classified/api';
import { COPY_EVENT_LABELS } from '../../shared/classified/vocabulary';
import { formatCopyNumber } from '../../shared/incoming/copy-numbers';
import { showMeetingAt } from '../outgoing/meeting-time';
import { eventText } from './copy-text';

/** 传阅记录: every 送阅, 退回, 清退 and 销毁 of every copy, in the order they happened; absent before the first. */
export function CopyHistory({ copies }: { copies: readonly ClassifiedCopy[] }) {
  const events = copies
    .flatMap((c) => c.events.map((e) => ({ ...e, copyNo: c.copyNo })))
    .sort((a, b) => a.at.localeCompare(b.at) || a.copyNo - b.copyNo);
  if (events.length === 0) return null;
  return (
    <section aria-label="传阅记录" className="record-section">
      <Text className="record-section-title">传阅记录</Text>
      <table className="mini-ledger" aria-label="传阅记录">
        <thead>
          <tr>
            <th scope="col">时间</th>
            <th scope="col">份号</th>
            <th scope="col">事项</th>
            <th scope="col">情况</th>
            <th scope="col">保密员</th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.id}>
              <td className="nowrap">{showMeetingAt(e.at)}</td>
              <td className="nowrap">{formatCopyNumber(e.copyNo)}</td>
              <td className="nowrap">{COPY_EVENT_LABELS[e.kind]}</td>
              <td>{eventText(e)}</td>
              <td className="nowrap">{e.officer}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
