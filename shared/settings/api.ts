import { z } from 'zod';
import { method, type MethodSpec } from '../api/define';
import { intField, noInput, requiredText } from '../api/fields';

export interface OfficeSettings {
  /** Printed at the head of every form, e.g. 凤凰县人民政府办公室. */
  officeName: string;
  /** Wrong passwords in a row before the account is locked. */
  lockoutAttempts: number;
  lockoutMinutes: number;
  /** Minutes without activity before the screen locks. */
  idleMinutes: number;
}

export const DEFAULT_SETTINGS: OfficeSettings = {
  officeName: '',
  lockoutAttempts: 5,
  lockoutMinutes: 15,
  idleMinutes: 15,
};

export const settingsSchema = z.object({
  officeName: requiredText('单位名称', 60),
  lockoutAttempts: intField('连续输错密码次数', 3, 20),
  lockoutMinutes: intField('锁定分钟数', 1, 1440),
  idleMinutes: intField('无操作自动锁定分钟数', 1, 240),
});

export const settingsApi = {
  'settings.get': method<OfficeSettings>()({ input: noInput, access: ['admin'], title: '查看设置' }),
  'settings.update': method<OfficeSettings>()({ input: settingsSchema, access: ['admin'], title: '修改设置' }),
} satisfies Record<string, MethodSpec>;
