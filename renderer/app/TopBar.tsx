import { Button, Group, Text } from '@mantine/core';
import { roleNames } from '../common/roles';
import { SyncIndicator } from '../sync/SyncIndicator';
import { useSession } from './session';

export function TopBar({ onChangePassword }: { onChangePassword: () => void }) {
  const { status, user, lock, logout } = useSession();
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap">
      <Group gap="sm" wrap="nowrap" miw={0}>
        <Text fw={700} size="lg" truncate>
          {status.officeName}
        </Text>
        <Text c="dimmed" size="sm">
          文秘台账
        </Text>
      </Group>
      <Group gap="md" wrap="nowrap">
        <Text size="sm">
          {user.displayName}（{roleNames(user.roles)}）
        </Text>
        <SyncIndicator />
        <Group gap={6} wrap="nowrap">
          <Button size="compact-sm" variant="default" onClick={onChangePassword}>
            修改密码
          </Button>
          <Button size="compact-sm" variant="default" onClick={() => void lock()}>
            锁定
          </Button>
          <Button size="compact-sm" variant="default" onClick={() => void logout()}>
            退出
          </Button>
        </Group>
      </Group>
    </Group>
  );
}
