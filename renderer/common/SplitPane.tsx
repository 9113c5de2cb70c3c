import { Box, Group, Paper } from '@mantine/core';
import type { ReactNode } from 'react';

interface Props {
  /** The list: takes the remaining width and keeps its scroll position while the side is edited. */
  list: ReactNode;
  side: ReactNode;
  sideLabel: string;
}

/** List on the left, the record being entered or edited beside it. */
export function SplitPane({ list, side, sideLabel }: Props) {
  return (
    <Group align="stretch" gap="md" wrap="nowrap" style={{ flex: 1, minHeight: 0 }}>
      <Box style={{ flex: 1, minWidth: 0, display: 'flex', flexDirection: 'column', gap: 8 }}>{list}</Box>
      <Paper
        component="section"
        aria-label={sideLabel}
        withBorder
        p="md"
        // Narrower on small or 125%-scaled screens, so the list keeps room for its columns.
        w={{ base: 300, lg: 360 }}
        style={{ flexShrink: 0, overflowY: 'auto' }}
      >
        {side}
      </Paper>
    </Group>
  );
}
