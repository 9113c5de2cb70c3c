import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { getTableColumns, getTableName } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { BatchAudit } from '../../../shared/audit/api';
import type { AuditChain } from '../audit/chain';
import type { HybridClock } from '../sync/clock';
import * as schema from './schema';

/** Tables whose rows are people's data: they go through this path and into the change log. */
export const SYNCED_TABLES = {
  users: schema.users,
  units: schema.units,
  people: schema.people,
  settings: schema.settings,
  calendarDays: schema.calendarDays,
  incoming: schema.incoming,
  incomingInstructions: schema.incomingInstructions,
  assignments: schema.assignments,
  assignmentUrges: schema.assignmentUrges,
  incomingReturns: schema.incomingReturns,
  outgoingCounters: schema.outgoingCounters,
  outgoingCodes: schema.outgoingCodes,
  outgoing: schema.outgoing,
  outgoingNumbers: schema.outgoingNumbers,
  outgoingSignatures: schema.outgoingSignatures,
  outgoingCountersigns: schema.outgoingCountersigns,
  outgoingDistributions: schema.outgoingDistributions,
  seals: schema.seals,
  sealEntries: schema.sealEntries,
  classifiedDocs: schema.classifiedDocs,
  classifiedCopies: schema.classifiedCopies,
  classifiedEvents: schema.classifiedEvents,
  stockChecks: schema.stockChecks,
  stockCheckItems: schema.stockCheckItems,
  destructionBatches: schema.destructionBatches,
  destructionItems: schema.destructionItems,
  destructionNotes: schema.destructionNotes,
} as const;
export type SyncedTable = keyof typeof SYNCED_TABLES;
export type RowOf<T extends SyncedTable> = (typeof SYNCED_TABLES)[T]['$inferSelect'];
export type NewRowOf<T extends SyncedTable> = (typeof SYNCED_TABLES)[T]['$inferInsert'];
/** Tables whose rows can be deleted (tombstoned). */
export type TombstoneTable = { [T in SyncedTable]: 'deletedAt' extends keyof RowOf<T> ? T : never }[SyncedTable];

/**
 * Derived data kept beside a table (a search index): called with the rows as
 * they stand after each write (one row, or a batch's rows at once), in the
 * same transaction. Never part of the change log — each PC derives it from the
 * rows themselves.
 */
export type DerivedIndex<T extends SyncedTable> = (rows: readonly RowOf<T>[], op: 'insert' | 'update') => void;

/** Values the audit trail must never show; the change log still carries them for sync. */
const REDACTED: Partial<Record<SyncedTable, readonly string[]>> = { users: ['passwordHash'] };

export interface WriteScope {
  at: string;
  userId: string | null;
  userName: string;
  method: string;
  title: string;
}

interface TableInfo {
  sqlName: string;
  pkKey: string;
  pkSql: string;
  columns: Map<string, SQLiteColumn>;
  fields: ReadonlySet<string>;
  selectById: Database.Statement;
  exists: Database.Statement;
}

type Row = Record<string, unknown>;

/**
 * The one way data changes: each mutation updates the row, appends a change-log
 * entry (changed fields, HLC, device) and an audit entry, inside the caller's
 * transaction. Statements are prepared once per table and shape.
 */
export class WritePath {
  private readonly info = new Map<SyncedTable, TableInfo>();
  private readonly stmts = new Map<string, Database.Statement>();
  private readonly changeStmt: Database.Statement;
  private readonly derived = new Map<SyncedTable, DerivedIndex<never>>();
  private lastInsert: { table: SyncedTable; keys: string[]; stmt: Database.Statement } | null = null;

  constructor(
    private readonly sqlite: Database.Database,
    private readonly deviceId: string,
    private readonly clock: HybridClock,
    private readonly audit: AuditChain,
  ) {
    this.changeStmt = sqlite.prepare(
      'INSERT INTO change_log (hlc, device_id, table_name, row_id, op, fields) VALUES (?, ?, ?, ?, ?, ?)',
    );
    for (const name of Object.keys(SYNCED_TABLES) as SyncedTable[]) {
      const table: SQLiteTable = SYNCED_TABLES[name];
      const columns = new Map(Object.entries(getTableColumns(table)) as [string, SQLiteColumn][]);
      const [pkKey, pkCol] = [...columns].find(([, c]) => c.primary)!;
      const sqlName = getTableName(table);
      this.info.set(name, {
        sqlName,
        pkKey,
        pkSql: pkCol.name,
        columns,
        fields: new Set(columns.keys()),
        selectById: sqlite.prepare(`SELECT * FROM "${sqlName}" WHERE "${pkCol.name}" = ?`),
        exists: sqlite.prepare(`SELECT 1 FROM "${sqlName}" WHERE "${pkCol.name}" = ?`),
      });
    }
  }

  /** Keeps a derived index of a table up to date (see DerivedIndex). */
  derive<T extends SyncedTable>(table: T, index: DerivedIndex<T>): void {
    this.derived.set(table, index as DerivedIndex<never>);
  }

  get<T extends SyncedTable>(table: T, id: string): RowOf<T> | undefined {
    const info = this.info.get(table)!;
    const raw = info.selectById.get(id) as Row | undefined;
    return raw ? (this.fromDriver(info, raw) as RowOf<T>) : undefined;
  }

  insert<T extends SyncedTable>(scope: WriteScope, table: T, row: NewRowOf<T>): RowOf<T> {
    const { id, after, fieldsJson } = this.insertRow(table, row as Row);
    this.auditRow(scope, table, id, undefined, after, fieldsJson);
    return after as RowOf<T>;
  }

  /**
   * A batch (an import, a seeded directory): every row and its change-log
   * entry as usual, and one audit entry for the batch. The values are written
   * once, to the change log (insert-only); the audit entry names the rows and
   * seals their change-log entries with a SHA-256 digest that the audit
   * verification recomputes, so the trail stays complete without storing an
   * import twice.
   */
  insertMany<T extends SyncedTable>(scope: WriteScope, table: T, rows: readonly NewRowOf<T>[]): void {
    if (rows.length === 0) return;
    const digest = createHash('sha256');
    const ids: string[] = [];
    const afters: Row[] = [];
    let from = '';
    let to = '';
    for (const row of rows) {
      const r = this.insertRow(table, row as Row, false);
      digest.update(r.fieldsJson);
      ids.push(r.id);
      afters.push(r.after);
      from ||= r.hlc;
      to = r.hlc;
    }
    this.derived.get(table)?.(afters as never[], 'insert');
    const after: BatchAudit = { ids, changeLog: { from, to, sha256: digest.digest('hex') } };
    this.audit.append({ ...scope, tableName: table, recordId: null, after, detail: `批量 ${rows.length} 条` });
  }

  private insertRow(table: SyncedTable, values: Row, derive = true): { id: string; after: Row; fieldsJson: string; hlc: string } {
    const info = this.info.get(table)!;
    const keys = Object.keys(values).filter((k) => values[k] !== undefined);
    const stmt = this.insertStatement(table, info, keys);
    stmt.run(keys.map((k) => toDriver(info.columns.get(k)!, values[k])));
    const id = String(values[info.pkKey]);
    const after = this.withDefaults(info, values);
    if (derive) this.derived.get(table)?.([after] as never[], 'insert');
    return { id, after, ...this.logChange(table, id, 'insert', insertedFields(after)) };
  }

  /** The fields a synced table has in this version; null for a table this version does not know. */
  fieldsOf(table: string): ReadonlySet<string> | null {
    return this.info.get(table as SyncedTable)?.fields ?? null;
  }

  /** Whether the row is there, without reading it. */
  has(table: SyncedTable, id: string): boolean {
    return this.info.get(table)!.exists.get(id) !== undefined;
  }

  /**
   * Another device's change, already logged by the sync engine with its own clock: only
   * the fields that won are written, and the derived indexes follow. No change-log or
   * audit entry of this device — the other device's audit entries arrive with it.
   */
  applyRemote(table: SyncedTable, rowId: string, fields: Row, mode: 'insert' | 'update'): void {
    const info = this.info.get(table)!;
    const keys = Object.keys(fields).filter((k) => k !== info.pkKey);
    if (mode === 'insert') {
      const all = [info.pkKey, ...keys];
      const stmt = this.statement(`ri:${table}:${all.join(',')}`, () => {
        const cols = all.map((k) => `"${info.columns.get(k)!.name}"`).join(', ');
        return `INSERT INTO "${info.sqlName}" (${cols}) VALUES (${all.map(() => '?').join(', ')})`;
      });
      stmt.run([rowId, ...keys.map((k) => toDriver(info.columns.get(k)!, fields[k]))]);
    } else if (keys.length > 0) {
      const stmt = this.statement(`ru:${table}:${keys.join(',')}`, () => {
        const sets = keys.map((k) => `"${info.columns.get(k)!.name}" = ?`).join(', ');
        return `UPDATE "${info.sqlName}" SET ${sets} WHERE "${info.pkSql}" = ?`;
      });
      stmt.run([...keys.map((k) => toDriver(info.columns.get(k)!, fields[k])), rowId]);
    } else return;
    const derive = this.derived.get(table);
    if (derive) derive([this.get(table, rowId)!] as never[], mode);
  }

  /** Applies the changed fields only; returns the row unchanged (and records nothing) when nothing differs. */
  update<T extends SyncedTable>(scope: WriteScope, table: T, id: string, patch: Partial<NewRowOf<T>>): RowOf<T> {
    const info = this.info.get(table)!;
    const before = this.get(table, id);
    if (!before) throw new Error(`update of missing ${table} row ${id}`);
    const changed: Row = {};
    for (const [k, v] of Object.entries(patch as Row)) {
      if (v === undefined || k === info.pkKey) continue;
      if (!info.columns.has(k)) throw new Error(`unknown column ${table}.${k}`);
      if (JSON.stringify(v) !== JSON.stringify((before as Row)[k])) changed[k] = v;
    }
    // A bookkeeping timestamp alone is not a change: saving an untouched form records nothing.
    if (Object.keys(changed).every((k) => k === 'updatedAt')) return before;
    const keys = Object.keys(changed);
    const stmt = this.statement(`u:${table}:${keys.join(',')}`, () => {
      const sets = keys.map((k) => `"${info.columns.get(k)!.name}" = ?`).join(', ');
      return `UPDATE "${info.sqlName}" SET ${sets} WHERE "${info.pkSql}" = ?`;
    });
    stmt.run([...keys.map((k) => toDriver(info.columns.get(k)!, changed[k])), id]);
    const after = this.get(table, id)!;
    this.derived.get(table)?.([after] as never[], 'update');
    const beforeChanged = Object.fromEntries(keys.map((k) => [k, (before as Row)[k]]));
    this.auditRow(scope, table, id, beforeChanged, changed, this.logChange(table, id, 'update', changed).fieldsJson);
    return after;
  }

  /** Register rows are never DELETEd: the tombstone is a dated deletedAt that sync carries like any field. */
  tombstone<T extends TombstoneTable>(scope: WriteScope, table: T, id: string): void {
    this.update(scope, table, id, { deletedAt: scope.at } as Partial<NewRowOf<T>>);
  }

  /** Appends the change-log entry; returns the fields as serialised, for the audit entry to reuse, and its clock. */
  private logChange(table: SyncedTable, rowId: string, op: 'insert' | 'update', fields: Row): { fieldsJson: string; hlc: string } {
    const fieldsJson = JSON.stringify(fields);
    const hlc = this.clock.tick();
    this.changeStmt.run(hlc, this.deviceId, table, rowId, op, fieldsJson);
    return { fieldsJson, hlc };
  }

  private auditRow(scope: WriteScope, table: SyncedTable, rowId: string, before: Row | undefined, after: Row, afterJson: string): void {
    const hidden = REDACTED[table] ?? [];
    this.audit.append({
      ...scope,
      tableName: table,
      recordId: rowId,
      ...(hidden.length
        ? { before: before && redact(before, hidden), after: redact(after, hidden) }
        : { beforeJson: before === undefined ? null : JSON.stringify(before), afterJson }),
    });
  }

  /**
   * The INSERT for these columns. A batch's rows share their columns: the previous row's
   * statement is reused after comparing the keys, without building its cache key.
   */
  private insertStatement(table: SyncedTable, info: TableInfo, keys: string[]): Database.Statement {
    const last = this.lastInsert;
    if (last?.table === table && last.keys.length === keys.length && last.keys.every((k, i) => k === keys[i])) return last.stmt;
    const stmt = this.statement(`i:${table}:${keys.join(',')}`, () => {
      const cols = keys.map((k) => `"${info.columns.get(k)!.name}"`).join(', ');
      return `INSERT INTO "${info.sqlName}" (${cols}) VALUES (${keys.map(() => '?').join(', ')})`;
    });
    this.lastInsert = { table, keys, stmt };
    return stmt;
  }

  private statement(key: string, sql: () => string): Database.Statement {
    let stmt = this.stmts.get(key);
    if (!stmt) {
      stmt = this.sqlite.prepare(sql());
      this.stmts.set(key, stmt);
    }
    return stmt;
  }

  /** The row as stored, without reading it back: every column, defaults filled in, nulls explicit. */
  private withDefaults(info: TableInfo, values: Row): Row {
    const out: Row = {};
    for (const [key, col] of info.columns) {
      const v = values[key];
      out[key] = v !== undefined ? v : col.hasDefault && col.default !== undefined ? col.default : null;
    }
    return out;
  }

  private fromDriver(info: TableInfo, raw: Row): Row {
    const out: Row = {};
    for (const [key, col] of info.columns) {
      const v = raw[col.name];
      out[key] = v === null || v === undefined ? null : col.mapFromDriverValue(v);
    }
    return out;
  }
}

/** A new row as the change log carries it: an absent field is null (or the column's default). */
function insertedFields(row: Row): Row {
  const out: Row = {};
  for (const key in row) if (row[key] !== null) out[key] = row[key];
  return out;
}

const redact = (row: Row, hidden: readonly string[]): Row =>
  Object.fromEntries(Object.entries(row).map(([k, v]) => [k, hidden.includes(k) ? '***' : v]));

function toDriver(col: SQLiteColumn, v: unknown): unknown {
  return v === null || v === undefined ? null : col.mapToDriverValue(v);
}
