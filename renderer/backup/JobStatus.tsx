import { Alert, Group, Loader, Stack, Text } from '@mantine/core';
import type { BackupJob } from '../../shared/backup/api';
import { shanghaiDateTime } from '../common/time';
import { countsText, runningText } from './backup-text';

interface Props {
  job: BackupJob | null;
  /** What to say before there is any job, e.g. 还没有备份过. */
  none: string;
  /** The section's name for screen readers, e.g. 备份进度. */
  label: string;
}

/** One backup, export or restore as it goes: running with a spinner, then the core's sentence in green, or in red when it failed. */
export function JobStatus({ job, none, label }: Props) {
  if (!job) {
    return (
      <Text size="sm" c="dimmed" role="status" aria-label={label}>
        {none}
      </Text>
    );
  }
  if (job.state === 'running') {
    return (
      <Group gap="xs" role="status" aria-label={label} wrap="nowrap">
        <Loader size="xs" />
        <Text size="sm">{runningText(job)}</Text>
      </Group>
    );
  }
  const when = shanghaiDateTime(job.finishedAt ?? job.startedAt);
  if (job.state === 'failed') {
    return (
      <Alert color="red" variant="light" role="alert" aria-label={label} p="xs">
        <Text size="sm">{job.message}</Text>
        <Text size="xs" c="dimmed">
          {when}
        </Text>
      </Alert>
    );
  }
  // An export's counts are every table's rows, not the registers: its message already says where it went.
  const counts = job.kind !== 'export' && job.counts ? countsText(job.counts) : '';
  return (
    <Stack gap={2} role="status" aria-label={label}>
      <Text size="sm" c="teal.8" fw={500} style={{ userSelect: 'text', wordBreak: 'break-all' }}>
        {job.message}
      </Text>
      <Text size="xs" c="dimmed">
        {when}
        {counts && `　内容：${counts}`}
      </Text>
    </Stack>
  );
}
