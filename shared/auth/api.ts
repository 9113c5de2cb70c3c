import { z } from 'zod';
import { method, type MethodSpec } from '../api/define';
import { noInput, password, requiredText } from '../api/fields';
import type { Role } from './roles';

export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
}

export interface AppStatus {
  /** Empty database: the first-run screen must create the office and its administrator. */
  setupNeeded: boolean;
  officeName: string;
  user: SessionUser | null;
  /** Idle lock or 锁定 pressed: only unlock and logout work until the password is entered. */
  locked: boolean;
  idleMinutes: number;
  /** Set when the holiday calendar has no data for the current year. */
  calendarWarning: string | null;
}

export const username = z
  .string({ error: '请填写用户名' })
  .trim()
  .min(2, '用户名至少 2 个字符')
  .max(32, '用户名不能超过 32 个字符')
  .regex(/^[A-Za-z0-9_.-]+$/, '用户名只能用字母、数字、下划线、点和短横线');

export const authApi = {
  'auth.status': method<AppStatus>()({ input: noInput, access: 'public', title: '查看状态' }),
  'auth.setup': method<SessionUser>()({
    input: z.object({
      officeName: requiredText('单位名称', 60),
      username,
      displayName: requiredText('姓名', 20),
      password: password('密码'),
    }),
    access: 'public',
    title: '首次设置',
  }),
  'auth.login': method<SessionUser>()({
    input: z.object({
      username: requiredText('用户名', 32),
      password: z.string({ error: '请填写密码' }).min(1, '请填写密码').max(128, '密码不能超过 128 位'),
    }),
    access: 'public',
    title: '登录',
  }),
  'auth.logout': method<null>()({ input: noInput, access: 'signedIn', title: '退出登录' }),
  /** The user is typing or reading without saving: keeps the core's idle lock from firing mid-form. */
  'auth.keepAlive': method<null>()({ input: noInput, access: 'signedIn', title: '保持登录' }),
  'auth.lock': method<null>()({ input: noInput, access: 'signedIn', title: '锁定' }),
  'auth.unlock': method<SessionUser>()({
    input: z.object({ password: z.string({ error: '请填写密码' }).min(1, '请填写密码').max(128, '密码不能超过 128 位') }),
    access: 'signedIn',
    title: '解锁',
  }),
  'auth.changePassword': method<null>()({
    input: z.object({
      currentPassword: z.string({ error: '请填写原密码' }).min(1, '请填写原密码').max(128, '原密码不能超过 128 位'),
      newPassword: password('新密码'),
    }),
    access: 'signedIn',
    title: '修改密码',
  }),
} satisfies Record<string, MethodSpec>;
