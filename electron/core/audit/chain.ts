import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { isBatchAudit, type AuditVerdict } from '../../../shared/audit/api';

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
  /** The same values already serialised by the caller (the write path shares them with the change log). */
  beforeJson?: string | null;
  afterJson?: string | null;
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
  hash: string;
}

const GENESIS = '0'.repeat(64);

/** How an entry is named outside the database: its device and its place in that device's chain. */
export const auditEntryId = (deviceId: string, seq: number) => `${deviceId}:${seq}`;

/**
 * The hash covers the previous entry's hash and every stored column, as stored,
 * so editing any entry breaks its own hash and re-hashing it breaks the next.
 * Fields are length-prefixed: no value can imitate a field boundary.
 */
function entryHash(prevHash: string, e: Omit<StoredEntry, 'hash'>): string {
  const h = createHash('sha256').update(prevHash);
  for (const v of [e.device_id, e.seq, e.at, e.user_id, e.user_name, e.method, e.title, e.table_name, e.record_id, e.before, e.after, e.detail]) {
    if (v === null) h.update('\u0000');
    else {
      const text = String(v);
      h.update(`${text.length}:`).update(text);
    }
  }
  return h.digest('hex');
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
      `INSERT INTO audit_log (device_id, seq, at, user_id, user_name, method, title, table_name, record_id, before, after, detail, hash)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
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
      before: event.beforeJson !== undefined ? event.beforeJson : toJson(event.before),
      after: event.afterJson !== undefined ? event.afterJson : toJson(event.after),
      detail: event.detail ?? '',
    };
    const hash = entryHash(last?.hash ?? GENESIS, entry);
    const e = entry;
    const { lastInsertRowid } = this.insertStmt.run(
      e.device_id, e.seq, e.at, e.user_id, e.user_name, e.method, e.title, e.table_name, e.record_id, e.before, e.after, e.detail, hash,
    );
    this.head = { seq: entry.seq, hash, rowid: lastInsertRowid };
  }
}

/**
 * Whether a batch entry's seal still matches the change-log entries it names:
 * the same number of rows, the same ids, the same serialised values.
 */
function batchSealHolds(sqlite: Database.Database, row: StoredEntry): boolean {
  let after: unknown;
  try {
    after = JSON.parse(row.after ?? 'null');
  } catch {
    return false;
  }
  if (!isBatchAudit(after)) return true;
  const { from, to, sha256 } = after.changeLog;
  const entries = sqlite
    .prepare('SELECT row_id, fields FROM change_log WHERE device_id = ? AND table_name = ? AND hlc BETWEEN ? AND ? ORDER BY hlc')
    .raw()
    .iterate(row.device_id, row.table_name, from, to) as Iterable<[string, string]>;
  const digest = createHash('sha256');
  let i = 0;
  for (const [rowId, fields] of entries) {
    if (after.ids[i] !== rowId) return false;
    digest.update(fields);
    i += 1;
  }
  return i === after.ids.length && digest.digest('hex') === sha256;
}

/**
 * Walks every device's chain in order; reports the first entry whose link,
 * number or hash is wrong, or a batch whose change-log entries no longer match
 * its seal.
 */
export function verifyAuditChain(sqlite: Database.Database): AuditVerdict {
  const rows = sqlite.prepare('SELECT * FROM audit_log ORDER BY device_id, seq').iterate() as Iterable<StoredEntry>;
  // Checked once the walk is done: the connection runs one statement at a time.
  const batches: StoredEntry[] = [];
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
    const broken = (reason: string): AuditVerdict => ({
      intact: false,
      checked,
      firstBroken: { id: auditEntryId(row.device_id, row.seq), deviceId: row.device_id, seq: row.seq, at: row.at, reason },
    });
    if (row.seq !== expectedSeq) return broken(`第 ${expectedSeq} 条缺失或序号被改动`);
    const { hash, ...rest } = row;
    if (entryHash(prevHash, rest) !== hash) {
      return broken('内容与校验值不符（此条或上一条记录被改动）');
    }
    if (row.record_id === null && row.table_name !== null) batches.push(row);
    checked += 1;
    prevHash = hash;
    expectedSeq += 1;
  }
  for (const row of batches) {
    if (!batchSealHolds(sqlite, row)) {
      return {
        intact: false,
        checked,
        firstBroken: {
          id: auditEntryId(row.device_id, row.seq),
          deviceId: row.device_id,
          seq: row.seq,
          at: row.at,
          reason: '此次批量登记的内容在变更日志中被改动或缺失',
        },
      };
    }
  }
  return { intact: true, checked };
}
