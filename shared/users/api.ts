import { z } from 'zod';
import { method, type MethodSpec } from '../api/define';
import { flag, noInput, password, recordId, requiredText } from '../api/fields';
import { username } from '../auth/api';
import { ROLES, type Role } from '../auth/roles';

export interface UserRow {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  disabled: boolean;
  /** ISO time until which login is refused after too many wrong passwords; null when not locked. */
  lockedUntil: string | null;
  createdAt: string;
}

const roles = z
  .array(z.enum(ROLES, { error: '角色无效' }), { error: '请选择角色' })
  .min(1, '请至少选择一个角色')
  .refine((r) => new Set(r).size === r.length, '角色不能重复');

export const usersApi = {
  'users.list': method<UserRow[]>()({ input: noInput, access: ['admin'], title: '查看用户' }),
  'users.add': method<UserRow>()({
    input: z.object({ username, displayName: requiredText('姓名', 20), roles, password: password('初始密码') }),
    access: ['admin'],
    title: '新增用户',
  }),
  'users.update': method<UserRow>()({
    input: z.object({ id: recordId('用户'), displayName: requiredText('姓名', 20), roles, disabled: flag('停用') }),
    access: ['admin'],
    title: '修改用户',
  }),
  'users.resetPassword': method<null>()({
    input: z.object({ id: recordId('用户'), password: password('新密码') }),
    access: ['admin'],
    title: '重置密码',
  }),
} satisfies Record<string, MethodSpec>;
