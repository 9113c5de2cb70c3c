import { SimpleGrid } from '@mantine/core';
import type { ClassifiedDashboard, StockCheckItem } from '../../shared/classified/api';
import { COPY_PLACE_LABELS } from '../../shared/classified/vocabulary';
import { formatCopyNumber } from '../../shared/incoming/copy-numbers';
import { COPY_OUT_COLUMNS } from '../classified/columns';
import { openClassified } from '../classified/linked-id';
import { LedgerTable, type Column } from '../common/LedgerTable';
import { LoadError } from '../common/LoadError';
import { useQuery } from '../common/useQuery';
import { Figure, Section } from './parts';

const DISCREPANCY_COLUMNS: Column<StockCheckItem>[] = [
  { header: '编号', cell: (i) => i.serialText },
  { header: '标题', cell: (i) => i.title, kind: 'wrap' },
  { header: '份号', cell: (i) => formatCopyNumber(i.copyNo) },
  { header: '清查时应在', cell: (i) => `${COPY_PLACE_LABELS[i.expected]}${i.expectedHolder ? `（${i.expectedHolder}）` : ''}` },
];

type SurrenderDue = ClassifiedDashboard['surrenderDue'][number];

const SURRENDER_COLUMNS: Column<SurrenderDue>[] = [
  { header: '编号', cell: (d) => d.serialText },
  { header: '标题', cell: (d) => d.title, kind: 'wrap' },
  { header: '清退期限', cell: (d) => d.returnBy },
  { header: '未清退份数', cell: (d) => d.copies, kind: 'num' },
];

/** The secrecy officer's half of the 工作台 (R26–R28): copies late back, copies out, unresolved check findings, 清退 due. */
export function SecrecyBoard() {
  const board = useQuery('classified.dashboard', {});
  const d = board.data;
  if (board.error) return <LoadError message={board.error} onRetry={board.reload} />;
  if (!d) return null;
  return (
    <>
      <SimpleGrid cols={4} spacing="sm">
        <Figure label="传阅中" value={d.outCount} unit="份" />
        <Figure label="逾期未退" value={d.overdue.length} unit="份" alert />
        <Figure label="清查差异" value={d.discrepancies.length} unit="份" alert />
        <Figure label="清退到期" value={d.surrenderDue.length} unit="件" alert />
      </SimpleGrid>
      <Section title="逾期未退的密件" count={d.overdue.length}>
        <LedgerTable
          label="逾期未退的密件"
          columns={COPY_OUT_COLUMNS}
          rows={d.overdue}
          rowKey={(c) => c.copyId}
          empty="没有逾期未退的密件"
          onOpen={(c) => openClassified(c.docId)}
        />
      </Section>
      <Section title="清查差异" count={d.discrepancies.length}>
        <LedgerTable
          label="未处理的清查差异"
          columns={DISCREPANCY_COLUMNS}
          rows={d.discrepancies}
          rowKey={(i) => i.id}
          empty="没有未处理的清查差异"
          onOpen={() => {
            window.location.hash = '#/classified/check';
          }}
        />
      </Section>
      <Section title="清退到期（7 日内或已过期）" count={d.surrenderDue.length}>
        <LedgerTable
          label="清退到期"
          columns={SURRENDER_COLUMNS}
          rows={d.surrenderDue}
          rowKey={(s) => s.docId}
          empty="7 日内没有须清退的密件"
          onOpen={(s) => openClassified(s.docId)}
        />
      </Section>
    </>
  );
}
