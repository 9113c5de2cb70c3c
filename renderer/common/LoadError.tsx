import { Alert, Button, Group, Text } from '@mantine/core';

/** A list that could not be read: the core's sentence and a way to ask again. */
export function LoadError({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <Alert color="red" variant="light" role="alert" p="xs">
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm">{message}</Text>
        <Button size="compact-sm" variant="default" onClick={onRetry}>
          重试
        </Button>
      </Group>
    </Alert>
  );
}
