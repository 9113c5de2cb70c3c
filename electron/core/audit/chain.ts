import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';

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

/** How an entry is named outside the database: its device and its place in that device's chain. */
export const auditEntryId = (deviceId: string, seq: number) => `${deviceId}:${seq}`;

/** The hash covers every stored column, as stored, so any edit to the file changes it. */
function entryHash(e: Omit<StoredEntry, 'hash'>): string {
  return createHash('sha256')
    .update(
      JSON.stringify([
        e.prev_hash,
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

interface Head {
  seq: number;
  hash: string;
  rowid: number | bigint;
}

export class AuditChain {
  private readonly lastStmt: Database.Statement;
  private readonly byRowidStmt: Database.Statement;
  private readonly insertStmt: Database.Statement;
  private head: Head | null = null;

  constructor(
    sqlite: Database.Database,
    private readonly deviceId: string,
  ) {
    this.lastStmt = sqlite.prepare('SELECT rowid, seq, hash FROM audit_log WHERE device_id = ? ORDER BY seq DESC LIMIT 1');
    this.byRowidStmt = sqlite.prepare('SELECT hash FROM audit_log WHERE rowid = ?');
    this.insertStmt = sqlite.prepare(
      `INSERT INTO audit_log (device_id, seq, at, user_id, user_name, method, title, table_name, record_id, before, after, detail, prev_hash, hash)
       VALUES (@device_id, @seq, @at, @user_id, @user_name, @method, @title, @table_name, @record_id, @before, @after, @detail, @prev_hash, @hash)`,
    );
  }

  /**
   * The last entry of this device's chain. The cached head is confirmed by a
   * rowid lookup (cheap) before use: after a rolled-back transaction the cached
   * row is gone, and the head is read again through the index.
   */
  private currentHead(): Head | undefined {
    if (this.head && (this.byRowidStmt.get(this.head.rowid) as { hash: string } | undefined)?.hash === this.head.hash) {
      return this.head;
    }
    return this.lastStmt.get(this.deviceId) as Head | undefined;
  }

  append(event: AuditEvent): void {
    const last = this.currentHead();
    const entry: Omit<StoredEntry, 'hash'> = {
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
    const hash = entryHash(entry);
    const { lastInsertRowid } = this.insertStmt.run({ ...entry, hash });
    this.head = { seq: entry.seq, hash, rowid: lastInsertRowid };
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
      firstBroken: { id: auditEntryId(row.device_id, row.seq), deviceId: row.device_id, seq: row.seq, at: row.at, reason },
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
