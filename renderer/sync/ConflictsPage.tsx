import { Button, Checkbox, Group, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { LoadError } from '../common/LoadError';
import { Page } from '../common/Page';
import { useQuery } from '../common/useQuery';
import { Announcement } from '../form/Announcement';
import { ConflictCard } from './ConflictCard';
import { deviceNamer } from './report-text';
import { announceSyncChange } from './sync-signal';

/** 同步冲突 (administrator): what two PCs changed differently, for a person to settle one by one. */
export function ConflictsPage() {
  const [includeResolved, setIncludeResolved] = useState(false);
  const conflicts = useQuery('sync.conflicts', { includeResolved });
  const devices = useQuery('sync.devices', {});
  const device = useMemo(() => deviceNamer(devices.data ?? []), [devices.data]);
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const open = conflicts.data?.filter((c) => !c.resolvedAt).length ?? 0;

  return (
    <Page
      title="同步冲突"
      actions={
        <Button component="a" href="#/settings/sync" variant="default">
          返回同步
        </Button>
      }
    >
      <Stack gap="sm" style={{ overflowY: 'auto' }} maw={820}>
        <Text size="sm">
          两台电脑在同步之前改了同一项内容时，以时间较晚的修改为准，另一个值记在这里。请逐条确认：保留现值，或改用另一台电脑的值（改动会同步到所有电脑）。
        </Text>
        <Group justify="space-between">
          <Text size="sm" fw={600}>
            {conflicts.data ? (open ? `待处理 ${open} 条` : '没有待处理的冲突') : '正在载入…'}
          </Text>
          <Checkbox label="显示已处理的" checked={includeResolved} onChange={(e) => setIncludeResolved(e.currentTarget.checked)} />
        </Group>
        <Announcement text={announcement} />
        {conflicts.error && <LoadError message={conflicts.error} onRetry={conflicts.reload} />}
        {conflicts.data?.map((c) => (
          <ConflictCard
            key={`${c.id}-${c.resolvedAt ?? ''}`}
            conflict={c}
            device={device}
            onResolved={(text) => {
              setAnnouncement(text);
              conflicts.reload();
              announceSyncChange();
            }}
          />
        ))}
      </Stack>
    </Page>
  );
}
