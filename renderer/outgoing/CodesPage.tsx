import { Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { NumberCounter } from '../../shared/outgoing/api';
import { invoke } from '../api/client';
import { LoadError } from '../common/LoadError';
import { Page } from '../common/Page';
import { StateBadge } from '../common/StateBadge';
import { useQuery } from '../common/useQuery';
import { Announcement } from '../form/Announcement';
import type { DeviceName } from '../sync/conflict-text';
import { deviceNamer } from '../sync/report-text';
import { AddCodeForm, AddCounterForm, StartSerialForm } from './CodeForms';

/** One counter: which PC issues it, its yearly starting serials, its 代字 and what may be changed. */
function CounterCard({ counter, device, onChanged }: { counter: NumberCounter; device: DeviceName; onChanged: (text: string) => void }) {
  const [error, setError] = useState<string | null>(null);
  const toggle = async (id: string, code: string, disabled: boolean) => {
    const result = await invoke('outgoing.setCodeDisabled', { id, disabled });
    if (result.ok) onChanged(`${disabled ? '已停用' : '已启用'}：${code}`);
    else setError(result.error.message);
  };
  const starts = Object.entries(counter.startSerials).sort(([a], [b]) => a.localeCompare(b));
  return (
    <Paper component="section" aria-label={`编号序列 ${counter.name}`} withBorder p="sm">
      <Stack gap={6}>
        <Group justify="space-between">
          <Title order={3} size="h5">
            {counter.name}
          </Title>
          <Text size="sm" c={counter.issuedHere ? 'dimmed' : 'orange.8'}>
            发号电脑：{counter.issuedHere ? '本机' : `${device(counter.issuingDeviceId)}，本机不能用此序列编号（可在“同步”中更改）`}
          </Text>
        </Group>
        <Text size="sm" c="dimmed">
          {starts.length ? `起始序号：${starts.map(([y, n]) => `${y}年从${n}号起`).join('；')}` : '每年从1号起'}
          {counter.codes.length > 1 && `。以下代字共用一个编号序列`}
        </Text>
        {error && <LoadError message={error} onRetry={() => setError(null)} />}
        <Table verticalSpacing={2} horizontalSpacing={6} aria-label={`${counter.name}的机关代字`}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>机关代字</Table.Th>
              <Table.Th w={64}>状态</Table.Th>
              <Table.Th w={80} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {counter.codes.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{c.code}</Table.Td>
                <Table.Td>
                  <StateBadge disabled={c.disabled} />
                </Table.Td>
                <Table.Td>
                  <Button size="compact-xs" variant="default" onClick={() => void toggle(c.id, c.code, !c.disabled)} aria-label={`${c.disabled ? '启用' : '停用'}${c.code}`}>
                    {c.disabled ? '启用' : '停用'}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Group align="flex-start" gap="lg" wrap="wrap">
          <AddCodeForm counter={counter} onSaved={onChanged} />
          <StartSerialForm counter={counter} onSaved={onChanged} />
        </Group>
      </Stack>
    </Paper>
  );
}

/** 机关代字 (administrator): the counters, the 代字 sharing each, starting serials and the PC that issues them. */
export function CodesPage() {
  const codes = useQuery('outgoing.codes', {});
  const devices = useQuery('sync.devices', {});
  const device = useMemo(() => deviceNamer(devices.data ?? []), [devices.data]);
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const changed = (text: string) => {
    setAnnouncement(text);
    codes.reload();
  };
  return (
    <Page title="机关代字">
      <Stack gap="sm" style={{ overflowY: 'auto' }} maw={760}>
        <Text size="sm">每个编号序列每年从起始序号起连续编号；共用一个序列的代字共用一套序号。用过的代字只能停用，不能删除。</Text>
        <Announcement text={announcement} />
        {codes.error && <LoadError message={codes.error} onRetry={codes.reload} />}
        <AddCounterForm onSaved={changed} />
        {codes.data?.map((c) => <CounterCard key={c.id} counter={c} device={device} onChanged={changed} />)}
      </Stack>
    </Page>
  );
}
