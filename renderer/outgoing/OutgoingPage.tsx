import { Button, Stack, Text } from '@mantine/core';
import { useExport } from '../common/useExport';
import { useOpenRecord } from '../common/useOpenRecord';
import { useHotkeys } from '@mantine/hooks';
import { useRef, useState } from 'react';
import { DOC_TYPE_LABELS } from '../../shared/incoming/vocabulary';
import type { OutgoingRecord, OutgoingRow } from '../../shared/outgoing/api';
import { PUBLICITY_LABELS } from '../../shared/outgoing/vocabulary';
import { invoke } from '../api/client';
import { canCall } from '../api/access';
import { exportList } from '../api/export';
import { useSession } from '../app/session';
import { replacePath, useLinkedId } from '../app/useHashPath';
import { LoadError } from '../common/LoadError';
import { Page } from '../common/Page';
import { SplitPane } from '../common/SplitPane';
import { useQuery } from '../common/useQuery';
import { WindowedLedgerTable, type WindowedColumn } from '../common/WindowedLedgerTable';
import { Announcement } from '../form/Announcement';
import { SecrecyMark, UrgencyMark } from '../incoming/marks';
import { DraftForm } from './DraftForm';
import { exportInput, isNarrowed, NO_FILTERS, type Filters } from './list-filters';
import { OutgoingStateBadge } from './marks';
import { OutgoingFilters } from './OutgoingFilters';
import { RecordView } from './RecordView';
import { useOutgoingList } from './useOutgoingList';
import { VoidForm } from './VoidForm';

/** The paper 发文登记簿's columns, in its order. */
const COLUMNS: WindowedColumn<OutgoingRow>[] = [
  { header: '发文字号', cell: (r) => r.docNumber || '未编号', title: (r) => r.docNumber, width: 150 },
  { header: '成文日期', cell: (r) => r.writtenDate ?? '', width: 84 },
  { header: '标题', cell: (r) => r.title, title: (r) => r.title, kind: 'wrap' },
  { header: '文种', cell: (r) => DOC_TYPE_LABELS[r.docType], width: 40 },
  { header: '拟稿单位', cell: (r) => r.draftUnitName, title: (r) => r.draftUnitName, kind: 'wrap', width: 110 },
  { header: '密级', cell: (r) => <SecrecyMark level={r.secrecyLevel} />, width: 52 },
  { header: '紧急程度', cell: (r) => <UrgencyMark urgency={r.urgency} />, width: 66 },
  { header: '公开属性', cell: (r) => PUBLICITY_LABELS[r.publicity], width: 72 },
  { header: '状态', cell: (r) => <OutgoingStateBadge state={r.state} />, width: 64 },
];

type Side =
  | { kind: 'none' }
  | { kind: 'new' }
  | { kind: 'historical' }
  | { kind: 'void' }
  | { kind: 'view'; record: OutgoingRecord }
  | { kind: 'edit'; record: OutgoingRecord };

const SIDE_LABELS: Record<Side['kind'], string> = {
  none: '发文详情',
  new: '发文拟稿',
  historical: '补录历史文号',
  void: '作废文号',
  view: '发文详情',
  edit: '修改发文拟稿',
};


/** 发文登记: the register on the left, the document being drafted or looked at beside it. */
export function OutgoingPage() {
  const { user } = useSession();
  const canAct = canCall(user, 'outgoing.draft');
  const canExport = canCall(user, 'outgoing.export');
  const linkedId = useLinkedId();
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const list = useOutgoingList(filters);
  const units = useQuery('units.list', {});
  const people = useQuery('people.list', {});
  const codes = useQuery('outgoing.codes', {});
  const [side, setSide] = useState<Side>({ kind: 'none' });
  const [formRound, setFormRound] = useState(0);
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const [openError, setOpenError] = useState<string | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);

  const start = (kind: 'new' | 'historical' | 'void') => {
    setSide({ kind });
    setFormRound((n) => n + 1);
  };
  useHotkeys(canAct ? [['mod+N', () => start('new')]] : [], []);

  const close = () => {
    setSide({ kind: 'none' });
    if (linkedId) replacePath('/outgoing');
    searchRef.current?.focus();
  };

  const show = useOpenRecord((id) => invoke('outgoing.get', { id }), linkedId, (record) => setSide({ kind: 'view', record }), setOpenError);

  // A draft is worked on next (核稿, 签发, 取号): it opens in the record view rather than a fresh form.
  const changed = (record: OutgoingRecord, text: string) => {
    setSide({ kind: 'view', record });
    setAnnouncement(text);
    list.reload();
  };

  const { exporting, exportError, runExport } = useExport(() => exportList('outgoing.export', exportInput(filters)), setAnnouncement);

  const counters = codes.data ?? [];
  const rows = list.rows ?? [];
  const empty = isNarrowed(filters)
    ? '没有符合条件的发文。'
    : canAct
      ? '还没有发文。按 Ctrl+N 登记第一份拟稿。'
      : '还没有发文。发文由文秘登记。';
  const count = list.rows ? `显示 ${rows.length} 份${list.more ? '，还有更多' : ''}` : list.error ? '' : '正在载入…';

  const listPane = (
    <>
      <OutgoingFilters filters={filters} set={(key, value) => setFilters((f) => ({ ...f, [key]: value }))} counters={counters} searchRef={searchRef} />
      {count && (
        <Text size="sm" c="dimmed">
          {count}
        </Text>
      )}
      {list.error && <LoadError message={list.error} onRetry={list.reload} />}
      {exportError && <LoadError message={exportError} onRetry={() => void runExport()} />}
      <div className="outgoing-ledger">
        <WindowedLedgerTable
          key={JSON.stringify(filters)}
          label="发文登记簿"
          columns={COLUMNS}
          rows={rows}
          rowKey={(r) => r.id}
          empty={list.rows ? empty : ''}
          selectedKey={side.kind === 'view' || side.kind === 'edit' ? side.record.id : null}
          onOpen={(r) => void show(r.id)}
          onNearEnd={list.loadMore}
        />
      </div>
    </>
  );

  let content;
  if (side.kind === 'new' || side.kind === 'historical') {
    const historical = side.kind === 'historical';
    content = (
      <DraftForm
        key={`${side.kind}-${formRound}`}
        units={units.data ?? []}
        counters={counters}
        historical={historical}
        onSaved={(record) => changed(record, historical ? `已补录：${record.docNumber}` : `已登记拟稿：${record.title}`)}
        onCancel={close}
      />
    );
  } else if (side.kind === 'edit') {
    const record = side.record;
    content = (
      <DraftForm
        key={`edit-${record.id}`}
        units={units.data ?? []}
        counters={counters}
        historical={false}
        editing={record}
        onSaved={(saved) => changed(saved, `已修改拟稿：${saved.title}`)}
        onCancel={() => setSide({ kind: 'view', record })}
      />
    );
  } else if (side.kind === 'void') {
    content = (
      <VoidForm
        key={`void-${formRound}`}
        target={{ kind: 'next' }}
        counters={counters}
        people={people.data ?? []}
        onSaved={(entry) => {
          setSide({ kind: 'none' });
          setAnnouncement(`已作废：${entry.docNumber}`);
        }}
        onCancel={close}
      />
    );
  } else if (side.kind === 'view') {
    content = (
      <RecordView
        record={side.record}
        canAct={canAct}
        units={units.data ?? []}
        people={people.data ?? []}
        counters={counters}
        onClose={close}
        onChanged={changed}
        onEdit={() => setSide({ kind: 'edit', record: side.record })}
      />
    );
  } else {
    content = (
      <Stack gap="xs">
        {openError && <LoadError message={openError} onRetry={close} />}
        <Text>点击列表中的一行查看发文。</Text>
        {canAct ? <Text>按 Ctrl+N 或点“新建拟稿”登记新的发文稿。签发后才能取号。</Text> : <Text>发文由文秘登记。</Text>}
      </Stack>
    );
  }

  return (
    <Page
      title="发文登记"
      actions={
        <>
          {canExport && (
            <Button variant="default" onClick={() => void runExport()} loading={exporting}>
              导出
            </Button>
          )}
          <Button component="a" href="#/outgoing/gaps" variant="default">
            缺号报告
          </Button>
          {canAct && (
            <>
              <Button variant="default" onClick={() => start('void')}>
                作废文号
              </Button>
              <Button variant="default" onClick={() => start('historical')}>
                补录历史文号
              </Button>
              <Button onClick={() => start('new')}>新建拟稿</Button>
            </>
          )}
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
    </Page>
  );
}
