import type { OfficeSettings } from '../../../shared/settings/api';
import type { CallContext } from '../api/context';

export function writeSetting<K extends keyof OfficeSettings>(ctx: CallContext, key: K, value: OfficeSettings[K]): void {
  if (ctx.get('settings', key)) ctx.update('settings', key, { value, updatedAt: ctx.at });
  else ctx.insert('settings', { key, value, updatedAt: ctx.at });
}
