import { DEFAULT_SETTINGS, type OfficeSettings } from '../../../shared/settings/api';
import type { CallContext } from '../api/context';

export function writeSetting<K extends keyof OfficeSettings>(ctx: CallContext, key: K, value: OfficeSettings[K]): void {
  if (ctx.get('settings', key)) ctx.update('settings', key, { value, updatedAt: ctx.at });
  // Saving a default that was never changed is not a change: nothing to record or sync.
  // Compared as JSON: some settings are objects (发号电脑, 电脑名称).
  else if (JSON.stringify(value) !== JSON.stringify(DEFAULT_SETTINGS[key])) ctx.insert('settings', { key, value, updatedAt: ctx.at });
}
