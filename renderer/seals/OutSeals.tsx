import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import type { Seal } from '../../shared/seals/api';
import { showMeetingAt } from '../outgoing/meeting-time';

export type OutSeal = Seal & { out: NonNullable<Seal['out']> };

export const sealsOut = (seals: readonly Seal[]): OutSeal[] => seals.filter((s): s is OutSeal => s.out !== null);

interface Props {
  seals: readonly OutSeal[];
  /** The custodian records the return here; others only see what is out. */
  onReturn: ((seal: OutSeal) => void) | null;
}

/** Seals taken out and not yet back, above the ledger: none of them can be used until its return is recorded. */
export function OutSeals({ seals, onReturn }: Props) {
  if (seals.length === 0) return null;
  return (
    <Alert color="orange" variant="light" p="xs" role="region" title={`外带未还（${seals.length}）`}>
      <Stack gap={4}>
        {seals.map((s) => (
          <Group key={s.id} gap="sm" wrap="nowrap" justify="space-between">
            <Text size="sm">
              <Text span fw={600}>
                {s.name}
              </Text>
              ：{s.out.serialText}，{showMeetingAt(s.out.usedAt)} 由{s.out.unitName}
              {s.out.handler}带出，尚未归还。
            </Text>
            {onReturn && (
              <Button size="compact-sm" onClick={() => onReturn(s)} aria-label={`登记归还${s.name}`}>
                登记归还
              </Button>
            )}
          </Group>
        ))}
      </Stack>
    </Alert>
  );
}
