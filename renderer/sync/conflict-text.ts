import { SERIAL_KIND_LABELS, type SerialKind } from '../../shared/settings/api';
import type { SyncConflict } from '../../shared/sync/api';
import { shanghaiDateTime } from '../common/time';
import { FIELD_LABELS, SETTING_LABELS, TABLE_LABELS, VALUE_LABELS } from './labels';

/** How a device id reads on screen: its name, or a short form of its id. */
export type DeviceName = (deviceId: string) => string;

type Conflict = Pick<SyncConflict, 'kind' | 'tableName' | 'rowId' | 'field'> & Partial<Pick<SyncConflict, 'recordName'>>;

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
// Fields that hold a device id: shown by the PC's name.
const DEVICE_FIELDS = new Set(['issuingDeviceId', 'deviceId']);
// What names a record of a duplicate number, in the order a clerk would look for it.
const IDENTIFYING = ['receiptNo', 'docNumber', 'batchNo', 'year', 'serial', 'copyNo', 'title', 'fileName', 'fullName', 'name'];
const MAX_IDENTIFYING = 4;

export const tableText = (table: string) => TABLE_LABELS[table] ?? `其他数据（${table}）`;
const fieldText = (field: string) => FIELD_LABELS[field] ?? field;

/** '单位名录 · 县财政局 · 简称'; a setting by its own name; a duplicate number as such. */
export function conflictSubject(c: Conflict): string {
  const record = c.recordName ? ` · ${c.recordName}` : '';
  if (c.kind === 'duplicate') return `${tableText(c.tableName)}${record} · 重复编号`;
  if (c.tableName === 'settings') return `设置 · ${SETTING_LABELS[c.rowId] ?? c.rowId}`;
  return `${tableText(c.tableName)}${record} · ${fieldText(c.field)}`;
}

function show(value: unknown, codes: Record<string, string> | undefined, key: string, device: DeviceName): string {
  if (value === null || value === undefined || value === '') return '（空）';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') {
    if (DEVICE_FIELDS.has(key)) return device(value);
    if (codes?.[value]) return codes[value];
    return ISO_TIME.test(value) ? shanghaiDateTime(value) : value;
  }
  if (Array.isArray(value)) return value.length ? value.map((v) => show(v, codes, key, device)).join('、') : '（空）';
  return showObject(value as Record<string, unknown>, key, device);
}

function showObject(value: Record<string, unknown>, key: string, device: DeviceName): string {
  const entries = Object.entries(value);
  if (entries.length === 0) return '（空）';
  if (key === 'startSerials') return entries.map(([year, n]) => `${year}年从${String(n)}号起`).join('；');
  if (key === 'deviceNames') return entries.map(([id, name]) => `${device(id)}：${String(name)}`).join('；');
  if (key === 'numberIssuers') {
    return entries.map(([kind, id]) => `${SERIAL_KIND_LABELS[kind as SerialKind] ?? kind}：${id ? device(String(id)) : '任一电脑'}`).join('；');
  }
  return entries.map(([k, v]) => `${FIELD_LABELS[k] ?? SETTING_LABELS[k] ?? k}：${show(v, undefined, k, device)}`).join('；');
}

/** A record that arrived with a number already used here: the fields a person finds it by. */
function identify(table: string, record: unknown, device: DeviceName): string {
  if (!record || typeof record !== 'object') return '（空）';
  const fields = record as Record<string, unknown>;
  const parts = IDENTIFYING.filter((f) => fields[f] !== undefined && fields[f] !== null && fields[f] !== '')
    .slice(0, MAX_IDENTIFYING)
    .map((f) => `${fieldText(f)}：${show(fields[f], VALUE_LABELS[`${table}.${f}`] ?? VALUE_LABELS[f], f, device)}`);
  return parts.length ? parts.join('；') : '（无可辨认的字段）';
}

/**
 * A conflict's stored value (JSON) as a person reads it: codes by their names, times on the
 * office's clock, device ids by the PC's name. `which` says whose value it is.
 */
export function conflictValueText(c: Conflict, json: string, which: 'kept' | 'lost', device: DeviceName): string {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return json;
  }
  if (c.kind === 'duplicate') return which === 'kept' ? '本机已有的同号记录（保持不变）' : identify(c.tableName, value, device);
  // A setting is stored under its key; the conflict's field is its value column.
  const key = c.tableName === 'settings' ? c.rowId : c.field;
  return show(value, VALUE_LABELS[`${c.tableName}.${key}`] ?? VALUE_LABELS[key], key, device);
}
