import { Button, Group, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import type { AuditVerdict } from '../../shared/audit/api';
import { invoke } from '../api/client';
import { shanghaiDateTime } from '../common/time';

type Outcome = { verdict: AuditVerdict } | { error: string } | null;

/** 校验完整性: recomputes the hash chain in the core and says plainly whether it holds. */
export function VerifyChain() {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);

  const verify = async () => {
    setBusy(true);
    const result = await invoke('audit.verify', {});
    setBusy(false);
    setOutcome(result.ok ? { verdict: result.value } : { error: result.error.message });
  };

  let message: ReactNode = null;
  if (outcome && 'error' in outcome) {
    message = <Text c="red.8">{outcome.error}</Text>;
  } else if (outcome?.verdict.intact) {
    message = <Text c="teal.8">审计日志完整（共 {outcome.verdict.checked} 条）</Text>;
  } else if (outcome) {
    const { firstBroken, checked } = outcome.verdict as Extract<AuditVerdict, { intact: false }>;
    message = (
      <Text c="red.8" fw={600}>
        审计日志不完整：已核对 {checked} 条，第一处问题在 {shanghaiDateTime(firstBroken.at)} 的第 {firstBroken.seq} 条
        （设备 {firstBroken.deviceId.slice(0, 8)}）：{firstBroken.reason}
      </Text>
    );
  }

  return (
    <Group gap="sm" wrap="nowrap">
      <div role="status" aria-live="polite">
        {message}
      </div>
      <Button variant="default" loading={busy} onClick={() => void verify()}>
        校验完整性
      </Button>
    </Group>
  );
}
