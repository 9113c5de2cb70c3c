import { Group, Select, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { Person } from '../../shared/people/api';
import type { Seal } from '../../shared/seals/api';
import { LEDGER_KIND_LABELS, LEDGER_KINDS, type LedgerKind } from '../../shared/seals/vocabulary';
import type { Unit } from '../../shared/units/api';
import { PersonPicker } from '../dictionaries/PersonPicker';
import { UnitPicker } from '../dictionaries/UnitPicker';
import { normalizeMonth, type Filters } from './list-filters';

const KINDS = LEDGER_KINDS.map((k) => ({ value: k, label: LEDGER_KIND_LABELS[k] }));
const DROPDOWN = { width: 'target', position: 'bottom-start' } as const;

/** 月份, applied on leaving the field or Enter: 2026-1 on the way to 2026-11 is not sent. */
function MonthFilter({ value, onCommit }: { value: string; onCommit: (month: string) => void }) {
  const [text, setText] = useState(value);
  const commit = () => {
    const month = normalizeMonth(text);
    if (month !== text) setText(month);
    if (month !== value) onCommit(month);
  };
  return (
    <TextInput
      label="月份"
      placeholder="如 2026-11"
      inputMode="numeric"
      autoComplete="off"
      w={96}
      value={text}
      onChange={(e) => setText(e.currentTarget.value)}
      onBlur={commit}
      onKeyDown={(e) => e.key === 'Enter' && commit()}
    />
  );
}

interface Props {
  filters: Filters;
  set: <K extends keyof Filters>(key: K, value: Filters[K]) => void;
  seals: readonly Seal[];
  units: readonly Unit[];
  people: readonly Person[];
}

/** Everything seals.ledger can narrow by, above the book. */
export function SealFilters({ filters, set, seals, units, people }: Props) {
  return (
    <Group gap="xs" align="flex-end" wrap="wrap">
      <Select
        label="印章"
        placeholder="全部"
        data={seals.map((s) => ({ value: s.id, label: s.name }))}
        value={filters.sealId}
        onChange={(v) => set('sealId', v)}
        clearable
        w={150}
        comboboxProps={DROPDOWN}
      />
      <MonthFilter value={filters.month} onCommit={(v) => set('month', v)} />
      <div style={{ width: 170 }}>
        <UnitPicker label="申请单位" placeholder="全部" units={units} value={filters.unitId} onChange={(v) => set('unitId', v)} includeDisabled />
      </div>
      <div style={{ width: 150 }}>
        <PersonPicker label="批准人" people={people} value={filters.approverId} onChange={(v) => set('approverId', v)} />
      </div>
      <Select
        label="类别"
        placeholder="全部"
        data={KINDS}
        value={filters.kind}
        onChange={(v) => set('kind', v as LedgerKind | null)}
        clearable
        w={104}
        comboboxProps={DROPDOWN}
      />
    </Group>
  );
}
