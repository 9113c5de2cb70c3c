import { Button, Stack, Text } from '@mantine/core';
import { useExport } from '../common/useExport';
import { useOpenRecord } from '../common/useOpenRecord';
import { useHotkeys } from '@mantine/hooks';
import { useRef, useState } from 'react';
import type { OutputOf } from '../../shared/api';
import type { IncomingRecord, IncomingRow } from '../../shared/incoming/api';
import { DOC_TYPE_LABELS } from '../../shared/incoming/vocabulary';
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
import type { CarriedOver } from './form-values';
import { IncomingFilters } from './IncomingFilters';
import { IncomingForm, type FormMode } from './IncomingForm';
import { exportInput, isNarrowed, NO_FILTERS, type Filters } from './list-filters';
import { IncomingStateBadge, SecrecyMark, UrgencyMark } from './marks';
import { RecordView } from './RecordView';
import { ReturnForm } from './ReturnForm';
import { useIncomingList } from './useIncomingList';

/** The paper book's columns, in its order; fixed widths, the two long texts share what is left. */
const COLUMNS: WindowedColumn<IncomingRow>[] = [
  { header: '收文号', cell: (r) => r.receiptNo, title: (r) => r.receiptNo, width: 128 },
  { header: '收文日期', cell: (r) => r.receivedDate, width: 84 },
  { header: '来文单位', cell: (r) => r.fromUnitName, title: (r) => r.fromUnitName, kind: 'wrap' },
  { header: '来文字号', cell: (r) => r.docNumber, title: (r) => r.docNumber, kind: 'wrap', width: 104 },
  { header: '标题', cell: (r) => r.title, title: (r) => r.title, kind: 'wrap' },
  { header: '文种', cell: (r) => DOC_TYPE_LABELS[r.docType], title: (r) => DOC_TYPE_LABELS[r.docType], width: 40 },
  { header: '密级', cell: (r) => <SecrecyMark level={r.secrecyLevel} />, width: 52 },
  { header: '紧急程度', cell: (r) => <UrgencyMark urgency={r.urgency} />, width: 66 },
  { header: '份数', cell: (r) => r.copies, kind: 'num', width: 38 },
  { header: '状态', cell: (r) => <IncomingStateBadge state={r.state} />, width: 78 },
];

type Side =
  | { kind: 'none' }
  | { kind: 'new' }
  | { kind: 'view'; record: IncomingRecord }
  | { kind: 'edit'; record: IncomingRecord }
  | { kind: 'resubmit'; record: IncomingRecord }
  | { kind: 'return'; record: IncomingRecord; draft: OutputOf<'incoming.returnDraft'> };

const SIDE_LABELS: Record<Side['kind'], string> = {
  none: '收文详情',
  new: '登记收文',
  view: '收文详情',
  edit: '修改收文',
  resubmit: '重新报送',
  return: '退文',
};


/** 收文登记: the register on the left, the document being registered or looked at beside it. */
export function IncomingPage() {
  const { user } = useSession();
  const canRegister = canCall(user, 'incoming.register');
  const canScreen = canCall(user, 'incoming.pass');
  const canAct = canCall(user, 'incoming.propose');
  const canExport = canCall(user, 'incoming.export');
  const linkedId = useLinkedId();
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const list = useIncomingList(filters);
  const units = useQuery('units.list', {});
  const [side, setSide] = useState<Side>({ kind: 'none' });
  const [focusRequest, setFocusRequest] = useState(0);
  // A new key after each registration: the form starts afresh with what carries over.
  const [formRound, setFormRound] = useState(0);
  const [carried, setCarried] = useState<CarriedOver | undefined>(undefined);
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);

  const startNew = () => {
    if (!canRegister) return;
    setSide((s) => (s.kind === 'new' ? s : { kind: 'new' }));
    setFocusRequest((n) => n + 1);
  };
  useHotkeys(canRegister ? [['mod+N', startNew]] : [], []);

  const close = () => {
    setSide({ kind: 'none' });
    if (linkedId) replacePath('/incoming');
    setActionError(null);
    searchRef.current?.focus();
  };

  const open = useOpenRecord((id) => invoke('incoming.get', { id }), linkedId, (record) => setSide({ kind: 'view', record }), setActionError);

  const changed = (record: IncomingRecord, text: string) => {
    setSide({ kind: 'view', record });
    setAnnouncement(text);
    list.reload();
  };

  const pass = async (record: IncomingRecord) => {
    setBusy(true);
    const result = await invoke('incoming.pass', { id: record.id });
    setBusy(false);
    if (result.ok) {
      setSide({ kind: 'view', record: result.value });
      setAnnouncement(`已初审通过：${result.value.receiptNo}`);
      list.reload();
    } else {
      setActionError(result.error.message);
    }
  };

  const startReturn = async (record: IncomingRecord) => {
    setBusy(true);
    const result = await invoke('incoming.returnDraft', { id: record.id });
    setBusy(false);
    if (result.ok) setSide({ kind: 'return', record, draft: result.value });
    else setActionError(result.error.message);
  };

  const { exporting, exportError, runExport } = useExport(() => exportList('incoming.export', exportInput(filters)), setAnnouncement);

  const rows = list.rows ?? [];

  const empty = isNarrowed(filters)
    ? `没有符合条件的收文。${filters.q ? '可以输入标题、来文字号或来文单位中的任意几个字。' : ''}`
    : canRegister
      ? '还没有收文。按 Ctrl+N 登记第一份。'
      : '还没有收文。收文由文秘登记。';

  // A large import's records become searchable a moment after it (their index entries are written after the import).
  const indexing = list.indexing ? `。刚导入的 ${list.indexing.toLocaleString('zh-CN')} 份正在建立检索，稍后才能搜到` : '';
  const count = list.rows
    ? `显示 ${rows.length} 份${list.more ? `，还有更多${list.loadingMore ? '，正在载入…' : ''}` : ''}${indexing}`
    : list.error
      ? ''
      : '正在载入…';

  const listPane = (
    <>
      <IncomingFilters
        filters={filters}
        set={(key, value) => setFilters((f) => ({ ...f, [key]: value }))}
        units={units.data ?? []}
        searchRef={searchRef}
      />
      {count && (
        <Text size="sm" c="dimmed">
          {count}
        </Text>
      )}
      {list.error && <LoadError message={list.error} onRetry={list.reload} />}
      {exportError && <LoadError message={exportError} onRetry={() => void runExport()} />}
      <div className="incoming-ledger">
        <WindowedLedgerTable
          // A new query starts at its top.
          key={JSON.stringify(filters)}
          label="收文登记簿"
          columns={COLUMNS}
          rows={rows}
          rowKey={(r) => r.id}
          empty={list.rows ? empty : ''}
          selectedKey={side.kind !== 'none' && side.kind !== 'new' ? side.record.id : null}
          onOpen={(r) => void open(r.id)}
          onNearEnd={list.loadMore}
        />
      </div>
    </>
  );

  let content;
  if (side.kind === 'edit' || side.kind === 'resubmit') {
    const mode: FormMode = { kind: side.kind === 'edit' ? 'update' : 'resubmit', record: side.record };
    content = (
      <IncomingForm
        units={units.data ?? []}
        carried={undefined}
        focusRequest={0}
        mode={mode}
        onSaved={(record) => changed(record, side.kind === 'edit' ? `已修改：${record.receiptNo}` : `已登记：${record.receiptNo}（重新报送 ${side.record.receiptNo}）`)}
        onCancel={() => setSide({ kind: 'view', record: side.record })}
        key={`${side.kind}-${side.record.id}`}
      />
    );
  } else if (side.kind === 'new') {
    content = (
      <IncomingForm
        units={units.data ?? []}
        carried={carried}
        focusRequest={focusRequest}
        onSaved={(record, v) => {
          setAnnouncement(`已登记：${record.receiptNo}`);
          setCarried({
            fromUnitId: v.fromUnitId,
            receivedAt: v.receivedAt,
            docType: v.docType,
            incomingClass: v.incomingClass,
            addressee: v.addressee,
          });
          // A fresh form with what carries over, the cursor back in its first field.
          setFocusRequest((n) => n + 1);
          setFormRound((n) => n + 1);
          list.reload();
        }}
        onCancel={close}
        key={`new-${formRound}`}
      />
    );
  } else if (side.kind === 'view') {
    content = (
      <RecordView
        record={side.record}
        canScreen={canScreen}
        canAct={canAct}
        units={units.data ?? []}
        busy={busy}
        error={actionError}
        onPass={() => void pass(side.record)}
        onReturn={() => void startReturn(side.record)}
        onOpen={(id) => void open(id)}
        onClose={close}
        onChanged={changed}
        onEdit={() => setSide({ kind: 'edit', record: side.record })}
        onResubmit={() => setSide({ kind: 'resubmit', record: side.record })}
      />
    );
  } else if (side.kind === 'return') {
    content = (
      <ReturnForm
        record={side.record}
        draft={side.draft}
        onReturned={(slip) => {
          list.reload();
          window.location.hash = `#/print/return-slip/${slip.incomingId}`;
        }}
        onCancel={() => setSide({ kind: 'view', record: side.record })}
      />
    );
  } else {
    content = (
      <Stack gap="xs">
        {actionError && <LoadError message={actionError} onRetry={close} />}
        <Text>点击列表中的一行查看收文。</Text>
        {canRegister ? <Text>按 Ctrl+N 或点“登记收文”登记新收到的公文。</Text> : <Text>收文由文秘登记。</Text>}
      </Stack>
    );
  }

  return (
    <Page
      title="收文登记"
      actions={
        <>
          {canExport && (
            <Button variant="default" onClick={() => void runExport()} loading={exporting}>
              导出
            </Button>
          )}
          <Button component="a" href="#/incoming/returns" variant="default">
            退文登记
          </Button>
          {canRegister && <Button onClick={startNew}>登记收文</Button>}
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
