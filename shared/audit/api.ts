import { z } from 'zod';
import { method, type MethodSpec } from '../api/define';
import { dateField, noInput, optionalText } from '../api/fields';

export interface AuditEntry {
  /** deviceId:seq — unique on every PC. */
  id: string;
  deviceId: string;
  /** Position in this device's hash chain, from 1. */
  seq: number;
  at: string;
  userId: string | null;
  userName: string;
  /** API method, or an event such as 'auth.login.failed'. */
  method: string;
  /** Chinese title of the action. */
  title: string;
  tableName: string | null;
  recordId: string | null;
  before: unknown;
  after: unknown;
  detail: string;
}

/**
 * The `after` of a batch entry (an import): the rows it added and a seal over
 * their change-log entries — the SHA-256 of their serialised fields, in clock
 * order from `from` to `to` — which verification recomputes.
 */
export interface BatchAudit {
  ids: string[];
  changeLog: { from: string; to: string; sha256: string };
}

export const isBatchAudit = (v: unknown): v is BatchAudit =>
  typeof v === 'object' && v !== null && Array.isArray((v as BatchAudit).ids) && typeof (v as BatchAudit).changeLog === 'object';

export type AuditVerdict =
  | { intact: true; checked: number }
  | {
      intact: false;
      checked: number;
      firstBroken: { id: string; deviceId: string; seq: number; at: string; reason: string };
    };

export const auditApi = {
  'audit.list': method<{ entries: AuditEntry[]; nextCursor: string | null }>()({
    input: z.object({
      userName: optionalText('操作人', 40),
      from: dateField('开始日期').optional(),
      to: dateField('结束日期').optional(),
      method: optionalText('操作', 60),
      record: optionalText('记录', 64),
      cursor: z.string().max(200).regex(/^[^|]+\|[^|]+\|\d+$/, '翻页位置无效，请重新查询').optional(),
      limit: z.number().int().min(1).max(500).default(100),
    }),
    access: ['auditor'],
    title: '查看审计日志',
  }),
  'audit.verify': method<AuditVerdict>()({ input: noInput, access: ['auditor'], title: '校验审计日志' }),
  /** Printing and exporting happen in the renderer; this records them in the trail. */
  'audit.recordOutput': method<null>()({
    input: z.object({
      kind: z.enum(['print', 'export'], { error: '类型无效' }),
      what: optionalText('内容', 200),
      recordId: optionalText('记录', 64),
    }),
    access: 'signedIn',
    title: '打印或导出',
  }),
} satisfies Record<string, MethodSpec>;
