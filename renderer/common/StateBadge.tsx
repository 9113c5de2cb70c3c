import { Badge, Text } from '@mantine/core';

/** 正常 / 停用 of a directory entry or a user: only the exception is marked, in grey, since it is no error. */
export function StateBadge({ disabled }: { disabled: boolean }) {
  return disabled ? (
    <Badge variant="light" color="gray" radius="sm" fw={500}>
      停用
    </Badge>
  ) : (
    <Text span size="sm">
      正常
    </Text>
  );
}
