import { Paper, Stack, Text, Title } from '@mantine/core';

/** A register that is planned but not built: say what it will do, show no invented rows. */
export function NotOpenPage({ title, purpose }: { title: string; purpose: string }) {
  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        {title}
      </Title>
      <Paper withBorder p="lg" maw={640}>
        <Stack gap="xs">
          <Text fw={600}>尚未开放</Text>
          <Text>{purpose}</Text>
        </Stack>
      </Paper>
    </Stack>
  );
}
