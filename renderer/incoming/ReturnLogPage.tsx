import { Button, Group, Select, Text, Tooltip } from '@mantine/core';
import { useState } from 'react';
import { todayInShanghai } from '../../shared/dates';
import type { ReturnSlip } from '../../shared/incoming/api';
import { RETURN_REASON_LABELS } from '../../shared/incoming/vocabulary';
import { LedgerTable, type Column } from '../common/LedgerTable';
import { LoadError } from '../common/LoadError';
import { Page } from '../common/Page';
import { useQuery } from '../common/useQuery';

const thisYear = Number(todayInShanghai(new Date()).slice(0, 4));
const YEARS = Array.from({ length: 10 }, (_, i) => ({ value: String(thisYear - i), label: `${thisYear - i}年` }));

/** 5、11 with the wording of each reason on hover. */
function Reasons({ slip }: { slip: ReturnSlip }) {
  return (
    <Group gap={4} wrap="nowrap">
      {slip.reasons.map((reason) => (
        <Tooltip key={reason} label={`${reason}. ${RETURN_REASON_LABELS[reason]}`} withArrow multiline maw={320}>
          <span className="reason-no" aria-label={`${reason}. ${RETURN_REASON_LABELS[reason]}`}>
            {reason}
          </span>
        </Tooltip>
      ))}
    </Group>
  );
}

const COLUMNS: Column<ReturnSlip>[] = [
  { header: '退文日期', cell: (s) => s.returnDate },
  { header: '收文号', cell: (s) => s.receiptNo },
  { header: '来文单位', cell: (s) => s.fromUnitName, kind: 'wrap' },
  { header: '标题', cell: (s) => s.title, kind: 'wrap' },
  { header: '存在问题', cell: (s) => <Reasons slip={s} /> },
  { header: '经办人', cell: (s) => s.handledBy },
];

/** 退文登记: every return of a year, newest first; a row opens its 退文处理单. */
export function ReturnLogPage() {
  const [year, setYear] = useState(String(thisYear));
  const log = useQuery('incoming.returnLog', { year: Number(year) });
  const rows = log.data ?? [];

  return (
    <Page
      title="退文登记"
      actions={
        <Button component="a" href="#/incoming" variant="default">
          返回收文登记
        </Button>
      }
    >
      <Group gap="xs" align="flex-end">
        <Select label="年份" data={YEARS} value={year} onChange={(v) => v && setYear(v)} allowDeselect={false} w={110} />
        <Text size="sm" c="dimmed" pb={6}>
          {log.data ? `${year}年共退文 ${rows.length} 份。点击一行查看退文处理单。` : '正在载入…'}
        </Text>
      </Group>
      {log.error && <LoadError message={log.error} onRetry={log.reload} />}
      <LedgerTable
        label="退文登记簿"
        columns={COLUMNS}
        rows={rows}
        rowKey={(s) => s.incomingId}
        empty={log.data ? `${year}年没有退文。退文在收文详情中办理，退文后打印退文处理单。` : ''}
        onOpen={(s) => {
          window.location.hash = `#/print/return-slip/${s.incomingId}`;
        }}
      />
    </Page>
  );
}
