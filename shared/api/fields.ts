import { z } from 'zod';
import { isValidDate } from '../dates';

// Field builders that carry the Chinese field name into every message, so a
// rejected form always says which field is wrong and what to do.

export const requiredText = (label: string, max = 100) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, `请填写${label}`)
    .max(max, `${label}不能超过${max}个字`);

export const optionalText = (label: string, max = 200) =>
  z
    .string({ error: `${label}应为文字` })
    .trim()
    .max(max, `${label}不能超过${max}个字`)
    .default('');

export const recordId = (label: string) =>
  z.string({ error: `缺少${label}` }).min(1, `缺少${label}`).max(64, `${label}无效`);

export const dateField = (label: string) =>
  z
    .string({ error: `请填写${label}` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${label}应写成 2026-10-08 这样的日期`)
    .refine(isValidDate, `${label}不是有效的日期`);

/** A local Asia/Shanghai minute, 'YYYY-MM-DDTHH:mm' (what a date-time picker gives). */
export const localDateTime = (label: string) =>
  z
    .string({ error: `${label}应为日期和时间` })
    .regex(/^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/, `${label}应为“年-月-日 时:分”`)
    .refine((s) => isValidDate(s.slice(0, 10)), `${label}的日期不存在`);

export const intField = (label: string, min: number, max: number) =>
  z
    .number({ error: `${label}应为数字` })
    .int(`${label}应为整数`)
    .min(min, `${label}不能小于${min}`)
    .max(max, `${label}不能大于${max}`);

export const flag = (label: string) => z.boolean({ error: `${label}应为是或否` });

export const password = (label: string) =>
  z
    .string({ error: `请填写${label}` })
    .min(8, `${label}至少 8 位`)
    .max(128, `${label}不能超过 128 位`);

export const noInput = z.object({}).default({});
