import { Alert, PasswordInput, Stack, Table, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { BackupEntry, BackupJob } from '../../shared/backup/api';
import { invoke } from '../api/client';
import { AppModal } from '../common/AppModal';
import { shanghaiDateTime } from '../common/time';
import { FormActions } from '../form/FormActions';
import type { FieldErrors } from '../form/field-errors';
import { useEntryForm } from '../form/useEntryForm';
import type { DeviceName } from '../sync/conflict-text';
import { countLines, fileSize } from './backup-text';
import { JobStatus } from './JobStatus';

interface Props {
  entry: BackupEntry;
  device: DeviceName;
  /** This run's jobs, newest first, kept current by the page while one runs. */
  jobs: readonly BackupJob[];
  onStarted: () => void;
  onClose: () => void;
}

// Long enough to read that it worked; then every screen must read the restored database afresh.
const RELOAD_AFTER_MS = 2500;

function Facts({ entry, device }: { entry: BackupEntry; device: DeviceName }) {
  const facts: [string, string][] = [
    ['备份时间', shanghaiDateTime(entry.createdAt)],
    ['电脑', device(entry.deviceId)],
    ['单位名称', entry.officeName],
    ['文件', entry.file],
    ['大小', fileSize(entry.bytes)],
    ['加密', entry.encrypted ? '已加密，恢复时要输入备份密码' : '不加密'],
  ];
  return (
    <Table aria-label="备份信息" verticalSpacing={2} horizontalSpacing={6}>
      <Table.Tbody>
        {facts.map(([name, value]) => (
          <Table.Tr key={name}>
            <Table.Th w={90}>{name}</Table.Th>
            <Table.Td style={{ wordBreak: 'break-all' }}>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function Contents({ entry }: { entry: BackupEntry }) {
  return (
    <Table aria-label="备份内容" verticalSpacing={2} horizontalSpacing={6} withTableBorder maw={260}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>登记簿</Table.Th>
          <Table.Th style={{ textAlign: 'right' }}>条数</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {countLines(entry.counts).map((line) => (
          <Table.Tr key={line.table}>
            <Table.Td>{line.label}</Table.Td>
            <Table.Td style={{ textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>{line.count}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** 恢复: what the backup holds, what happens to the data now, the passphrase of an encrypted one; then the restore as it runs. */
export function RestoreDialog({ entry, device, jobs, onStarted, onClose }: Props) {
  const [started, setStarted] = useState<BackupJob | null>(null);
  // The page's overview has the job as it goes; until its next answer, the job as the restore started it.
  const job = started && (jobs.find((j) => j.id === started.id) ?? started);
  const running = job?.state === 'running';
  const done = job?.state === 'done';

  useEffect(() => {
    if (!done) return;
    const timer = setTimeout(() => window.location.reload(), RELOAD_AFTER_MS);
    return () => clearTimeout(timer);
  }, [done]);

  const form = useEntryForm({
    initial: { passphrase: '' },
    check: ({ passphrase }): FieldErrors => (entry.encrypted && !passphrase ? { passphrase: '这份备份已加密，请输入备份密码' } : {}),
    submit: ({ passphrase }) => invoke('backup.restore', { file: entry.file, passphrase, confirm: true }),
    onSaved: (job) => {
      setStarted(job);
      onStarted();
    },
    onCancel: onClose,
    lastEnterSubmits: true,
  });
  const underway = running || done;

  return (
    <AppModal
      opened
      onClose={onClose}
      title="恢复备份"
      size="lg"
      // While the database is being swapped the dialog stays: closing it would hide how the restore ends.
      withCloseButton={!underway}
      closeOnEscape={!underway}
      closeOnClickOutside={!underway}
    >
      <Stack gap="sm">
        <Facts entry={entry} device={device} />
        <Contents entry={entry} />
        {!underway && (
          <Alert color="orange" variant="light" p="xs" title="当前数据将被取代">
            <Text size="sm">
              恢复后，本机现在的全部数据（各登记簿、名录、用户和审计记录）将被这份备份中的数据取代，备份时间之后登记或修改的内容不会出现在恢复后的台账中。
            </Text>
            <Text size="sm">现在的数据库会先完整地另存在数据文件夹中，不会删除。恢复期间请不要关闭程序。</Text>
          </Alert>
        )}
        {job && <JobStatus job={job} none="" label="恢复进度" />}
        {done && <Text size="sm">即将重新载入，以显示恢复后的数据……</Text>}
        {!underway && (
          <form {...form.formProps} aria-label="确认恢复">
            <Stack gap="sm">
              {entry.encrypted && <PasswordInput label="备份密码" autoComplete="off" data-autofocus {...form.text('passphrase')} />}
              <FormActions
                generalError={form.generalError}
                saving={form.saving}
                submitLabel="确认恢复"
                onCancel={onClose}
                keysHint={entry.encrypted ? 'Enter 确认恢复 · Esc 取消' : 'Esc 取消'}
              />
            </Stack>
          </form>
        )}
      </Stack>
    </AppModal>
  );
}
