import { and, desc, eq, gte, isNotNull, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import { addDays } from '../../../shared/dates';
import type { AuditEntry } from '../../../shared/audit/api';
import type { Handlers } from '../api/dispatcher';
import { invalid } from '../api/errors';
import { auditLog } from '../db/schema';
import { auditEntryId, verifyAuditChain } from './chain';

const parseJson = (s: string | null): unknown => (s === null ? null : JSON.parse(s));

/** The office works in UTC+8; a date filter means that local day. */
const dayStartUtc = (date: string) => new Date(Date.parse(`${date}T00:00:00+08:00`)).toISOString();

export const auditHandlers: Pick<Handlers, 'audit.list' | 'audit.verify' | 'audit.recordOutput'> = {
  'audit.list': (ctx, input) => {
    if (input.from && input.to && input.from > input.to) throw invalid('to', '结束日期不能早于开始日期');
    const where: SQL[] = [];
    // instr/substr rather than LIKE: what the auditor types is matched literally, % and _ included.
    if (input.userName) where.push(sql`instr(${auditLog.userName}, ${input.userName}) > 0`);
    if (input.method) {
      where.push(
        sql`(substr(${auditLog.method}, 1, ${input.method.length}) = ${input.method} OR instr(${auditLog.title}, ${input.method}) > 0)`,
      );
    }
    if (input.record) {
      // A batch entry (an import) names its rows inside its values rather than in record_id.
      const inBatch = and(isNull(auditLog.recordId), isNotNull(auditLog.tableName), sql`instr(${auditLog.after}, ${input.record}) > 0`);
      where.push(or(eq(auditLog.recordId, input.record), inBatch)!);
    }
    if (input.from) where.push(gte(auditLog.at, dayStartUtc(input.from)));
    if (input.to) where.push(lt(auditLog.at, dayStartUtc(addDays(input.to, 1))));
    // Keyset paging on (at, device, seq): stable while new entries keep arriving.
    if (input.cursor) {
      const [at, device, seq] = input.cursor.split('|');
      const sameAt = and(
        eq(auditLog.at, at),
        or(lt(auditLog.deviceId, device), and(eq(auditLog.deviceId, device), lt(auditLog.seq, Number(seq)))),
      );
      where.push(or(lt(auditLog.at, at), sameAt)!);
    }
    const rows = ctx.db
      .select()
      .from(auditLog)
      .where(where.length ? and(...where) : undefined)
      .orderBy(desc(auditLog.at), desc(auditLog.deviceId), desc(auditLog.seq))
      .limit(input.limit + 1)
      .all();
    const page = rows.slice(0, input.limit);
    const entries: AuditEntry[] = page.map((r) => ({
      id: auditEntryId(r.deviceId, r.seq),
      deviceId: r.deviceId,
      seq: r.seq,
      at: r.at,
      userId: r.userId,
      userName: r.userName,
      method: r.method,
      title: r.title,
      tableName: r.tableName,
      recordId: r.recordId,
      before: parseJson(r.before),
      after: parseJson(r.after),
      detail: r.detail,
    }));
    const last = page[page.length - 1];
    return { entries, nextCursor: rows.length > input.limit && last ? `${last.at}|${last.deviceId}|${last.seq}` : null };
  },

  'audit.verify': (ctx) => {
    const verdict = verifyAuditChain(ctx.sqlite);
    ctx.audit({ detail: verdict.intact ? `完好，共 ${verdict.checked} 条` : `发现问题：${verdict.firstBroken.reason}` });
    return verdict;
  },

  'audit.recordOutput': (ctx, input) => {
    ctx.audit({
      method: `output.${input.kind}`,
      title: input.kind === 'print' ? '打印' : '导出',
      recordId: input.recordId || null,
      detail: input.what,
    });
    return null;
  },
};
