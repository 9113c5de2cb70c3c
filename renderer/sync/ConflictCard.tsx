import { Alert, Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import type { SyncConflict } from '../../shared/sync/api';
import { invoke } from '../api/client';
import { shanghaiDateTime } from '../common/time';
import { conflictSubject, conflictValueText, type DeviceName } from './conflict-text';

interface Props {
  conflict: SyncConflict;
  device: DeviceName;
  onResolved: (text: string) => void;
}

/**
 * One contested field (or a number two PCs both gave): the value that stands, the one that
 * lost and whose it was, and the person's decision with an optional note.
 */
export function ConflictCard({ conflict: c, device, onResolved }: Props) {
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const subject = conflictSubject(c);
  const duplicate = c.kind === 'duplicate';

  const resolve = async (useLost: boolean) => {
    setBusy(true);
    const result = await invoke('sync.resolveConflict', { id: c.id, useLost, note: note.trim() });
    setBusy(false);
    if (result.ok) onResolved(`已处理：${subject}（${result.value.resolution}）`);
    else setError(result.error.message);
  };

  return (
    <Paper component="section" aria-label={`冲突 ${subject}`} withBorder p="sm">
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap">
          <Title order={3} size="h5">
            {subject}
          </Title>
          <Text size="sm" c="dimmed">
            发现于 {shanghaiDateTime(c.detectedAt)}
          </Text>
        </Group>
        {duplicate && (
          <Text size="sm">另一台电脑登记的记录用了本机已经用过的编号。两条记录都保留着：请在登记簿中核对、更正后，把这条冲突标为已处理。</Text>
        )}
        <Table aria-label={`${subject}的两个值`} verticalSpacing={2} horizontalSpacing={6} withTableBorder>
          <Table.Tbody>
            <Table.Tr>
              <Table.Th w={170}>现值</Table.Th>
              <Table.Td>{conflictValueText(c, c.keptValue, 'kept', device)}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>另一台电脑的值</Table.Th>
              <Table.Td>{conflictValueText(c, c.lostValue, 'lost', device)}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>来自</Table.Th>
              <Table.Td>{device(c.lostDeviceId)}</Table.Td>
            </Table.Tr>
            {c.resolvedAt && (
              <Table.Tr>
                <Table.Th>处理</Table.Th>
                <Table.Td>
                  {shanghaiDateTime(c.resolvedAt)} {c.resolution}
                </Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
        {!c.resolvedAt && (
          <Group align="flex-end" gap="xs">
            <TextInput label="处理说明（可不填）" value={note} onChange={(e) => setNote(e.currentTarget.value)} maxLength={200} w={260} autoComplete="off" />
            {duplicate ? (
              <Button variant="default" loading={busy} onClick={() => void resolve(false)}>
                标为已处理
              </Button>
            ) : (
              <>
                <Button variant="default" loading={busy} onClick={() => void resolve(false)}>
                  保留现值
                </Button>
                <Button variant="default" loading={busy} onClick={() => void resolve(true)}>
                  改用另一台电脑的值
                </Button>
              </>
            )}
          </Group>
        )}
        {error && (
          <Alert color="red" variant="light" role="alert" p="xs">
            {error}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
