import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { useOpenRecord } from '../common/useOpenRecord';
import { exportList } from '../api/export';
import { ExportButton } from '../common/ExportButton';
import { useHotkeys } from '@mantine/hooks';
import { useRef, useState } from 'react';
import type { ClassifiedDoc, ClassifiedRow } from '../../shared/classified/api';
import { COPY_PLACE_LABELS, COPY_PLACES, type CopyPlace } from '../../shared/classified/vocabulary';
import { todayInShanghai } from '../../shared/dates';
import { invoke } from '../api/client';
import { canCall } from '../api/access';
import { useSession } from '../app/session';
import { replacePath, useLinkedId } from '../app/useHashPath';
import { LedgerTable, type Column } from '../common/LedgerTable';
import { LoadError } from '../common/LoadError';
import { Page } from '../common/Page';
import { SplitPane } from '../common/SplitPane';
import { useQuery } from '../common/useQuery';
import { Announcement } from '../form/Announcement';
import { SecrecyMark } from '../incoming/marks';
import { placesText } from './copy-text';
import { DocView } from './DocView';
import { OverdueMark } from './marks';
import { RegisterForm } from './RegisterForm';

/** The paper 密件登记簿's columns, then where the copies are now. */
const COLUMNS: Column<ClassifiedRow>[] = [
  { header: '编号', cell: (r) => r.serialText, width: 64 },
  { header: '标题', cell: (r) => r.title, kind: 'wrap' },
  { header: '来文字号', cell: (r) => r.docNumber, width: 140 },
  { header: '来文单位', cell: (r) => r.issuerName, kind: 'wrap', width: 110 },
  { header: '密级', cell: (r) => <SecrecyMark level={r.secrecyLevel} />, width: 52 },
  { header: '收到日期', cell: (r) => r.receivedDate, width: 84 },
  { header: '份数', cell: (r) => r.copies, kind: 'num', width: 38 },
  { header: '去向', cell: (r) => placesText(r.places), kind: 'wrap', width: 110 },
  { header: '逾期', cell: (r) => (r.overdue > 0 ? <OverdueMark label={`逾期 ${r.overdue} 份`} /> : ''), width: 78 },
];

const thisYear = Number(todayInShanghai(new Date()).slice(0, 4));
const YEARS = Array.from({ length: 10 }, (_, i) => String(thisYear - i)).map((y) => ({ value: y, label: `${y}年` }));
const PLACES = COPY_PLACES.map((p) => ({ value: p, label: COPY_PLACE_LABELS[p] }));

type Side = { kind: 'none' } | { kind: 'new' } | { kind: 'view'; doc: ClassifiedDoc };

/** 密件传阅: the register of classified documents on the left, the one registered or looked at beside it. */
export function ClassifiedPage() {
  const { user } = useSession();
  const canAct = canCall(user, 'classified.register');
  const linkedId = useLinkedId();
  const [place, setPlace] = useState<CopyPlace | null>(null);
  const [year, setYear] = useState<string | null>(null);
  const list = useQuery('classified.list', { ...(place ? { place } : {}), ...(year ? { year: Number(year) } : {}) });
  const people = useQuery('people.list', {});
  const units = useQuery('units.list', {});
  const [side, setSide] = useState<Side>({ kind: 'none' });
  const [formRound, setFormRound] = useState(0);
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const [openError, setOpenError] = useState<string | null>(null);
  const placeRef = useRef<HTMLInputElement>(null);

  const startNew = () => {
    setSide({ kind: 'new' });
    setFormRound((n) => n + 1);
  };
  useHotkeys(canAct ? [['mod+N', startNew]] : [], []);

  const close = () => {
    setSide({ kind: 'none' });
    if (linkedId) replacePath('/classified');
    placeRef.current?.focus();
  };

  const show = useOpenRecord((id) => invoke('classified.get', { id }), linkedId, (doc) => setSide({ kind: 'view', doc }), setOpenError);

  const changed = (doc: ClassifiedDoc, text: string) => {
    setSide({ kind: 'view', doc });
    setAnnouncement(text);
    list.reload();
  };

  const rows = list.data ?? [];
  const narrowed = place !== null || year !== null;
  const empty = narrowed ? '没有符合条件的密件。' : canAct ? '还没有密件。按 Ctrl+N 登记第一份。' : '还没有密件。密件由保密员登记。';

  const listPane = (
    <>
      <Group gap="xs" align="flex-end">
        <Select
          ref={placeRef}
          label="位置"
          placeholder="全部"
          data={PLACES}
          value={place}
          onChange={(v) => setPlace(v as CopyPlace | null)}
          clearable
          w={110}
        />
        <Select label="年份" placeholder="全部" data={YEARS} value={year} onChange={setYear} clearable w={100} />
      </Group>
      <Text size="sm" c="dimmed">
        {list.data ? `共 ${rows.length} 份密件` : list.error ? '' : '正在载入…'}
      </Text>
      {list.error && <LoadError message={list.error} onRetry={list.reload} />}
      <div className="classified-ledger">
        <LedgerTable
          label="密件登记簿"
          columns={COLUMNS}
          rows={rows}
          rowKey={(r) => r.id}
          empty={list.data ? empty : ''}
          selectedKey={side.kind === 'view' ? side.doc.id : null}
          onOpen={(r) => void show(r.id)}
        />
      </div>
    </>
  );

  let content;
  if (side.kind === 'new') {
    content = (
      <RegisterForm
        key={formRound}
        units={units.data ?? []}
        people={people.data ?? []}
        onSaved={(doc) => changed(doc, `已登记密件：${doc.serialText} ${doc.title}`)}
        onCancel={close}
      />
    );
  } else if (side.kind === 'view') {
    content = (
      <DocView
        key={side.doc.id}
        doc={side.doc}
        canAct={canAct}
        people={people.data ?? []}
        units={units.data ?? []}
        onClose={close}
        onChanged={changed}
      />
    );
  } else {
    content = (
      <Stack gap="xs">
        {openError && <LoadError message={openError} onRetry={close} />}
        <Text>点击列表中的一行查看密件和每一份的去向。</Text>
        {canAct ? <Text>按 Ctrl+N 或点“登记密件”登记收到的密件，逐份登记份号。</Text> : <Text>密件由保密员登记和传阅。</Text>}
      </Stack>
    );
  }

  return (
    <Page
      title="密件传阅"
      actions={
        <>
          <Button component="a" href="#/classified/board" variant="default">
            传阅看板
          </Button>
          {canCall(user, 'classified.check') && (
            <Button component="a" href="#/classified/check" variant="default">
              清查
            </Button>
          )}
          <ExportButton run={() => exportList('classified.export', { place: place ?? undefined, year: year ? Number(year) : undefined })} onExported={setAnnouncement} />
          {canAct && <Button onClick={startNew}>登记密件</Button>}
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
        sideLabel={side.kind === 'new' ? '登记密件' : '密件详情'}
      />
    </Page>
  );
}
