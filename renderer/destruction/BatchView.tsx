import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import type { DestructionBatch, DestructionItem } from '../../shared/destruction/api';
import { DESTRUCTION_METHOD_LABELS } from '../../shared/destruction/vocabulary';
import type { Person } from '../../shared/people/api';
import { shanghaiMinute } from '../common/time';
import { showMeetingAt } from '../outgoing/meeting-time';
import { AddItemForm } from './AddItemForm';
import { ApproveForm } from './ApproveForm';
import { ExecuteForm } from './ExecuteForm';
import { ItemTable } from './ItemTable';
import { BatchStateBadge } from './marks';
import { NoteForm } from './NoteForm';
import { WithdrawForm } from './WithdrawForm';

type Open = { kind: 'none' } | { kind: 'add' } | { kind: 'approve' } | { kind: 'execute' } | { kind: 'note' } | { kind: 'withdraw'; item: DestructionItem };

interface Props {
  batch: DestructionBatch;
  /** The officer approves, destroys and appends notes (art. 23). */
  officer: boolean;
  /** The officer and the clerk list items and take them off again. */
  canPropose: boolean;
  people: readonly Person[];
  onClose: () => void;
  onChanged: (batch: DestructionBatch, announcement: string) => void;
}

const time = (t: string | null) => (t ? showMeetingAt(t) : '—');

function factRows(b: DestructionBatch): [string, ReactNode][] {
  return [
    ['批次号', <Text key="v" span fw={600} style={{ whiteSpace: 'nowrap', userSelect: 'all' }}>{b.batchNo}</Text>],
    ['状态', <BatchStateBadge key="v" state={b.state} />],
    ['申请人', b.applicant],
    ['拟定时间', shanghaiMinute(b.createdAt)],
    ['审批人', b.approverName ? `${b.approverName}${b.approverTitle ? `（${b.approverTitle}）` : ''}` : '—'],
    ['审批时间', time(b.approvedAt)],
    ['销毁方式', b.method ? DESTRUCTION_METHOD_LABELS[b.method] : '—'],
    ['机构或设备', b.facility || '—'],
    ['地点', b.place || '—'],
    ['押运人', b.escort || '—'],
    ['监销人', b.supervisors.join('、') || '—'],
    ['销毁时间', time(b.destroyedAt)],
  ];
}

/** One destruction batch: its list, the step possible now (拟销毁 → 已审批 → 已销毁), and the notes appended after. */
export function BatchView({ batch: b, officer, canPropose, people, onClose, onChanged }: Props) {
  const [open, setOpen] = useState<Open>({ kind: 'none' });
  const close = () => setOpen({ kind: 'none' });
  const saved = (batch: DestructionBatch, what: string) => {
    close();
    onChanged(batch, what);
  };
  const idle = open.kind === 'none';

  let form: ReactNode = null;
  if (open.kind === 'add') form = <AddItemForm batch={b} officer={officer} onSaved={saved} onCancel={close} />;
  else if (open.kind === 'withdraw') form = <WithdrawForm item={open.item} onSaved={saved} onCancel={close} />;
  else if (open.kind === 'approve') form = <ApproveForm batch={b} people={people} onSaved={saved} onCancel={close} />;
  else if (open.kind === 'execute') form = <ExecuteForm batch={b} onSaved={saved} onCancel={close} />;
  else if (open.kind === 'note') form = <NoteForm batch={b} onSaved={saved} onCancel={close} />;

  return (
    <Stack gap="sm">
      <Group justify="space-between" wrap="nowrap">
        <Group gap={8} wrap="nowrap">
          <Title order={3} size="h5" style={{ whiteSpace: 'nowrap' }}>
            销毁批次 {b.batchNo}
          </Title>
          <BatchStateBadge state={b.state} />
        </Group>
        <Button size="compact-sm" variant="default" onClick={onClose}>
          关闭
        </Button>
      </Group>
      <Group gap="xs">
        {idle && canPropose && b.state === 'draft' && (
          <Button size="compact-sm" onClick={() => setOpen({ kind: 'add' })}>
            添加物品
          </Button>
        )}
        {idle && officer && b.state === 'draft' && (
          <Button size="compact-sm" onClick={() => setOpen({ kind: 'approve' })}>
            审批
          </Button>
        )}
        {idle && officer && b.state === 'approved' && (
          <Button size="compact-sm" onClick={() => setOpen({ kind: 'execute' })}>
            执行销毁
          </Button>
        )}
        {idle && officer && (
          <Button size="compact-sm" variant="default" onClick={() => setOpen({ kind: 'note' })}>
            追加说明
          </Button>
        )}
        <Button size="compact-sm" component="a" href={`#/print/destruction-sheet/${b.id}`} variant="default">
          打印销毁清单
        </Button>
      </Group>
      {form && <div className="action-panel">{form}</div>}
      <ItemTable items={b.items} onWithdraw={idle && canPropose && b.state === 'draft' ? (item) => setOpen({ kind: 'withdraw', item }) : null} />
      {b.notes.length > 0 && (
        <section aria-label="追加说明" className="record-section">
          <Text className="record-section-title">追加说明</Text>
          {b.notes.map((n) => (
            <Text key={`${n.at}-${n.text}`} size="sm">
              {shanghaiMinute(n.at)} {n.by}：{n.text}
            </Text>
          ))}
        </section>
      )}
      <section aria-label="批次信息" className="record-section">
        <Text className="record-section-title">批次信息</Text>
        <Table verticalSpacing={4} horizontalSpacing={6} aria-label="销毁批次详情" withRowBorders>
          <Table.Tbody>
            {factRows(b).map(([label, value]) => (
              <Table.Tr key={label}>
                <Table.Th w={96} style={{ whiteSpace: 'nowrap', fontWeight: 500, color: 'var(--mantine-color-gray-7)' }}>
                  {label}
                </Table.Th>
                <Table.Td>{value}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </section>
    </Stack>
  );
}
