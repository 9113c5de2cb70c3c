import './seals.css';
import { Button, Stack, Text } from '@mantine/core';
import { useRef } from 'react';
import type { Seal } from '../../shared/seals/api';
import { LedgerTable, type Column } from '../common/LedgerTable';
import { LoadError } from '../common/LoadError';
import { Page } from '../common/Page';
import { SplitPane } from '../common/SplitPane';
import { useQuery } from '../common/useQuery';
import { useRecordEditor } from '../common/useRecordEditor';
import { Announcement } from '../form/Announcement';
import { showMeetingAt } from '../outgoing/meeting-time';
import { SealForm } from './SealForm';

const COLUMNS: Column<Seal>[] = [
  { header: '印章名称', cell: (s) => s.name },
  { header: '保管人', cell: (s) => s.custodian },
  { header: '审批人职务', cell: (s) => s.approverTitles.join('、'), kind: 'wrap' },
  { header: '审批规定', cell: (s) => s.approvalRule, kind: 'wrap' },
  { header: '状态', cell: (s) => (s.retired ? '停用' : '在用'), width: 56 },
  {
    header: '外带',
    cell: (s) => (s.out ? <span className="seal-out">{`外带中（${s.out.serialText}，${showMeetingAt(s.out.usedAt)}）`}</span> : '在库'),
    kind: 'wrap',
    width: 150,
  },
];

/** 印章 (administrator): the seals the ledger records, who keeps each and who may approve its use. */
export function SealCatalogPage() {
  const catalog = useQuery('seals.catalog', {});
  const newButtonRef = useRef<HTMLButtonElement>(null);
  const editor = useRecordEditor<Seal>({ canAdd: true, nameOf: (s) => s.name, reload: catalog.reload, returnFocusTo: newButtonRef });
  const seals = catalog.data ?? [];

  const list = (
    <>
      <Text size="sm" c="dimmed">
        {catalog.data ? `共 ${seals.length} 枚印章` : '正在载入…'}
      </Text>
      {catalog.error && <LoadError message={catalog.error} onRetry={catalog.reload} />}
      <LedgerTable
        label="印章"
        columns={COLUMNS}
        rows={seals}
        rowKey={(s) => s.id}
        empty={catalog.data ? '还没有印章。按 Ctrl+N 新增第一枚。' : ''}
        selectedKey={editor.selectedId}
        onOpen={editor.open}
        muted={(s) => s.retired}
      />
    </>
  );

  const side = (
    <Stack gap="xs">
      <Announcement text={editor.announcement} />
      {editor.editing ? (
        <SealForm key={editor.formKey} seal={editor.editing.record} focusRequest={editor.focusRequest} onSaved={editor.saved} onCancel={editor.close} />
      ) : (
        <Text>点击列表中的印章可以修改或停用；按 Ctrl+N 或点“新增印章”登记一枚。用过的印章只能停用，登记簿永远保留。</Text>
      )}
    </Stack>
  );

  return (
    <Page
      title="印章"
      actions={
        <Button ref={newButtonRef} onClick={editor.startNew}>
          新增印章
        </Button>
      }
    >
      <SplitPane list={list} side={side} sideLabel={editor.editing ? '印章表单' : '说明'} />
    </Page>
  );
}
