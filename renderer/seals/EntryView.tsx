import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { LedgerEntry } from '../../shared/seals/api';
import { USE_KIND_LABELS } from '../../shared/seals/vocabulary';
import { showMeetingAt } from '../outgoing/meeting-time';
import { approverText, correctedByText, correctionText, methodText } from './entry-text';

interface Props {
  entry: LedgerEntry;
  /** The custodian may correct the line, and record the return of a seal it took out. */
  canAct: boolean;
  /** Offered while this line's seal is out. */
  onReturn: (() => void) | null;
  onCorrect: () => void;
  onClose: () => void;
}

const time = (t: string | null) => (t ? showMeetingAt(t) : '—');

function fieldRows(e: LedgerEntry): [string, ReactNode][] {
  return [
    ['序号', <Text key="v" span fw={600} style={{ userSelect: 'all' }}>{e.serialText}</Text>],
    ['用印时间', time(e.usedAt)],
    ['印章', e.sealName],
    ['用印类别', USE_KIND_LABELS[e.useKind]],
    ['事由', e.reason],
    ['文件名称', e.fileName || '—'],
    ...(e.useKind === 'document' ? ([['关联发文', <span key="v" style={{ whiteSpace: 'nowrap' }}>{e.docNumber}</span>]] as [string, ReactNode][]) : []),
    ['份数', e.copies],
    ['申请单位', e.unitName],
    ['经办人', e.handler],
    ['批准人', approverText(e)],
    ...(e.useKind === 'other' ? ([['批准时间', time(e.approvedAt)]] as [string, ReactNode][]) : []),
    ['监印人', e.supervisor],
    ['方式', methodText(e, showMeetingAt)],
    ['备注', e.remarks || '—'],
  ];
}

/** One line of the 用印登记簿 with every field, what corrects it or what it corrects, and what may be done now. */
export function EntryView({ entry: e, canAct, onReturn, onCorrect, onClose }: Props) {
  const notes = [correctionText(e), correctedByText(e)].filter((n): n is string => n !== null);
  // Only the latest line of a use is corrected again; a use found not to have happened is final.
  const correctable = e.correctedBy.length === 0 && !e.cancelled;
  return (
    <Stack gap="sm">
      <Group justify="space-between" wrap="nowrap">
        <Title order={3} size="h5" style={{ whiteSpace: 'nowrap' }}>
          {e.kind === 'correction' ? '更正登记' : '用印登记'} {e.serialText}
        </Title>
        <Button size="compact-sm" variant="default" onClick={onClose}>
          关闭
        </Button>
      </Group>
      {notes.map((n) => (
        <Text key={n} size="sm">
          <span className="seal-note">{n}</span>
        </Text>
      ))}
      {canAct && (onReturn || correctable) && (
        <Group gap="xs">
          {onReturn && (
            <Button size="compact-sm" onClick={onReturn}>
              登记归还
            </Button>
          )}
          {correctable && (
            <Button size="compact-sm" variant="default" onClick={onCorrect}>
              更正
            </Button>
          )}
        </Group>
      )}
      <Table verticalSpacing={4} horizontalSpacing={6} aria-label="用印登记详情" withRowBorders>
        <Table.Tbody>
          {fieldRows(e).map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={80} style={{ whiteSpace: 'nowrap', fontWeight: 500, color: 'var(--mantine-color-gray-7)' }}>
                {label}
              </Table.Th>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="sm" c="dimmed">
        {correctable ? '登记簿只增不改：写错的登记用“更正”另起一行，原登记保留。' : e.cancelled ? '这次登记已更正为未实际用印。' : `如需再更正，请在最新的一行（${e.correctedBy.at(-1)}）上更正。`}
      </Text>
    </Stack>
  );
}
