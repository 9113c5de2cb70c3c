import { Select, SimpleGrid, Stack, Text } from '@mantine/core';
import type { Result } from '../../shared/api';
import type { NumberCounter } from '../../shared/outgoing/api';
import { SERIAL_KIND_LABELS, SERIAL_KINDS, type NumberIssuers } from '../../shared/settings/api';
import type { SyncDevice } from '../../shared/sync/api';
import { invoke } from '../api/client';
import { FormActions } from '../form/FormActions';
import { useEntryForm } from '../form/useEntryForm';
import type { DeviceName } from './conflict-text';

interface Props {
  issuers: NumberIssuers;
  counters: readonly NumberCounter[];
  devices: readonly SyncDevice[];
  device: DeviceName;
  onSaved: (text: string) => void;
}

// One form for both kinds of serials: the registers' (a setting) and each 发文 counter's (a row of its own).
type Values = Record<string, string>;

const initialOf = (issuers: NumberIssuers, counters: readonly NumberCounter[]): Values => ({
  ...issuers,
  ...Object.fromEntries(counters.map((c) => [c.id, c.issuingDeviceId])),
});

/** Saves what changed: the registers' issuers in one setting, then each counter whose issuer changed. */
async function save(values: Values, initial: Values, counters: readonly NumberCounter[]): Promise<Result<number>> {
  let changed = 0;
  if (SERIAL_KINDS.some((k) => values[k] !== initial[k])) {
    const numberIssuers = Object.fromEntries(SERIAL_KINDS.map((k) => [k, values[k]])) as NumberIssuers;
    const result = await invoke('settings.update', { numberIssuers });
    if (!result.ok) return result;
    changed += SERIAL_KINDS.filter((k) => values[k] !== initial[k]).length;
  }
  for (const c of counters) {
    if (values[c.id] === initial[c.id]) continue;
    const result = await invoke('outgoing.setIssuingDevice', { counterId: c.id, deviceId: values[c.id] });
    if (!result.ok) return result;
    changed += 1;
  }
  return { ok: true, value: changed };
}

/**
 * 发号电脑: serial numbers are not merged between PCs, so each register and each 发文 counter
 * has one PC that gives its numbers; the others are refused until the administrator hands it over.
 */
export function IssuersForm({ issuers, counters, devices, device, onSaved }: Props) {
  const initial = initialOf(issuers, counters);
  const options = devices.map((d) => ({ value: d.deviceId, label: device(d.deviceId) }));
  const form = useEntryForm({
    initial,
    check: () => ({}),
    submit: (values) => save(values, initial, counters),
    onSaved: (changed) => onSaved(changed ? `发号电脑已保存（${changed} 项）` : '发号电脑没有改动'),
    onCancel: () => {
      form.reset(initial);
    },
  });
  const select = (key: string, label: string) => (
    <Select
      key={key}
      label={label}
      data={options}
      value={form.values[key] || null}
      placeholder="任一电脑（未指定）"
      onChange={(v) => v && form.set(key, v)}
      allowDeselect={false}
      error={form.errors[key]}
    />
  );
  return (
    <form {...form.formProps} aria-label="发号电脑">
      <Stack gap="sm">
        <Text size="sm">
          更换发号电脑时，请先在原来的发号电脑上点“立即同步”，再在那台电脑上更改并同步；新的发号电脑同步一次后再开始编号，以免两台电脑给出同一个号。
        </Text>
        <SimpleGrid cols={{ base: 1, md: 2 }} maw={640} spacing="sm" verticalSpacing="xs">
          {SERIAL_KINDS.map((k) => select(k, SERIAL_KIND_LABELS[k]))}
          {counters.map((c) => select(c.id, `发文字号（${c.name}）`))}
        </SimpleGrid>
        <FormActions generalError={form.generalError} saving={form.saving} submitLabel="保存发号电脑" onCancel={() => form.reset(initial)} cancelLabel="还原" keysHint="Ctrl+S 保存 · Esc 还原" />
      </Stack>
    </form>
  );
}
