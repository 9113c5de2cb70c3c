import { NavLink, ScrollArea, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Route } from './routes';

interface Props {
  routes: Route[];
  currentPath: string | null;
}

/** Plain links to '#/path': the browser's back button and "open in place" work as everywhere else. */
export function NavMenu({ routes, currentPath }: Props) {
  const link = (r: Route) => (
    <NavLink
      key={r.path}
      href={`#${r.path}`}
      label={r.label}
      active={r.path === currentPath}
      aria-current={r.path === currentPath ? 'page' : undefined}
      pl={r.group ? 'xl' : 'md'}
      py={6}
    />
  );
  const items: ReactNode[] = [];
  let group: string | undefined;
  for (const r of routes) {
    if (r.hidden) continue;
    if (r.group && r.group !== group) {
      items.push(
        <Text key={`group-${r.group}`} size="sm" c="dimmed" fw={600} px="md" pt="sm" pb={2}>
          {r.group}
        </Text>,
      );
    }
    group = r.group;
    items.push(link(r));
  }
  return (
    <>
      <ScrollArea component="nav" aria-label="功能" style={{ flex: 1 }} py="xs">
        <Stack gap={0}>{items}</Stack>
      </ScrollArea>
      <Text size="sm" c="dimmed" px="md" py="xs">
        按 F1 查看快捷键
      </Text>
    </>
  );
}
