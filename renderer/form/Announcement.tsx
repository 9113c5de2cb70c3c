import { Text } from '@mantine/core';

/** "已新增：县财政局": read out by screen readers, selectable so the name can be copied. */
export function Announcement({ text }: { text: string | null }) {
  return (
    <Text role="status" aria-live="polite" size="sm" c="teal.8" fw={500} style={{ userSelect: 'text' }}>
      {text}
    </Text>
  );
}
