import { Text } from '@mantine/core';
import type { Assignment } from '../../../shared/incoming/api';

/** 催办记录 of every unit of the document, oldest first. */
export function UrgeLog({ assignments }: { assignments: readonly Assignment[] }) {
  const urges = assignments
    .flatMap((a) => a.urges.map((u) => ({ ...u, unitName: a.unitName })))
    .sort((x, y) => x.date.localeCompare(y.date));
  if (urges.length === 0) return null;
  return (
    <section aria-label="催办记录" className="record-section">
      <Text className="record-section-title">催办记录</Text>
      <table className="mini-ledger" aria-label="催办记录">
        <thead>
          <tr>
            <th scope="col">日期</th>
            <th scope="col">单位</th>
            <th scope="col">方式</th>
            <th scope="col">对象</th>
            <th scope="col">结果</th>
          </tr>
        </thead>
        <tbody>
          {urges.map((u) => (
            <tr key={u.id}>
              <td className="nowrap">{u.date}</td>
              <td className="nowrap">{u.unitName}</td>
              <td className="nowrap">{u.how}</td>
              <td>{u.whom}</td>
              <td>{u.result}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
