import type { z } from 'zod';
import { API, isMethodName, type ApiError, type MethodName, type OutputOf, type ParsedInputOf, type Result } from '../../../shared/api';
import type { SessionUser } from '../../../shared/auth/api';
import type { Role } from '../../../shared/auth/roles';
import { loadSessionUser } from '../auth/users-store';
import type { SessionRef } from '../auth/sessions';
import { readSettings } from '../settings/store';
import type { CallContext, CoreServices } from './context';
import { CommittedRefusal, Refusal } from './errors';

export type Handler<M extends MethodName> = (ctx: CallContext, input: ParsedInputOf<M>) => OutputOf<M> | CommittedRefusal;
export type Handlers = { [M in MethodName]: Handler<M> };

/** Methods a locked session may still call. */
const WHILE_LOCKED = new Set<MethodName>(['auth.status', 'auth.unlock', 'auth.logout']);

const INTERNAL: ApiError = {
  code: 'INTERNAL',
  message: '程序内部错误，本次操作没有保存。请重试；如果反复出现，请联系管理员。',
};

/**
 * Every call goes through here: validate the input against the declared schema,
 * resolve the caller, apply the idle lock and the roles, then run the handler in
 * one transaction with the write path bound to this call.
 */
export class Dispatcher {
  constructor(
    private readonly services: CoreServices,
    private readonly handlers: Handlers,
    private readonly clock: () => Date,
  ) {}

  dispatch(session: SessionRef, method: string, input: unknown): Result<unknown> {
    try {
      return this.run(session, method, input);
    } catch (error) {
      if (error instanceof Refusal) return { ok: false, error: error.toApiError() };
      console.error(`[wenmi] ${method} failed`, error);
      return { ok: false, error: INTERNAL };
    }
  }

  private run(session: SessionRef, method: string, input: unknown): Result<unknown> {
    if (!isMethodName(method)) return fail({ code: 'NOT_FOUND', message: '没有这项功能。' });
    const spec = API[method];
    const now = this.clock();
    const user = this.resolveUser(session, now);
    if (spec.access !== 'public') {
      if (!user) return fail({ code: 'UNAUTHENTICATED', message: '请先登录。' });
      if (session.locked && !WHILE_LOCKED.has(method)) {
        return fail({ code: 'LOCKED', message: '已锁定，请输入密码解锁。' });
      }
      if (Array.isArray(spec.access) && !spec.access.some((r: Role) => user.roles.includes(r))) {
        this.recordDenial(user, method, spec.title, now);
        return fail({ code: 'FORBIDDEN', message: `您没有“${spec.title}”的权限。` });
      }
      if (!session.locked) session.lastActiveMs = now.getTime();
    }
    // Input is checked only once the caller may call: a probe with bad input learns nothing and still leaves its trace.
    const parsed = (spec.input as z.ZodType).safeParse(input ?? {});
    if (!parsed.success) return fail(validationError(parsed.error));

    const handler = this.handlers[method] as Handler<MethodName>;
    const ctx = this.context(session, user, method, spec.title, now);
    const outcome = this.services.sqlite.transaction(() => handler(ctx, parsed.data as never)).immediate();
    if (outcome instanceof CommittedRefusal) return fail(outcome.refusal.toApiError());
    return { ok: true, value: outcome ?? null };
  }

  /** The session's user as the database has it now: a disabled user or a changed role takes effect at once. */
  private resolveUser(session: SessionRef, now: Date): SessionUser | null {
    if (!session.userId) return null;
    const user = loadSessionUser(this.services.sqlite, session.userId);
    if (!user) {
      session.userId = null;
      session.locked = false;
      return null;
    }
    const idleMs = readSettings(this.services.sqlite).idleMinutes * 60_000;
    if (!session.locked && now.getTime() - session.lastActiveMs > idleMs) session.locked = true;
    return user;
  }

  private recordDenial(user: SessionUser, method: string, title: string, now: Date): void {
    this.services.sqlite.transaction(() =>
      this.services.chain.append({
        at: now.toISOString(),
        userId: user.id,
        userName: user.displayName,
        method,
        title: `拒绝：${title}`,
        detail: '无此权限，调用被拒绝',
      }),
    )();
  }

  private context(session: SessionRef, user: SessionUser | null, method: string, title: string, now: Date): CallContext {
    const { db, sqlite, deviceId, writer, chain } = this.services;
    const at = now.toISOString();
    const scope = () => ({ at, userId: user?.id ?? null, userName: user?.displayName ?? '系统', method, title });
    return {
      db,
      sqlite,
      deviceId,
      session,
      user,
      now,
      at,
      method,
      title,
      get: (table, id) => writer.get(table, id),
      insert: (table, row) => writer.insert(scope(), table, row),
      insertMany: (table, rows) => writer.insertMany(scope(), table, rows),
      update: (table, id, patch) => writer.update(scope(), table, id, patch),
      tombstone: (table, id) => writer.tombstone(scope(), table, id),
      audit: (event) => chain.append({ ...scope(), ...event }),
    };
  }
}

const fail = (error: ApiError): Result<never> => ({ ok: false, error });

function validationError(error: z.ZodError): ApiError {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.join('.') || '_';
    fields[path] ??= issue.message;
  }
  const messages = Object.values(fields);
  const message = messages.length === 1 ? messages[0] : `有 ${messages.length} 处需要修改：${messages.join('；')}`;
  return { code: 'VALIDATION', message, fields };
}
