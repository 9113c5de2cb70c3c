import './seals.css';
import { useExport } from '../common/useExport';
import { Button, Stack, Text } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useState } from 'react';
import type { LedgerEntry } from '../../shared/seals/api';
import { canCall } from '../api/access';
import { exportList } from '../api/export';
import { useSession } from '../app/session';
import { LoadError } from '../common/LoadError';
import { Page } from '../common/Page';
import { SplitPane } from '../common/SplitPane';
import { useQuery } from '../common/useQuery';
import { WindowedLedgerTable } from '../common/WindowedLedgerTable';
import { Announcement } from '../form/Announcement';
import { LEDGER_COLUMNS } from './columns';
import { EntryView } from './EntryView';
import { exportInput, isNarrowed, NO_FILTERS, type Filters } from './list-filters';
import { OutSeals, sealsOut, type OutSeal } from './OutSeals';
import { PrintLedgerDialog } from './PrintLedgerDialog';
import { ReturnForm } from './ReturnForm';
import { SealFilters } from './SealFilters';
import { UseForm } from './UseForm';
import type { UseValues } from './use-values';
import { useSealLedger } from './useSealLedger';
import { VerifyLedger } from './VerifyLedger';

type Side =
  | { kind: 'none' }
  | { kind: 'new'; carry?: Pick<UseValues, 'sealId' | 'useKind'> }
  | { kind: 'view'; entry: LedgerEntry }
  | { kind: 'correct'; entry: LedgerEntry }
  | { kind: 'return'; seal: OutSeal; from: LedgerEntry | null };

const SIDE_LABELS: Record<Side['kind'], string> = {
  none: '用印登记详情',
  new: '登记用印',
  view: '用印登记详情',
  correct: '更正用印登记',
  return: '登记归还',
};

/** 用印登记 (art. 21): the book on the left, the line being entered, corrected or looked at beside it. */
export function SealsPage() {
  const { user } = useSession();
  const canAct = canCall(user, 'seals.recordUse');
  const canExport = canCall(user, 'seals.export');
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const list = useSealLedger(filters);
  const catalog = useQuery('seals.catalog', {});
  const units = useQuery('units.list', {});
  const people = useQuery('people.list', {});
  const [side, setSide] = useState<Side>({ kind: 'none' });
  const [formRound, setFormRound] = useState(0);
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const [printOpen, setPrintOpen] = useState(false);

  const startNew = (carry?: Pick<UseValues, 'sealId' | 'useKind'>) => {
    setSide({ kind: 'new', carry });
    setFormRound((n) => n + 1);
  };
  useHotkeys(canAct ? [['mod+N', () => startNew()]] : [], []);

  const seals = catalog.data ?? [];
  const out = sealsOut(seals);
  const close = () => setSide({ kind: 'none' });
  const changed = (text: string) => {
    setAnnouncement(text);
    list.reload();
    catalog.reload();
  };

  const { exporting, exportError, runExport } = useExport(() => exportList('seals.export', exportInput(filters)), setAnnouncement);

  const rows = list.rows ?? [];
  const empty = isNarrowed(filters)
    ? '没有符合条件的用印登记。'
    : canAct
      ? '还没有用印登记。按 Ctrl+N 登记第一次用印。'
      : '还没有用印登记。用印由印章管理员登记。';
  const count = list.rows ? `显示 ${rows.length} 条${list.more ? '，还有更多' : ''}` : list.error ? '' : '正在载入…';
  const openSeal = (entry: LedgerEntry) => out.find((s) => s.out.entryId === entry.id) ?? null;

  const listPane = (
    <>
      <OutSeals seals={out} onReturn={canAct ? (seal) => setSide({ kind: 'return', seal, from: null }) : null} />
      <SealFilters filters={filters} set={(key, value) => setFilters((f) => ({ ...f, [key]: value }))} seals={seals} units={units.data ?? []} people={people.data ?? []} />
      {count && (
        <Text size="sm" c="dimmed">
          {count}
        </Text>
      )}
      {catalog.error && <LoadError message={catalog.error} onRetry={catalog.reload} />}
      {list.error && <LoadError message={list.error} onRetry={list.reload} />}
      {exportError && <LoadError message={exportError} onRetry={() => void runExport()} />}
      <div className="seal-ledger">
        <WindowedLedgerTable
          key={JSON.stringify(filters)}
          label="用印登记簿"
          columns={LEDGER_COLUMNS}
          rows={rows}
          rowKey={(e) => e.id}
          empty={list.rows ? empty : ''}
          selectedKey={side.kind === 'view' || side.kind === 'correct' ? side.entry.id : null}
          onOpen={(entry) => setSide({ kind: 'view', entry })}
          onNearEnd={list.loadMore}
        />
      </div>
    </>
  );

  let content;
  if (side.kind === 'new' || side.kind === 'correct') {
    const correcting = side.kind === 'correct' ? side.entry : undefined;
    content = (
      <UseForm
        key={correcting ? `correct-${correcting.id}` : `new-${formRound}`}
        seals={seals}
        units={units.data ?? []}
        people={people.data ?? []}
        correcting={correcting}
        carry={side.kind === 'new' ? side.carry : undefined}
        onSaved={(entry, values) => {
          if (correcting) {
            setSide({ kind: 'view', entry });
            changed(`已登记更正：序号 ${entry.serialText}，更正序号 ${correcting.serialText}`);
          } else {
            // A fresh form for the next use, ready at its first field.
            startNew({ sealId: values.sealId, useKind: values.useKind });
            changed(`已登记用印：序号 ${entry.serialText}（${entry.sealName}）`);
          }
        }}
        onCancel={correcting ? () => setSide({ kind: 'view', entry: correcting }) : close}
      />
    );
  } else if (side.kind === 'return') {
    const back = side.from;
    content = (
      <ReturnForm
        key={side.seal.id}
        seal={side.seal}
        onSaved={(entry) => {
          setSide({ kind: 'view', entry });
          changed(`已登记归还：${side.seal.name}（序号 ${entry.serialText}）`);
        }}
        onCancel={back ? () => setSide({ kind: 'view', entry: back }) : close}
      />
    );
  } else if (side.kind === 'view') {
    const entry = side.entry;
    const seal = openSeal(entry);
    content = (
      <EntryView
        entry={entry}
        canAct={canAct}
        onReturn={seal ? () => setSide({ kind: 'return', seal, from: entry }) : null}
        onCorrect={() => setSide({ kind: 'correct', entry })}
        onClose={close}
      />
    );
  } else {
    content = (
      <Stack gap="xs">
        <Text>点击登记簿中的一行查看详情。</Text>
        {canAct ? (
          <Text>按 Ctrl+N 或点“登记用印”登记一次用印。登记簿只增不改，写错了用“更正”另起一行。</Text>
        ) : (
          <Text>用印由印章管理员登记。</Text>
        )}
      </Stack>
    );
  }

  return (
    <Page
      title="用印登记"
      actions={
        <>
          <VerifyLedger />
          {canExport && (
            <Button variant="default" onClick={() => void runExport()} loading={exporting}>
              导出
            </Button>
          )}
          <Button variant="default" onClick={() => setPrintOpen(true)}>
            打印登记簿
          </Button>
          <Button component="a" href="#/seals/stats" variant="default">
            用印统计
          </Button>
          {canAct && <Button onClick={() => startNew()}>登记用印</Button>}
        </>
      }
    >
      <SplitPane
        list={listPane}
        side={
          <Stack gap="xs">
            <Announcement text={announcement} />
            {content}
          </Stack>
        }
        sideLabel={SIDE_LABELS[side.kind]}
      />
      {printOpen && <PrintLedgerDialog opened onClose={() => setPrintOpen(false)} seals={seals} month={filters.month} sealId={filters.sealId} />}
    </Page>
  );
}
