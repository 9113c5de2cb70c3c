import { Table, Text } from '@mantine/core';
import { formatChineseDate } from '../../shared/dates';
import type { OutgoingRecord } from '../../shared/outgoing/api';
import { SIGN_STEP_LABELS } from '../../shared/outgoing/vocabulary';

/** A small table of one kind of history entry; absent when there is none. */
function HistoryTable({ label, headers, rows }: { label: string; headers: string[]; rows: { key: string; cells: string[] }[] }) {
  if (rows.length === 0) return null;
  return (
    <section aria-label={label} className="record-section">
      <Text className="record-section-title">{label}</Text>
      <Table verticalSpacing={2} horizontalSpacing={6} aria-label={label} withRowBorders>
        <Table.Thead>
          <Table.Tr>
            {headers.map((h) => (
              <Table.Th key={h}>{h}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key}>
              {row.cells.map((c, i) => (
                <Table.Td key={i}>{c}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </section>
  );
}

/** 签批 (who, 职务 as it was, date), 会签 and 分发, in the order they were recorded. */
export function History({ record: r }: { record: OutgoingRecord }) {
  return (
    <>
      <HistoryTable
        label="审核和签发"
        headers={['签批', '签批人', '职务', '日期']}
        rows={r.signatures.map((s) => ({ key: s.id, cells: [SIGN_STEP_LABELS[s.step], s.personName, s.personTitle || '—', formatChineseDate(s.date)] }))}
      />
      <HistoryTable
        label="会签"
        headers={['会签单位', '会签人', '日期']}
        rows={r.countersigns.map((c) => ({ key: c.id, cells: [c.unitName, c.who, formatChineseDate(c.date)] }))}
      />
      <HistoryTable
        label="分发"
        headers={['分发对象', '日期']}
        rows={r.distributions.map((d) => ({ key: d.id, cells: [d.recipients.join('、'), formatChineseDate(d.date)] }))}
      />
    </>
  );
}
