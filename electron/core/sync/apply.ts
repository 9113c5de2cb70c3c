import type Database from 'better-sqlite3';
import type { SyncedTable, WritePath } from '../db/write-path';
import { prepared } from '../db/statements';
import { uuidv7 } from '../ids';
import type { HybridClock } from './clock';
import type { AuditEntry, ChangeEntry } from './format';

export type Applied = 'applied' | 'duplicate' | 'pending' | 'collision';

interface Prior {
  hlc: string;
  deviceId: string;
  fields: Record<string, unknown>;
}

const AUDIT_COLUMNS = ['device_id', 'seq', 'at', 'user_id', 'user_name', 'method', 'title', 'table_name', 'record_id', 'before', 'after', 'detail', 'hash'] as const;

const ROWS_REMEMBERED = 50_000;

/** Bookkeeping, not what a person entered: the later value wins without a conflict to review. */
const BOOKKEEPING = new Set(['updatedAt', 'createdAt']);

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Applies other devices' changes: last writer wins per field by hybrid clock, whatever order
 * the files arrive in. The change log is the union of every device's changes (keyed by
 * clock, so a change seen twice is applied once) and tells, per field, which change set it.
 */
export class ChangeApplier {
  constructor(
    private readonly sqlite: Database.Database,
    private readonly writer: WritePath,
    private readonly clock: HybridClock,
    private readonly nowIso: () => string,
  ) {}

  /** `seen`: what the change's device had applied of others when it wrote it. */
  apply(c: ChangeEntry, seen: Record<string, string>): Applied {
    if (prepared(this.sqlite, 'SELECT 1 FROM change_log WHERE hlc = ?').get(c.hlc)) return 'duplicate';
    this.clock.observe(c.hlc);
    const device = c.hlc.slice(32);
    const known = this.writer.fieldsOf(c.table);
    if (!known) return this.keep(c, device, 'unknownTable');
    if (Object.keys(c.fields).some((f) => !known.has(f))) return this.keep(c, device, 'unknownFields');
    const table = c.table as SyncedTable;
    const exists = this.writer.has(table, c.row);
    if (!exists && c.op !== 'insert') return this.keep(c, device, 'missingRow');

    const winners: Record<string, unknown> = {};
    // Recorded only once the change is applied: a change kept for later must not report them twice.
    const contested: (() => void)[] = [];
    // A row that is not here has no earlier changes here either.
    const latest = exists ? this.latestByField(table, c.row) : new Map<string, Prior>();
    for (const [field, value] of Object.entries(c.fields)) {
      const prior = latest.get(field);
      if (!prior || c.hlc > prior.hlc) {
        winners[field] = value;
        // Concurrent when this change's device had not seen the one it overwrites.
        const knew = (seen[prior?.deviceId ?? ''] ?? '') >= (prior?.hlc ?? '');
        if (prior && prior.deviceId !== device && !knew && !BOOKKEEPING.has(field) && !same(prior.fields[field], value)) {
          contested.push(() => this.conflict(table, c.row, field, { value, hlc: c.hlc }, { value: prior.fields[field], hlc: prior.hlc, deviceId: prior.deviceId }));
        }
      } else if (prior.deviceId !== device && !BOOKKEEPING.has(field) && !same(prior.fields[field], value)) {
        contested.push(() => this.conflict(table, c.row, field, { value: prior.fields[field], hlc: prior.hlc }, { value, hlc: c.hlc, deviceId: device }));
      }
    }
    try {
      this.writer.applyRemote(table, c.row, exists ? winners : c.fields, exists ? 'update' : 'insert');
    } catch (error) {
      const code = (error as { code?: string }).code;
      // It points at a row that has not arrived yet (another device's file is still to come).
      if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY') return this.keep(c, device, 'missingRow');
      // A number (收文号, 发文字号, 序号…) another device also gave: both records are kept, a person decides.
      if (code !== 'SQLITE_CONSTRAINT_UNIQUE' && code !== 'SQLITE_CONSTRAINT_PRIMARYKEY') throw error;
      this.conflict(table, c.row, '*', { value: null, hlc: '' }, { value: c.fields, hlc: c.hlc, deviceId: device }, 'duplicate');
      return 'collision';
    }
    for (const record of contested) record();
    prepared(this.sqlite, 'INSERT INTO change_log (hlc, device_id, table_name, row_id, op, fields) VALUES (?, ?, ?, ?, ?, ?)').run(
      c.hlc,
      device,
      c.table,
      c.row,
      c.op,
      JSON.stringify(c.fields),
    );
    const prior: Prior = { hlc: c.hlc, deviceId: device, fields: c.fields };
    for (const field of Object.keys(c.fields)) if (!latest.has(field) || c.hlc > latest.get(field)!.hlc) latest.set(field, prior);
    this.remember(`${c.table}\u0000${c.row}`, latest);
    return 'applied';
  }

  /** Another device's audit entries join the union as they were written; their chain is verified here like ours. */
  applyAudit(a: AuditEntry): void {
    const values = AUDIT_COLUMNS.map((k) => (a.e[k] ?? null) as string | number | null);
    prepared(this.sqlite, `INSERT OR IGNORE INTO audit_log (${AUDIT_COLUMNS.join(', ')}) VALUES (${AUDIT_COLUMNS.map(() => '?').join(', ')})`).run(values);
  }

  /** Pending changes whose row or version has arrived since; returns how many were applied. */
  retryPending(): number {
    let applied = 0;
    const rows = prepared(this.sqlite, 'SELECT hlc, table_name AS "table", row_id AS row, op, fields FROM sync_pending ORDER BY hlc').all() as {
      hlc: string;
      table: string;
      row: string;
      op: 'insert' | 'update';
      fields: string;
    }[];
    for (const r of rows) {
      prepared(this.sqlite, 'DELETE FROM sync_pending WHERE hlc = ?').run(r.hlc);
      const outcome = this.apply({ t: 'c', hlc: r.hlc, table: r.table, row: r.row, op: r.op, fields: JSON.parse(r.fields) as Record<string, unknown> }, {});
      if (outcome === 'applied') applied += 1;
    }
    return applied;
  }

  /**
   * Which change last set each field of recently touched rows, so a file editing one row
   * many times reads its history once. Forgotten whenever a file fails (its changes were
   * rolled back) and when it grows past ROWS_REMEMBERED.
   */
  private readonly recent = new Map<string, Map<string, Prior>>();

  forget(): void {
    this.recent.clear();
  }

  private remember(key: string, latest: Map<string, Prior>): void {
    if (this.recent.size >= ROWS_REMEMBERED) this.recent.clear();
    this.recent.set(key, latest);
  }

  private latestByField(table: string, row: string): Map<string, Prior> {
    const known = this.recent.get(`${table}\u0000${row}`);
    if (known) return known;
    const latest = new Map<string, Prior>();
    const priors = prepared(this.sqlite, 'SELECT hlc, device_id AS deviceId, fields FROM change_log WHERE table_name = ? AND row_id = ? ORDER BY hlc').all(table, row) as {
      hlc: string;
      deviceId: string;
      fields: string;
    }[];
    for (const p of priors) {
      const fields = JSON.parse(p.fields) as Record<string, unknown>;
      for (const f of Object.keys(fields)) latest.set(f, { hlc: p.hlc, deviceId: p.deviceId, fields });
    }
    return latest;
  }

  private keep(c: ChangeEntry, device: string, reason: string): Applied {
    prepared(
      this.sqlite,
      'INSERT OR IGNORE INTO sync_pending (hlc, device_id, table_name, row_id, op, fields, reason) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ).run(c.hlc, device, c.table, c.row, c.op, JSON.stringify(c.fields), reason);
    return 'pending';
  }

  private conflict(
    table: string,
    row: string,
    field: string,
    kept: { value: unknown; hlc: string },
    lost: { value: unknown; hlc: string; deviceId: string },
    kind: 'field' | 'duplicate' = 'field',
  ): void {
    prepared(
      this.sqlite,
      `INSERT INTO sync_conflicts (id, kind, table_name, row_id, field, kept_value, kept_hlc, lost_value, lost_hlc, lost_device_id, detected_at, resolution)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '')`,
    ).run(uuidv7(Date.now()), kind, table, row, field, JSON.stringify(kept.value ?? null), kept.hlc, JSON.stringify(lost.value ?? null), lost.hlc, lost.deviceId, this.nowIso());
  }
}
