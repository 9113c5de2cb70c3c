import { Group, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface Props {
  title: string;
  /** Buttons at the right of the title, e.g. 新增单位. */
  actions?: ReactNode;
  children: ReactNode;
}

/** A screen of the main area: title row, then content that fills the window height and scrolls inside itself. */
export function Page({ title, actions, children }: Props) {
  return (
    <Stack gap="sm" h="100%" mih={0}>
      <Group justify="space-between" wrap="nowrap" mih={36}>
        <Title order={2} size="h4">
          {title}
        </Title>
        {actions && <Group gap="xs">{actions}</Group>}
      </Group>
      {children}
    </Stack>
  );
}
