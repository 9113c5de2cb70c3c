import { Alert, Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import type { BackupEntry } from '../../shared/backup/api';
import { invoke } from '../api/client';
import { LoadError } from '../common/LoadError';
import { Page } from '../common/Page';
import { Section } from '../common/Section';
import { useQuery } from '../common/useQuery';
import { Announcement } from '../form/Announcement';
import { deviceNamer } from '../sync/report-text';
import { latestJob } from './backup-text';
import { BackupList } from './BackupList';
import { BackupSettingsForm } from './BackupSettingsForm';
import { JobStatus } from './JobStatus';
import { RestoreDialog } from './RestoreDialog';
import { useOverview } from './useOverview';

/** 备份 (administrator): where and how backups are made, 立即备份, 全库导出, and the backups in the folder with 恢复. */
export function BackupPage() {
  const overview = useOverview();
  const backups = useQuery('backup.list', {});
  const devices = useQuery('sync.devices', {});
  const device = useMemo(() => deviceNamer(devices.data ?? []), [devices.data]);
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [restoring, setRestoring] = useState<BackupEntry | null>(null);

  const jobs = overview.data?.jobs ?? [];
  const busy = jobs.some((j) => j.state === 'running');
  // A finished backup adds a file to the folder (and may prune old ones): read the folder again.
  const finished = jobs.filter((j) => j.state !== 'running').length;
  const reloadBackups = backups.reload;
  useEffect(() => {
    if (finished > 0) reloadBackups();
  }, [finished, reloadBackups]);

  const start = async (method: 'backup.now' | 'backup.exportAll') => {
    setAnnouncement(null);
    const result = await invoke(method, {});
    setRefusal(result.ok ? null : result.error.message);
    overview.reload();
  };

  const settings = overview.data?.settings;
  const backupJob = latestJob(jobs, 'backup') ?? overview.data?.last ?? null;
  const exportJob = latestJob(jobs, 'export');
  const restoreJob = latestJob(jobs, 'restore');
  const error = overview.error ?? backups.error;

  return (
    <Page title="备份">
      <Stack gap="sm" style={{ overflowY: 'auto' }}>
        <Announcement text={announcement} />
        {refusal && (
          <Alert color="red" variant="light" role="alert" p="xs">
            {refusal}
          </Alert>
        )}
        {error && (
          <LoadError
            message={error}
            onRetry={() => {
              overview.reload();
              backups.reload();
            }}
          />
        )}
        {settings && (
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
            <Section title="备份设置">
              <BackupSettingsForm
                key={JSON.stringify(settings)}
                settings={settings}
                onSaved={() => {
                  setAnnouncement('备份设置已保存');
                  setRefusal(null);
                  overview.reload();
                  backups.reload();
                }}
              />
            </Section>
            <Stack gap="sm">
              <Section title="立即备份">
                <Text size="sm">备份时程序照常使用。每份备份写完后都会校验（完整性和各登记簿的条数）。</Text>
                <Group>
                  <Button disabled={busy} onClick={() => void start('backup.now')}>
                    立即备份
                  </Button>
                </Group>
                <JobStatus job={backupJob} none="还没有备份过。" label="上次备份" />
              </Section>
              <Section title="全库导出">
                <Text size="sm">
                  把全部数据导出为 CSV 文件（可用 Excel 或 WPS 打开）和说明文件 manifest.json，存到备份文件夹中的一个新文件夹里；不用文秘台账也能查阅。
                </Text>
                <Group>
                  <Button variant="default" disabled={busy} onClick={() => void start('backup.exportAll')}>
                    全库导出
                  </Button>
                </Group>
                <JobStatus job={exportJob} none="导出后，结果和导出到的文件夹显示在这里。" label="全库导出结果" />
              </Section>
            </Stack>
          </SimpleGrid>
        )}
        <Section title="备份文件夹中的备份">
          {restoreJob && <JobStatus job={restoreJob} none="" label="上次恢复" />}
          {backups.data && (
            <BackupList entries={backups.data} folderChosen={Boolean(settings?.folder)} device={device} busy={busy} onRestore={setRestoring} />
          )}
        </Section>
      </Stack>
      {restoring && (
        <RestoreDialog entry={restoring} device={device} jobs={jobs} onStarted={overview.reload} onClose={() => setRestoring(null)} />
      )}
    </Page>
  );
}
