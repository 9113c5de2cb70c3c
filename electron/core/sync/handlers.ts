import type Database from 'better-sqlite3';
import { SERIAL_KINDS, type NumberIssuers } from '../../../shared/settings/api';
import type { SyncConflict, SyncDevice, SyncReport, SyncStatus } from '../../../shared/sync/api';
import type { CallContext } from '../api/context';
import type { Handlers } from '../api/dispatcher';
import { refuse } from '../api/errors';
import { countUsers } from '../auth/users-store';
import { prepared } from '../db/statements';
import { SYNCED_TABLES, type SyncedTable } from '../db/write-path';
import type { SyncEngine } from './engine';
import { readSettings as readOfficeSettings } from '../settings/store';
import { writeSetting } from '../settings/write';
import { readReport, readSettings } from './state';

const engines = new WeakMap<Database.Database, SyncEngine>();

/** The sync engine of an open database: handlers reach it through their connection. */
export const attachSyncEngine = (sqlite: Database.Database, engine: SyncEngine) => engines.set(sqlite, engine);
const engineOf = (ctx: CallContext) => engines.get(ctx.sqlite)!;

function statusOf(ctx: CallContext): SyncStatus {
  const settings = readSettings(ctx.sqlite);
  const device = prepared(ctx.sqlite, "SELECT value FROM meta WHERE key = 'device_id'").get() as { value: string };
  return {
    configured: settings !== null,
    folder: settings?.folder ?? '',
    setId: settings?.setId ?? '',
    deviceId: device.value,
    last: readReport<SyncReport>(ctx.sqlite),
  };
}

/** The fields that name a record, most telling first (camelCase as rows and change files carry them). */
const NAMING_FIELDS = ['receiptNo', 'docNumber', 'fullName', 'name', 'displayName', 'title', 'key', 'date'] as const;

function recordName(ctx: CallContext, c: Omit<SyncConflict, 'recordName'>): string {
  const row =
    (c.tableName in SYNCED_TABLES ? (ctx.get(c.tableName as SyncedTable, c.rowId) as Record<string, unknown> | undefined) : undefined) ??
    (c.kind === 'duplicate' ? (JSON.parse(c.lostValue) as Record<string, unknown>) : undefined);
  if (!row) return '';
  const parts = NAMING_FIELDS.map((f) => row[f]).filter((v): v is string => typeof v === 'string' && v !== '');
  return parts.slice(0, 2).join(' ');
}

const withName = (ctx: CallContext, c: Omit<SyncConflict, 'recordName'>): SyncConflict => ({ ...c, recordName: recordName(ctx, c) });

const CONFLICT_SELECT = `SELECT id, kind, table_name AS tableName, row_id AS rowId, field, kept_value AS keptValue, lost_value AS lostValue,
  lost_device_id AS lostDeviceId, detected_at AS detectedAt, resolved_at AS resolvedAt, resolution FROM sync_conflicts`;

export const syncHandlers: Pick<Handlers, `sync.${string}` & keyof Handlers> = {
  'sync.status': (ctx) => statusOf(ctx),
  'sync.create': (ctx, { folder, key }) => {
    // Numbers keep coming from this PC until the administrator hands a register to another.
    const issuers = readOfficeSettings(ctx.sqlite).numberIssuers;
    writeSetting(ctx, 'numberIssuers', Object.fromEntries(SERIAL_KINDS.map((k) => [k, issuers[k] || ctx.deviceId])) as NumberIssuers);
    engineOf(ctx).create(folder, key);
    ctx.audit({ detail: `新建同步组：${folder}` });
    return statusOf(ctx);
  },
  'sync.join': (ctx, { folder, key }) => {
    engineOf(ctx).join(folder, key);
    ctx.audit({ detail: `加入同步组：${folder}` });
    return statusOf(ctx);
  },
  'sync.joinAtSetup': (ctx, { folder, key }) => {
    if (countUsers(ctx.sqlite) > 0) throw refuse('CONFLICT', '本机已有用户，请以管理员身份登录后在“设置 — 同步”中加入同步组。');
    const report = engineOf(ctx).join(folder, key);
    if (report.problem) throw refuse('CONFLICT', report.problem);
    if (countUsers(ctx.sqlite) === 0) throw refuse('CONFLICT', '同步文件夹中还没有用户数据：请先在第一台电脑上完成设置并同步一次。');
    return statusOf(ctx);
  },
  'sync.now': (ctx) => engineOf(ctx).sync(),
  'sync.snapshot': (ctx) => {
    const taken = engineOf(ctx).snapshot();
    ctx.audit({ detail: `生成同步快照 ${taken.seq}（${taken.entries} 条）` });
    return taken;
  },
  'sync.devices': (ctx) => {
    const names = readOfficeSettings(ctx.sqlite).deviceNames;
    const heard = new Map(
      (prepared(ctx.sqlite, 'SELECT device_id AS d, max(applied_at) AS at FROM sync_applied GROUP BY device_id').all() as { d: string; at: string }[]).map((r) => [r.d, r.at]),
    );
    const issuers = Object.values(readOfficeSettings(ctx.sqlite).numberIssuers).filter(Boolean);
    const counters = (prepared(ctx.sqlite, 'SELECT DISTINCT issuing_device_id AS d FROM outgoing_counters').all() as { d: string }[]).map((r) => r.d);
    const ids = [...new Set([ctx.deviceId, ...heard.keys(), ...Object.keys(names), ...issuers, ...counters])];
    return ids.map((deviceId): SyncDevice => ({ deviceId, name: names[deviceId] ?? '', isThis: deviceId === ctx.deviceId, lastHeard: heard.get(deviceId) ?? null }));
  },
  'sync.conflicts': (ctx, { includeResolved }) =>
    (prepared(ctx.sqlite, `${CONFLICT_SELECT} WHERE @all OR resolved_at IS NULL ORDER BY detected_at DESC, rowid DESC LIMIT 500`).all({ all: includeResolved ? 1 : 0 }) as SyncConflict[]).map(
      (c) => withName(ctx, c),
    ),

  /** Keeps the standing value, or takes the other PC's: a new change of this PC that syncs out like any edit. */
  'sync.resolveConflict': (ctx, { id, useLost, note }) => {
    const c = prepared(ctx.sqlite, `${CONFLICT_SELECT} WHERE id = ?`).get(id) as SyncConflict | undefined;
    if (!c) throw refuse('NOT_FOUND', '找不到这条冲突，请刷新。');
    if (c.resolvedAt) throw refuse('CONFLICT', '这条冲突已经处理过了。');
    if (useLost) {
      if (c.kind !== 'field') throw refuse('CONFLICT', '重复编号不能直接改用另一台电脑的记录：请核对后在登记簿中处理，再把这条冲突标为已处理。');
      ctx.update(c.tableName as SyncedTable, c.rowId, { [c.field]: JSON.parse(c.lostValue) as unknown, updatedAt: ctx.at } as never);
    }
    const resolution = `${useLost ? '改用另一台电脑的值' : '保留现值'}${note ? `：${note}` : ''}`;
    prepared(ctx.sqlite, 'UPDATE sync_conflicts SET resolved_at = ?, resolved_by = ?, resolution = ? WHERE id = ?').run(ctx.at, ctx.user!.displayName, resolution, id);
    ctx.audit({ detail: `同步冲突 ${c.tableName}.${c.field}：${resolution}` });
    return withName(ctx, prepared(ctx.sqlite, `${CONFLICT_SELECT} WHERE id = ?`).get(id) as SyncConflict);
  },
};
