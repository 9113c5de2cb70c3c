import { Stack, TextInput } from '@mantine/core';
import { settingsSchema } from '../../shared/settings/api';
import type { SyncDevice } from '../../shared/sync/api';
import { invoke } from '../api/client';
import { shanghaiDateTime } from '../common/time';
import { FormActions } from '../form/FormActions';
import { schemaErrors } from '../form/field-errors';
import { useEntryForm } from '../form/useEntryForm';
import { shortDeviceId } from './report-text';

const namesOf = (devices: readonly SyncDevice[]) => Object.fromEntries(devices.map((d) => [d.deviceId, d.name]));

// A box left empty means "no name": the setting holds named PCs only.
const named = (values: Record<string, string>) => Object.fromEntries(Object.entries(values).flatMap(([id, name]) => (name.trim() ? [[id, name.trim()]] : [])));

/** 电脑名称: the administrator names each PC of the set, so messages and lists say 收发室电脑 instead of an id. */
export function DeviceNamesForm({ devices, onSaved }: { devices: readonly SyncDevice[]; onSaved: () => void }) {
  const form = useEntryForm({
    initial: namesOf(devices),
    check: (values) => {
      const errors = schemaErrors(settingsSchema.pick({ deviceNames: true }), { deviceNames: named(values) });
      // The schema names a PC's box deviceNames.<id>; the form names it by the id.
      return Object.fromEntries(Object.entries(errors).map(([path, message]) => [path.replace(/^deviceNames\./, ''), message]));
    },
    submit: (values) => invoke('settings.update', { deviceNames: named(values) }),
    onSaved,
    onCancel: () => {
      form.reset(namesOf(devices));
    },
  });
  return (
    <form {...form.formProps} aria-label="电脑名称">
      <Stack gap="sm" maw={420}>
        {devices.map((d) => (
          <TextInput
            key={d.deviceId}
            label={`电脑 ${shortDeviceId(d.deviceId)}${d.isThis ? '（本机）' : ''}`}
            description={d.isThis ? `电脑编号 ${d.deviceId}` : d.lastHeard ? `最近一次收到它的同步文件：${shanghaiDateTime(d.lastHeard)}` : '还没有收到过它的同步文件'}
            placeholder="如 收发室电脑"
            autoComplete="off"
            {...form.text(d.deviceId)}
          />
        ))}
        <FormActions generalError={form.generalError} saving={form.saving} submitLabel="保存电脑名称" onCancel={() => form.reset(namesOf(devices))} cancelLabel="还原" keysHint="Enter 下一项 · Ctrl+S 保存 · Esc 还原" />
      </Stack>
    </form>
  );
}
