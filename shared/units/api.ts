import { z } from 'zod';
import { method, type MethodSpec } from '../api/define';
import { flag, noInput, optionalText, recordId, requiredText } from '../api/fields';
import { STAFF } from '../auth/roles';

// 单位类别 of the units directory (来文单位 / 承办单位).
export const UNIT_CATEGORIES = ['township', 'countyDept', 'higherLevel', 'other'] as const;
export type UnitCategory = (typeof UNIT_CATEGORIES)[number];
export const UNIT_CATEGORY_LABELS: Record<UnitCategory, string> = {
  township: '乡镇',
  countyDept: '县直部门',
  higherLevel: '州省单位',
  other: '其他',
};

export interface Unit {
  id: string;
  fullName: string;
  shortName: string;
  category: UnitCategory;
  /** Computed from the full name, e.g. 县财政局 -> xczj; replaced by the override where one is set. */
  initials: string;
  /** Full pinyin without tones or spaces, for typing whole syllables. */
  pinyin: string;
  /** Administrator's correction for names the library misreads (单县 is shan xian, not dan xian). */
  initialsOverride: string;
  disabled: boolean;
}

const initialsOverride = optionalText('拼音首字母', 30).refine(
  (s) => /^[a-z]*$/i.test(s),
  '拼音首字母只能是英文字母',
);
const unitFields = {
  fullName: requiredText('单位全称', 60),
  shortName: optionalText('简称', 30),
  category: z.enum(UNIT_CATEGORIES, { error: '请选择单位类别' }),
  initialsOverride,
};

export const unitsApi = {
  'units.list': method<Unit[]>()({ input: noInput, access: STAFF, title: '查看单位' }),
  // The clerk may add a unit met for the first time while registering; editing stays with the administrator.
  'units.add': method<Unit>()({ input: z.object(unitFields), access: ['admin', 'clerk'], title: '新增单位' }),
  'units.update': method<Unit>()({
    input: z.object({ id: recordId('单位'), ...unitFields, disabled: flag('停用') }),
    access: ['admin'],
    title: '修改单位',
  }),
} satisfies Record<string, MethodSpec>;
