import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** One of the 工作台's figures; an alerting one turns red while it is not zero. */
export function Figure({ label, value, unit, alert }: { label: string; value: number; unit: string; alert?: boolean }) {
  return (
    <Paper withBorder p="sm" component="section" aria-label={label}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text className={`home-figure${alert && value > 0 ? ' home-figure-alert' : ''}`}>
        {value}
        <Text span size="sm" fw={400} ml={4}>
          {unit}
        </Text>
      </Text>
    </Paper>
  );
}

export function Section({ title, count, children }: { title: string; count: number; children: ReactNode }) {
  return (
    <Stack gap={6} className="home-list" component="section" aria-label={title}>
      <Title order={3} size="h5">
        {title}（{count}）
      </Title>
      {children}
    </Stack>
  );
}
