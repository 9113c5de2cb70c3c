import { z } from 'zod';
import { method, type MethodSpec } from '../api/define';
import { DEFAULT_RETURN_BY } from '../classified/vocabulary';
import { flag, intField, noInput, requiredText } from '../api/fields';

export interface OfficeSettings {
  /** Printed at the head of every form, e.g. 凤凰县人民政府办公室. */
  officeName: string;
  /** Wrong passwords in a row before the account is locked. */
  lockoutAttempts: number;
  lockoutMinutes: number;
  /** Minutes without activity before the screen locks. */
  idleMinutes: number;
  /** 收文号 prefix: 收 gives 收〔2026〕12号. */
  receiptPrefix: string;
  /** R33: roles without need to know see 「密件」 instead of a classified title. */
  maskClassifiedTitles: boolean;
  /** R26: a classified copy sent out must be back by this time ('HH:mm') of the day it went out. */
  circulationReturnBy: string;
  /**
   * The one PC that gives each register's serial numbers once PCs sync ('' = any PC, before
   * sync). Two PCs numbering the same register would give the same number twice.
   */
  numberIssuers: NumberIssuers;
  /** Names people give the PCs of the sync set, by device id. */
  deviceNames: Record<string, string>;
}

export const SERIAL_KINDS = ['incoming', 'seals', 'classified', 'destruction'] as const;
export type SerialKind = (typeof SERIAL_KINDS)[number];
export const SERIAL_KIND_LABELS: Record<SerialKind, string> = {
  incoming: '收文号',
  seals: '用印序号',
  classified: '密件编号',
  destruction: '销毁批次号',
};
export type NumberIssuers = Record<SerialKind, string>;

export const DEFAULT_SETTINGS: OfficeSettings = {
  officeName: '',
  lockoutAttempts: 5,
  lockoutMinutes: 15,
  idleMinutes: 15,
  receiptPrefix: '收',
  maskClassifiedTitles: true,
  circulationReturnBy: DEFAULT_RETURN_BY,
  numberIssuers: { incoming: '', seals: '', classified: '', destruction: '' },
  deviceNames: {},
};

export const settingsSchema = z.object({
  officeName: requiredText('单位名称', 60),
  lockoutAttempts: intField('连续输错密码次数', 3, 20),
  lockoutMinutes: intField('锁定分钟数', 1, 1440),
  idleMinutes: intField('无操作自动锁定分钟数', 1, 240),
  receiptPrefix: requiredText('收文号前缀', 10).refine((s) => !/[〔〕[\]()（）\d]/.test(s), '收文号前缀不能含括号或数字'),
  maskClassifiedTitles: flag('对无知悉需要的角色隐藏密件标题'),
  circulationReturnBy: z
    .string({ error: '密件当日退回时间应为“时:分”' })
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, '密件当日退回时间应为“时:分”，如 17:30'),
  numberIssuers: z.object(
    Object.fromEntries(SERIAL_KINDS.map((k) => [k, z.string({ error: `${SERIAL_KIND_LABELS[k]}的发号电脑无效` }).max(64)])) as Record<SerialKind, z.ZodString>,
  ),
  deviceNames: z.record(z.string().max(64), requiredText('电脑名称', 30)),
});

export const settingsApi = {
  'settings.get': method<OfficeSettings>()({ input: noInput, access: ['admin'], title: '查看设置' }),
  // Only the settings given are changed: a screen that shows some of them cannot reset the others.
  'settings.update': method<OfficeSettings>()({ input: settingsSchema.partial(), access: ['admin'], title: '修改设置' }),
} satisfies Record<string, MethodSpec>;
