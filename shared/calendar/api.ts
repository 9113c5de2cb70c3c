import { z } from 'zod';
import { method, type MethodSpec } from '../api/define';
import { dateField, intField, optionalText } from '../api/fields';
import { STAFF } from '../auth/roles';
import type { DayKind } from './workdays';

export interface CalendarDay {
  date: string;
  kind: DayKind;
  /** Holiday name, e.g. 国庆节. */
  name: string;
  /** 'seed' = shipped data, 'admin' = entered or imported by the administrator. */
  source: 'seed' | 'admin';
}

export const DAY_KIND_LABELS: Record<DayKind, string> = { holiday: '休', workday: '班' };

export const calendarFileSchema = z.object({
  format: z.literal('wenmi-calendar', { error: '不是文秘台账的节假日文件' }),
  version: z.literal(1, { error: '节假日文件版本不受支持' }),
  days: z
    .array(
      z.object({
        date: dateField('日期'),
        kind: z.enum(['holiday', 'workday'], { error: '日期类型应为 holiday（休）或 workday（班）' }),
        name: optionalText('名称', 20),
      }),
    )
    .max(5000, '一个文件最多 5000 天'),
});
export type CalendarFile = z.infer<typeof calendarFileSchema>;

export const calendarApi = {
  'calendar.year': method<{ year: number; days: CalendarDay[]; yearsWithData: number[] }>()({
    input: z.object({ year: intField('年份', 2000, 2100) }),
    access: STAFF,
    title: '查看节假日',
  }),
  'calendar.set': method<CalendarDay>()({
    input: z.object({
      date: dateField('日期'),
      kind: z.enum(['holiday', 'workday'], { error: '请选择休或班' }),
      name: optionalText('名称', 20),
    }),
    access: ['admin'],
    title: '设置节假日',
  }),
  'calendar.clear': method<null>()({
    input: z.object({ date: dateField('日期') }),
    access: ['admin'],
    title: '恢复为普通日',
  }),
  'calendar.export': method<{ fileName: string; content: string }>()({
    input: z.object({ year: intField('年份', 2000, 2100).optional() }),
    access: ['admin'],
    title: '导出节假日',
  }),
  'calendar.import': method<{ added: number; changed: number; unchanged: number }>()({
    input: z.object({ content: z.string({ error: '请选择文件' }).min(1, '文件是空的').max(2_000_000, '文件太大') }),
    access: ['admin'],
    title: '导入节假日',
  }),
} satisfies Record<string, MethodSpec>;

