import { Anchor, Badge, Button, Group, Text } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import type { SyncStatus } from '../../shared/sync/api';
import { canCall } from '../api/access';
import { invoke } from '../api/client';
import { useSession } from '../app/session';
import { useHashPath } from '../app/useHashPath';
import { reportHeadline, reportTone, topBarText } from './report-text';
import { announceSyncChange, useSyncChange } from './sync-signal';

const TONE_COLOR = { ok: 'dimmed', warn: 'orange.8', problem: 'red.8' } as const;

/**
 * The top bar's sync: when the PC last synced and how, 立即同步 for staff, and for the
 * administrator the open conflicts. Read again when the user moves to another screen or
 * something synced — never on a timer, since every call counts as activity for the idle lock.
 */
export function SyncIndicator() {
  const { user } = useSession();
  const path = useHashPath();
  const mayRead = canCall(user, 'sync.status');
  const isAdmin = canCall(user, 'sync.conflicts');
  // With the time it was read: "today" in the top bar is the day of the reading.
  const [read, setRead] = useState<{ status: SyncStatus; at: Date } | null>(null);
  const [conflicts, setConflicts] = useState(0);
  const [syncing, setSyncing] = useState(false);

  const load = useCallback(() => {
    if (!mayRead) return;
    void invoke('sync.status', {}).then((r) => r.ok && setRead({ status: r.value, at: new Date() }));
    if (isAdmin) void invoke('sync.conflicts', { includeResolved: false }).then((r) => r.ok && setConflicts(r.value.length));
  }, [mayRead, isAdmin]);
  // The path: a move to another screen is the user at work, when a fresh state costs nothing.
  useEffect(load, [load, path]);
  useSyncChange(load);

  if (!read) return null;
  if (!read.status.configured) {
    return (
      <Text size="sm" c="dimmed">
        同步：未设置
      </Text>
    );
  }
  const syncNow = async () => {
    setSyncing(true);
    await invoke('sync.now', {});
    setSyncing(false);
    announceSyncChange();
  };
  const last = read.status.last;
  const tone = reportTone(last);
  const text = topBarText(last, read.at);
  return (
    <Group gap={6} wrap="nowrap">
      <Text size="sm" c={TONE_COLOR[tone]} title={last ? reportHeadline(last) : undefined} style={{ whiteSpace: 'nowrap' }}>
        {isAdmin ? (
          <Anchor href="#/settings/sync" c="inherit" size="sm">
            {text}
          </Anchor>
        ) : (
          text
        )}
      </Text>
      {isAdmin && conflicts > 0 && (
        <Anchor href="#/settings/sync/conflicts" aria-label={`同步冲突 ${conflicts} 条`}>
          <Badge color="orange" variant="filled" size="sm" radius="sm">
            {conflicts}
          </Badge>
        </Anchor>
      )}
      <Button size="compact-sm" variant={tone === 'ok' ? 'default' : 'light'} color={tone === 'problem' ? 'red' : tone === 'warn' ? 'orange' : undefined} loading={syncing} onClick={() => void syncNow()}>
        立即同步
      </Button>
    </Group>
  );
}
