import { Center, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface Props {
  /** The office, or the app's name before the office is known. */
  heading: string;
  subheading: string;
  children: ReactNode;
}

/** The quiet card that first run, login, the lock screen and the error screen share. */
export function AuthFrame({ heading, subheading, children }: Props) {
  return (
    <Center mih="100vh" bg="gray.1" p="md">
      <Paper withBorder shadow="sm" p="xl" w={420} maw="100%">
        <Stack gap="lg">
          <Stack gap={4}>
            <Text size="sm" c="dimmed">
              文秘台账
            </Text>
            <Title order={1} size="h3">
              {heading}
            </Title>
            <Text size="md">{subheading}</Text>
          </Stack>
          {children}
        </Stack>
      </Paper>
    </Center>
  );
}
