import { Button, Group, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import type { LedgerVerdict } from '../../shared/seals/api';
import { invoke } from '../api/client';

type Outcome = { verdict: LedgerVerdict } | { error: string } | null;

/** 校验: the core recomputes the ledger's hash chain and says plainly whether any line was changed or removed. */
export function VerifyLedger() {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);

  const verify = async () => {
    setBusy(true);
    const result = await invoke('seals.verify', {});
    setBusy(false);
    setOutcome(result.ok ? { verdict: result.value } : { error: result.error.message });
  };

  let message: ReactNode = null;
  if (outcome && 'error' in outcome) {
    message = <Text size="sm" c="red.8">{outcome.error}</Text>;
  } else if (outcome?.verdict.ok) {
    message = <Text size="sm" c="teal.8">用印登记簿完整：共 {outcome.verdict.entries} 条，校验通过</Text>;
  } else if (outcome) {
    message = (
      <Text size="sm" c="red.8" fw={600}>
        用印登记簿校验未通过（共 {outcome.verdict.entries} 条）：{outcome.verdict.problem}
      </Text>
    );
  }

  return (
    <Group gap="sm" wrap="nowrap">
      <div role="status" aria-live="polite" aria-label="校验结果">
        {message}
      </div>
      <Button variant="default" loading={busy} onClick={() => void verify()}>
        校验
      </Button>
    </Group>
  );
}
