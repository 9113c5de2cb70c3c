import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { uuidv7 } from '../ids';

export interface AuditEvent {
  at: string;
  userId: string | null;
  userName: string;
  method: string;
  title: string;
  tableName?: string | null;
  recordId?: string | null;
  before?: unknown;
  after?: unknown;
  detail?: string;
}

interface StoredEntry {
  id: string;
  device_id: string;
  seq: number;
  at: string;
  user_id: string | null;
  user_name: string;
  method: string;
  title: string;
  table_name: string | null;
  record_id: string | null;
  before: string | null;
  after: string | null;
  detail: string;
  prev_hash: string;
  hash: string;
}

const GENESIS = '0'.repeat(64);

/** The hash covers every stored column, as stored, so any edit to the file changes it. */
function entryHash(e: Omit<StoredEntry, 'hash'>): string {
  return createHash('sha256')
    .update(
      JSON.stringify([
        e.prev_hash,
        e.id,
        e.device_id,
        e.seq,
        e.at,
        e.user_id,
        e.user_name,
        e.method,
        e.title,
        e.table_name,
        e.record_id,
        e.before,
        e.after,
        e.detail,
      ]),
    )
    .digest('hex');
}

const toJson = (v: unknown): string | null => (v === undefined ? null : JSON.stringify(v));

export class AuditChain {
  private readonly lastStmt: Database.Statement;
  private readonly insertStmt: Database.Statement;

  constructor(
    sqlite: Database.Database,
    private readonly deviceId: string,
  ) {
    this.lastStmt = sqlite.prepare('SELECT seq, hash FROM audit_log WHERE device_id = ? ORDER BY seq DESC LIMIT 1');
    this.insertStmt = sqlite.prepare(
      `INSERT INTO audit_log (id, device_id, seq, at, user_id, user_name, method, title, table_name, record_id, before, after, detail, prev_hash, hash)
       VALUES (@id, @device_id, @seq, @at, @user_id, @user_name, @method, @title, @table_name, @record_id, @before, @after, @detail, @prev_hash, @hash)`,
    );
  }

  /**
   * Appends one entry. The chain head is read from the database each time
   * rather than cached, so a rolled-back transaction can never leave a gap.
   */
  append(event: AuditEvent): void {
    const last = this.lastStmt.get(this.deviceId) as { seq: number; hash: string } | undefined;
    const entry: Omit<StoredEntry, 'hash'> = {
      id: uuidv7(),
      device_id: this.deviceId,
      seq: (last?.seq ?? 0) + 1,
      at: event.at,
      user_id: event.userId,
      user_name: event.userName,
      method: event.method,
      title: event.title,
      table_name: event.tableName ?? null,
      record_id: event.recordId ?? null,
      before: toJson(event.before),
      after: toJson(event.after),
      detail: event.detail ?? '',
      prev_hash: last?.hash ?? GENESIS,
    };
    this.insertStmt.run({ ...entry, hash: entryHash(entry) });
  }
}

export type VerifyResult =
  | { intact: true; checked: number }
  | {
      intact: false;
      checked: number;
      firstBroken: { id: string; deviceId: string; seq: number; at: string; reason: string };
    };

/** Walks every device's chain in order; reports the first entry whose link, number or hash is wrong. */
export function verifyAuditChain(sqlite: Database.Database): VerifyResult {
  const rows = sqlite.prepare('SELECT * FROM audit_log ORDER BY device_id, seq').iterate() as Iterable<StoredEntry>;
  let checked = 0;
  let device = '';
  let prevHash = GENESIS;
  let expectedSeq = 1;
  for (const row of rows) {
    if (row.device_id !== device) {
      device = row.device_id;
      prevHash = GENESIS;
      expectedSeq = 1;
    }
    const broken = (reason: string): VerifyResult => ({
      intact: false,
      checked,
      firstBroken: { id: row.id, deviceId: row.device_id, seq: row.seq, at: row.at, reason },
    });
    if (row.seq !== expectedSeq) return broken(`第 ${expectedSeq} 条缺失或序号被改动`);
    if (row.prev_hash !== prevHash) return broken('与上一条的链接不符（前面的记录被删除或改动）');
    const { hash, ...rest } = row;
    if (entryHash(rest) !== hash) return broken('内容与校验值不符（此条记录被改动）');
    checked += 1;
    prevHash = hash;
    expectedSeq += 1;
  }
  return { intact: true, checked };
}
