import { Button, Stack, Text } from '@mantine/core';
import { useOpenRecord } from '../common/useOpenRecord';
import { exportList } from '../api/export';
import { ExportButton } from '../common/ExportButton';
import { useHotkeys } from '@mantine/hooks';
import { useState } from 'react';
import type { DestructionBatch, DestructionBatchRow } from '../../shared/destruction/api';
import { invoke } from '../api/client';
import { canCall } from '../api/access';
import { useSession } from '../app/session';
import { replacePath, useLinkedId } from '../app/useHashPath';
import { LedgerTable, type Column } from '../common/LedgerTable';
import { LoadError } from '../common/LoadError';
import { Page } from '../common/Page';
import { SplitPane } from '../common/SplitPane';
import { shanghaiMinute } from '../common/time';
import { useQuery } from '../common/useQuery';
import { Announcement } from '../form/Announcement';
import { showMeetingAt } from '../outgoing/meeting-time';
import { BatchView } from './BatchView';
import { BatchStateBadge } from './marks';
import { NewBatchForm } from './NewBatchForm';

const COLUMNS: Column<DestructionBatchRow>[] = [
  { header: '批次号', cell: (b) => b.batchNo, width: 72 },
  { header: '状态', cell: (b) => <BatchStateBadge state={b.state} />, width: 64 },
  { header: '申请人', cell: (b) => b.applicant, kind: 'wrap' },
  { header: '拟定时间', cell: (b) => shanghaiMinute(b.createdAt), width: 128 },
  { header: '审批时间', cell: (b) => (b.approvedAt ? showMeetingAt(b.approvedAt) : ''), width: 128 },
  { header: '销毁时间', cell: (b) => (b.destroyedAt ? showMeetingAt(b.destroyedAt) : ''), width: 128 },
  { header: '件数', cell: (b) => b.items, kind: 'num', width: 44 },
  { header: '份数', cell: (b) => b.copies, kind: 'num', width: 44 },
];

type Side = { kind: 'none' } | { kind: 'new' } | { kind: 'view'; batch: DestructionBatch };

/** 销毁登记 (art. 23): the batches, newest first, and the one drafted or looked at beside them. */
export function DestructionPage() {
  const { user } = useSession();
  const canPropose = canCall(user, 'destruction.draft');
  const officer = canCall(user, 'destruction.approve');
  const linkedId = useLinkedId();
  const list = useQuery('destruction.list', {});
  const people = useQuery('people.list', {});
  const [side, setSide] = useState<Side>({ kind: 'none' });
  const [formRound, setFormRound] = useState(0);
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const [openError, setOpenError] = useState<string | null>(null);

  const startNew = () => {
    setSide({ kind: 'new' });
    setFormRound((n) => n + 1);
  };
  useHotkeys(canPropose ? [['mod+N', startNew]] : [], []);

  const close = () => {
    setSide({ kind: 'none' });
    if (linkedId) replacePath('/destruction');
  };

  const show = useOpenRecord((id) => invoke('destruction.get', { id }), linkedId, (batch) => setSide({ kind: 'view', batch }), setOpenError);

  const changed = (batch: DestructionBatch, text: string) => {
    setSide({ kind: 'view', batch });
    setAnnouncement(text);
    list.reload();
  };

  const rows = list.data ?? [];
  let content;
  if (side.kind === 'new') {
    content = <NewBatchForm key={formRound} onSaved={(batch) => changed(batch, `已新建销毁批次：${batch.batchNo}`)} onCancel={close} />;
  } else if (side.kind === 'view') {
    content = (
      <BatchView
        key={side.batch.id}
        batch={side.batch}
        officer={officer}
        canPropose={canPropose}
        people={people.data ?? []}
        onClose={close}
        onChanged={changed}
      />
    );
  } else {
    content = (
      <Stack gap="xs">
        {openError && <LoadError message={openError} onRetry={close} />}
        <Text>点击列表中的一个批次查看销毁清单。</Text>
        <Text>先列清单，经审批后销毁；销毁时须有两名以上监销人。已清退要求的密件不能销毁。</Text>
      </Stack>
    );
  }

  return (
    <Page
      title="销毁登记"
      actions={
        <>
          <ExportButton run={() => exportList('destruction.export', {})} onExported={setAnnouncement} />
          {canPropose && <Button onClick={startNew}>新建批次</Button>}
        </>
      }
    >
      <SplitPane
        list={
          <>
            <Text size="sm" c="dimmed">
              {list.data ? `共 ${rows.length} 个批次` : list.error ? '' : '正在载入…'}
            </Text>
            {list.error && <LoadError message={list.error} onRetry={list.reload} />}
            <LedgerTable
              label="销毁登记簿"
              columns={COLUMNS}
              rows={rows}
              rowKey={(b) => b.id}
              empty={list.data ? (canPropose ? '还没有销毁批次。按 Ctrl+N 新建第一个批次。' : '还没有销毁批次。') : ''}
              selectedKey={side.kind === 'view' ? side.batch.id : null}
              onOpen={(b) => void show(b.id)}
            />
          </>
        }
        side={
          <Stack gap="xs">
            <Announcement text={announcement} />
            {content}
          </Stack>
        }
        sideLabel={side.kind === 'new' ? '新建销毁批次' : '销毁批次详情'}
      />
    </Page>
  );
}
