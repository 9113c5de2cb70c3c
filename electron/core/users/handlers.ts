import type { Role } from '../../../shared/auth/roles';
import type { UserRow } from '../../../shared/users/api';
import type { CallContext } from '../api/context';
import type { Handlers } from '../api/dispatcher';
import { refuse } from '../api/errors';
import { clearFailures, lockedUntil } from '../auth/attempts';
import { hashPassword } from '../auth/passwords';
import { findUserByName } from '../auth/users-store';
import type { RowOf } from '../db/write-path';
import { prepared } from '../db/statements';
import { uuidv7 } from '../ids';
import { users } from '../db/schema';
import { asc } from 'drizzle-orm';

function toRow(ctx: CallContext, u: RowOf<'users'>): UserRow {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    roles: u.roles as Role[],
    disabled: u.disabled,
    lockedUntil: lockedUntil(ctx.sqlite, u.id, ctx.now),
    createdAt: u.createdAt,
  };
}

/** 三员分立: the auditor checks the others, so the role is never combined with another. */
function checkRoles(roles: Role[]): void {
  if (roles.includes('auditor') && roles.length > 1) {
    throw refuse('VALIDATION', '审计员不能兼任其他角色。', { roles: '审计员不能兼任其他角色' });
  }
}

function activeAdminCount(ctx: CallContext, exceptId: string): number {
  const rows = prepared(ctx.sqlite, 'SELECT id, roles FROM users WHERE disabled = 0').all() as { id: string; roles: string }[];
  return rows.filter((r) => r.id !== exceptId && (JSON.parse(r.roles) as string[]).includes('admin')).length;
}

function mustGet(ctx: CallContext, id: string): RowOf<'users'> {
  const user = ctx.get('users', id);
  if (!user) throw refuse('NOT_FOUND', '找不到该用户，可能已被其他人修改，请刷新。');
  return user;
}

export const usersHandlers: Pick<Handlers, 'users.list' | 'users.add' | 'users.update' | 'users.resetPassword'> = {
  'users.list': (ctx) => {
    const rows = ctx.db.select().from(users).orderBy(asc(users.disabled), asc(users.createdAt)).all();
    return rows.map((u) => toRow(ctx, u));
  },

  'users.add': (ctx, input) => {
    checkRoles(input.roles);
    if (findUserByName(ctx.sqlite, input.username)) {
      throw refuse('CONFLICT', `用户名“${input.username}”已被使用。`, { username: '用户名已被使用' });
    }
    const user = ctx.insert('users', {
      id: uuidv7(),
      username: input.username,
      displayName: input.displayName,
      roles: input.roles,
      disabled: false,
      passwordHash: hashPassword(input.password),
      createdAt: ctx.at,
      updatedAt: ctx.at,
    });
    return toRow(ctx, user);
  },

  'users.update': (ctx, input) => {
    checkRoles(input.roles);
    const before = mustGet(ctx, input.id);
    const losesAdmin = (before.roles as string[]).includes('admin') && (!input.roles.includes('admin') || input.disabled);
    if (losesAdmin && activeAdminCount(ctx, input.id) === 0) {
      throw refuse('CONFLICT', '至少要保留一名可用的管理员。', { roles: '至少要保留一名可用的管理员' });
    }
    if (input.id === ctx.user!.id && input.disabled) {
      throw refuse('VALIDATION', '不能停用自己的账户。', { disabled: '不能停用自己的账户' });
    }
    const after = ctx.update('users', input.id, {
      displayName: input.displayName,
      roles: input.roles,
      disabled: input.disabled,
      updatedAt: ctx.at,
    });
    return toRow(ctx, after);
  },

  'users.resetPassword': (ctx, input) => {
    mustGet(ctx, input.id);
    ctx.update('users', input.id, { passwordHash: hashPassword(input.password), updatedAt: ctx.at });
    clearFailures(ctx.sqlite, input.id);
    return null;
  },
};
