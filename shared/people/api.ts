import { z } from 'zod';
import { method, type MethodSpec } from '../api/define';
import { flag, noInput, optionalText, recordId, requiredText } from '../api/fields';
import { STAFF } from '../auth/roles';

// People who sign, approve or instruct (领导/审批人): recorded by name, usually not users.
export const PERSON_TITLES = ['县长', '常务副县长', '副县长', '办公室主任', '办公室副主任', '秘书', '其他'] as const;

export interface Person {
  id: string;
  name: string;
  /** 职务, e.g. 县长; free text so an office can record its own titles. */
  title: string;
  unitId: string | null;
  initials: string;
  pinyin: string;
  initialsOverride: string;
  disabled: boolean;
}

const personFields = {
  name: requiredText('姓名', 20),
  title: requiredText('职务', 30),
  unitId: z.string().max(64).nullable().default(null),
  initialsOverride: optionalText('拼音首字母', 30).refine((s) => /^[a-z]*$/i.test(s), '拼音首字母只能是英文字母'),
};

export const peopleApi = {
  'people.list': method<Person[]>()({ input: noInput, access: STAFF, title: '查看人员' }),
  'people.add': method<Person>()({ input: z.object(personFields), access: ['admin'], title: '新增人员' }),
  'people.update': method<Person>()({
    input: z.object({ id: recordId('人员'), ...personFields, disabled: flag('停用') }),
    access: ['admin'],
    title: '修改人员',
  }),
} satisfies Record<string, MethodSpec>;
