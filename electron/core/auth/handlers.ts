import { todayInShanghai } from '../../../shared/dates';
import type { Handlers } from '../api/dispatcher';
import type { CallContext } from '../api/context';
import { CommittedRefusal, refuse } from '../api/errors';
import { calendarWarning } from '../calendar/coverage';
import { uuidv7 } from '../ids';
import { readSettings } from '../settings/store';
import { writeSetting } from '../settings/write';
import { clearFailures, countFailure, lockedUntil } from './attempts';
import { hashPassword, verifyPassword } from './passwords';
import { countUsers, findUserById, findUserByName, loadSessionUser, toSessionUser } from './users-store';

/** 10:35 in the office's time zone (UTC+8), for lockout messages. */
const shanghaiClock = (iso: string) => new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(11, 16);

/**
 * Checks a password for login or unlock. A wrong one counts towards the lockout
 * and is audited; the refusal is committed so the count survives.
 */
function checkPassword(ctx: CallContext, userId: string, password: string, event: string): CommittedRefusal | null {
  const record = findUserById(ctx.sqlite, userId)!;
  const who = { userId: record.id, userName: record.display_name };
  const until = lockedUntil(ctx.sqlite, record.id, ctx.now);
  if (until) {
    ctx.audit({ ...who, method: `${event}.locked`, title: '账户锁定中尝试登录', detail: `锁定至 ${until}` });
    return new CommittedRefusal(refuse('LOCKED', `密码错误次数过多，账户已锁定，请在 ${shanghaiClock(until)} 后再试。`));
  }
  if (verifyPassword(password, record.password_hash)) {
    clearFailures(ctx.sqlite, record.id);
    return null;
  }
  const settings = readSettings(ctx.sqlite);
  const result = countFailure(ctx.sqlite, record.id, ctx.now, settings.lockoutAttempts, settings.lockoutMinutes);
  ctx.audit({
    ...who,
    method: `${event}.failed`,
    title: result.lockedUntil ? '密码错误，账户已锁定' : '密码错误',
    detail: result.lockedUntil ? `连续第 ${result.failures} 次，锁定至 ${result.lockedUntil}` : `连续第 ${result.failures} 次`,
  });
  if (result.lockedUntil) {
    return new CommittedRefusal(
      refuse(
        'LOCKED',
        `密码连续输错 ${settings.lockoutAttempts} 次，账户已锁定 ${settings.lockoutMinutes} 分钟（至 ${shanghaiClock(result.lockedUntil)}）。`,
      ),
    );
  }
  const left = settings.lockoutAttempts - result.failures;
  return new CommittedRefusal(
    refuse('UNAUTHENTICATED', `用户名或密码不正确（再错 ${left} 次将锁定账户）。`, { password: '密码不正确' }),
  );
}

function startSession(ctx: CallContext, userId: string): void {
  ctx.session.userId = userId;
  ctx.session.lastActiveMs = ctx.now.getTime();
  ctx.session.locked = false;
}

export const authHandlers: Pick<
  Handlers,
  | 'auth.status'
  | 'auth.setup'
  | 'auth.login'
  | 'auth.logout'
  | 'auth.keepAlive'
  | 'auth.lock'
  | 'auth.unlock'
  | 'auth.changePassword'
> = {
  'auth.status': (ctx) => {
    const settings = readSettings(ctx.sqlite);
    return {
      setupNeeded: countUsers(ctx.sqlite) === 0,
      officeName: settings.officeName,
      user: ctx.user,
      locked: ctx.user ? ctx.session.locked : false,
      idleMinutes: settings.idleMinutes,
      calendarWarning: ctx.user ? calendarWarning(ctx.sqlite, Number(todayInShanghai(ctx.now).slice(0, 4))) : null,
    };
  },

  'auth.setup': (ctx, input) => {
    if (countUsers(ctx.sqlite) > 0) throw refuse('CONFLICT', '首次设置已经完成，请直接登录。');
    writeSetting(ctx, 'officeName', input.officeName);
    const user = ctx.insert('users', {
      id: uuidv7(),
      username: input.username,
      displayName: input.displayName,
      roles: ['admin'],
      disabled: false,
      passwordHash: hashPassword(input.password),
      createdAt: ctx.at,
      updatedAt: ctx.at,
    });
    startSession(ctx, user.id);
    ctx.audit({ userId: user.id, userName: user.displayName, method: 'auth.login', title: '登录', detail: '首次设置后登录' });
    return loadSessionUser(ctx.sqlite, user.id)!;
  },

  'auth.login': (ctx, input) => {
    const record = findUserByName(ctx.sqlite, input.username);
    if (!record) {
      ctx.audit({ userName: input.username, method: 'auth.login.failed', title: '登录失败', detail: '用户名不存在' });
      return new CommittedRefusal(refuse('UNAUTHENTICATED', '用户名或密码不正确。', { password: '用户名或密码不正确' }));
    }
    if (record.disabled) {
      ctx.audit({ userId: record.id, userName: record.display_name, method: 'auth.login.failed', title: '登录失败', detail: '账户已停用' });
      return new CommittedRefusal(refuse('FORBIDDEN', '该账户已停用，请联系管理员。'));
    }
    const refusal = checkPassword(ctx, record.id, input.password, 'auth.login');
    if (refusal) return refusal;
    startSession(ctx, record.id);
    ctx.audit({ userId: record.id, userName: record.display_name, method: 'auth.login', title: '登录' });
    return toSessionUser(record);
  },

  'auth.logout': (ctx) => {
    ctx.audit({});
    ctx.session.userId = null;
    ctx.session.locked = false;
    return null;
  },

  // The dispatcher has already counted the call as activity; nothing to record.
  'auth.keepAlive': () => null,

  'auth.lock': (ctx) => {
    ctx.session.locked = true;
    ctx.audit({});
    return null;
  },

  'auth.unlock': (ctx, input) => {
    const user = ctx.user!;
    const refusal = checkPassword(ctx, user.id, input.password, 'auth.unlock');
    if (refusal) return refusal;
    startSession(ctx, user.id);
    ctx.audit({});
    return user;
  },

  'auth.changePassword': (ctx, input) => {
    const user = ctx.user!;
    const record = findUserById(ctx.sqlite, user.id)!;
    if (!verifyPassword(input.currentPassword, record.password_hash)) {
      throw refuse('VALIDATION', '原密码不正确。', { currentPassword: '原密码不正确' });
    }
    if (input.currentPassword === input.newPassword) {
      throw refuse('VALIDATION', '新密码不能与原密码相同。', { newPassword: '新密码不能与原密码相同' });
    }
    ctx.update('users', user.id, { passwordHash: hashPassword(input.newPassword), updatedAt: ctx.at });
    return null;
  },
};
