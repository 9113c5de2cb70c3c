import { Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { API } from '../../shared/api';
import type { Seal } from '../../shared/seals/api';
import { AppModal } from '../common/AppModal';
import { schemaErrors } from '../form/field-errors';
import { today } from '../incoming/workflow/dates';
import { normalizeMonth } from './list-filters';

interface Props {
  opened: boolean;
  onClose: () => void;
  seals: readonly Seal[];
  /** The month the list is narrowed to, else this month. */
  month: string;
  sealId: string | null;
}

/** The 用印登记簿's print preview for a month, of one seal or all. */
export const ledgerPrintPath = (month: string, sealId: string | null) =>
  `/print/seal-ledger?month=${encodeURIComponent(month)}${sealId ? `&seal=${encodeURIComponent(sealId)}` : ''}`;

/** 打印登记簿: which month, and optionally which seal, before the preview opens. */
export function PrintLedgerDialog({ opened, onClose, seals, month, sealId }: Props) {
  const [chosenMonth, setMonth] = useState(month || today().slice(0, 7));
  const [chosenSeal, setSeal] = useState<string | null>(sealId);
  const [error, setError] = useState<string | null>(null);

  const open = () => {
    const m = normalizeMonth(chosenMonth);
    const refused = schemaErrors(API['seals.printLedger'].input, { month: m }).month;
    if (refused) {
      setError(refused);
      return;
    }
    window.location.hash = ledgerPrintPath(m, chosenSeal);
  };

  return (
    <AppModal opened={opened} onClose={onClose} title="打印用印登记簿">
      <form
        aria-label="打印用印登记簿"
        onSubmit={(e) => {
          e.preventDefault();
          open();
        }}
      >
        <Stack gap="sm">
          <TextInput
            label="月份"
            placeholder="如 2026-11"
            inputMode="numeric"
            autoComplete="off"
            value={chosenMonth}
            error={error}
            data-autofocus
            onChange={(e) => {
              setMonth(e.currentTarget.value);
              setError(null);
            }}
          />
          <Select label="印章" placeholder="全部印章" data={seals.map((s) => ({ value: s.id, label: s.name }))} value={chosenSeal} onChange={setSeal} clearable />
          <Group gap="xs">
            <Button type="submit">预览</Button>
            <Button variant="default" onClick={onClose}>
              取消
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
