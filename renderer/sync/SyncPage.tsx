import { Alert, Button, Group, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { SyncStatus } from '../../shared/sync/api';
import { invoke } from '../api/client';
import { LoadError } from '../common/LoadError';
import { Page } from '../common/Page';
import { Section } from '../common/Section';
import { useQuery } from '../common/useQuery';
import { Announcement } from '../form/Announcement';
import { DeviceNamesForm } from './DeviceNamesForm';
import { FolderKeyForm } from './FolderKeyForm';
import { IssuersForm } from './IssuersForm';
import { ReportView } from './ReportView';
import { deviceNamer, reportHeadline } from './report-text';
import { announceSyncChange, useSyncChange } from './sync-signal';

/** Not in a set yet: the first PC creates one in an empty folder, every other PC joins it. */
function NotJoined({ onJoined }: { onJoined: (status: SyncStatus, done: string) => void }) {
  return (
    <Stack gap="sm">
      <Text size="sm">
        本机还没有加入同步组。几台电脑通过一个共享文件夹（网络共享或U盘）交换各自的登记内容：第一台电脑在一个空文件夹中新建同步组，其他电脑用同一个文件夹和同步密钥加入。
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2 }} maw={900}>
        <Section title="新建同步组">
          <FolderKeyForm method="sync.create" label="新建同步组" submitLabel="新建同步组" confirmKey onSaved={(s) => onJoined(s, '已新建同步组')} />
        </Section>
        <Section title="加入同步组">
          <FolderKeyForm method="sync.join" label="加入同步组" submitLabel="加入同步组" onSaved={(s) => onJoined(s, '已加入同步组')} />
        </Section>
      </SimpleGrid>
    </Stack>
  );
}

/** In a set: where, which PC this is, how the last sync went, the PCs' names and who gives which numbers. */
function Joined({ status, onChanged }: { status: SyncStatus; onChanged: (text: string) => void }) {
  const devices = useQuery('sync.devices', {});
  const settings = useQuery('settings.get', {});
  const codes = useQuery('outgoing.codes', {});
  const conflicts = useQuery('sync.conflicts', { includeResolved: false });
  const device = useMemo(() => deviceNamer(devices.data ?? []), [devices.data]);
  useSyncChange(() => {
    devices.reload();
    settings.reload();
    codes.reload();
    conflicts.reload();
  });
  const error = devices.error ?? settings.error ?? codes.error ?? conflicts.error;
  const open = conflicts.data?.length ?? 0;

  return (
    <Stack gap="sm" maw={900}>
      {error && (
        <LoadError
          message={error}
          onRetry={() => {
            devices.reload();
            settings.reload();
            codes.reload();
            conflicts.reload();
          }}
        />
      )}
      <Section title="本机">
        <Table aria-label="本机同步设置" verticalSpacing={2} horizontalSpacing={6} maw={720}>
          <Table.Tbody>
            <Table.Tr>
              <Table.Th w={120}>同步文件夹</Table.Th>
              <Table.Td style={{ wordBreak: 'break-all' }}>{status.folder}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>同步组编号</Table.Th>
              <Table.Td>{status.setId}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>本机编号</Table.Th>
              <Table.Td>{status.deviceId}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>本机名称</Table.Th>
              <Table.Td>{devices.data?.find((d) => d.isThis)?.name || '未命名（可在下方“电脑名称”中填写）'}</Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </Section>
      <Section title="上次同步">
        <ReportView report={status.last} device={device} />
        <Group gap="xs">
          <Text size="sm" fw={600} c={open ? 'orange.8' : undefined}>
            {conflicts.data ? (open ? `待处理的同步冲突：${open} 条` : '没有待处理的同步冲突') : ''}
          </Text>
          <Button component="a" href="#/settings/sync/conflicts" size="compact-sm" variant="default">
            查看同步冲突
          </Button>
        </Group>
      </Section>
      <Section title="电脑名称">
        {devices.data && <DeviceNamesForm key={JSON.stringify(devices.data)} devices={devices.data} onSaved={() => onChanged('电脑名称已保存')} />}
      </Section>
      <Section title="发号电脑">
        {devices.data && settings.data && codes.data && (
          <IssuersForm
            key={JSON.stringify([devices.data, settings.data.numberIssuers, codes.data])}
            issuers={settings.data.numberIssuers}
            counters={codes.data}
            devices={devices.data}
            device={device}
            onSaved={onChanged}
          />
        )}
      </Section>
    </Stack>
  );
}

/** 同步 (administrator): joining the office's set, the state of the last sync, and the PCs of the set. */
export function SyncPage() {
  const status = useQuery('sync.status', {});
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const [syncing, setSyncing] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  useSyncChange(status.reload);

  const changed = (text: string) => {
    setAnnouncement(text);
    setRefusal(null);
    announceSyncChange();
  };
  const syncNow = async () => {
    setSyncing(true);
    const result = await invoke('sync.now', {});
    setSyncing(false);
    if (!result.ok) setRefusal(result.error.message);
    // The details, and a problem in red, are in 上次同步 below.
    else changed(result.value.problem ? '同步未完成，原因见“上次同步”' : '同步完成');
  };

  const snapshot = async () => {
    setSyncing(true);
    const result = await invoke('sync.snapshot', {});
    setSyncing(false);
    if (!result.ok) setRefusal(result.error.message);
    else changed(`已生成同步快照（${result.value.entries} 条）：以后加入的电脑从快照开始，不必读取全部历史文件`);
  };

  return (
    <Page
      title="同步"
      actions={
        status.data?.configured && (
          <>
            <Button variant="default" loading={syncing} onClick={() => void snapshot()}>
              生成同步快照
            </Button>
            <Button loading={syncing} onClick={() => void syncNow()}>
              立即同步
            </Button>
          </>
        )
      }
    >
      <Stack gap="sm" style={{ overflowY: 'auto' }}>
        <Announcement text={announcement} />
        {refusal && (
          <Alert color="red" variant="light" role="alert" p="xs">
            {refusal}
          </Alert>
        )}
        {status.error && <LoadError message={status.error} onRetry={status.reload} />}
        {status.data &&
          (status.data.configured ? (
            <Joined status={status.data} onChanged={changed} />
          ) : (
            <NotJoined onJoined={(s, done) => changed(s.last ? `${done}。${reportHeadline(s.last)}` : done)} />
          ))}
      </Stack>
    </Page>
  );
}
