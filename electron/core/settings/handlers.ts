import type { OfficeSettings } from '../../../shared/settings/api';
import type { Handlers } from '../api/dispatcher';
import { readSettings } from './store';
import { writeSetting } from './write';

export const settingsHandlers: Pick<Handlers, 'settings.get' | 'settings.update'> = {
  'settings.get': (ctx) => readSettings(ctx.sqlite),
  'settings.update': (ctx, input) => {
    for (const key of Object.keys(input) as (keyof OfficeSettings)[]) {
      if (input[key] !== undefined) writeSetting(ctx, key, input[key] as never);
    }
    return readSettings(ctx.sqlite);
  },
};
