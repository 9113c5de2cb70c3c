import { isBatchAudit, type AuditEntry } from '../../shared/audit/api';
import { ROLE_LABELS, type Role } from '../../shared/auth/roles';
import { DAY_KIND_LABELS } from '../../shared/calendar/api';
import { UNIT_CATEGORY_LABELS, type UnitCategory } from '../../shared/units/api';

const TABLE_LABELS: Record<string, string> = {
  users: '用户',
  units: '单位',
  people: '人员',
  settings: '设置',
  calendarDays: '节假日',
};

const FIELD_LABELS: Record<string, string> = {
  username: '用户名',
  displayName: '姓名',
  roles: '角色',
  disabled: '停用',
  passwordHash: '密码',
  fullName: '单位全称',
  shortName: '简称',
  category: '类别',
  initials: '拼音首字母',
  initialsOverride: '拼音首字母（修正）',
  pinyin: '全拼',
  name: '名称',
  title: '职务',
  unitId: '所在单位',
  key: '设置项',
  value: '值',
  date: '日期',
  kind: '休/班',
  source: '来源',
  deletedAt: '删除时间',
};

const SETTING_LABELS: Record<string, string> = {
  officeName: '单位名称',
  lockoutAttempts: '连续输错密码次数',
  lockoutMinutes: '锁定分钟数',
  idleMinutes: '无操作自动锁定分钟数',
};

// Bookkeeping every row carries; the 时间 column already says when.
const SKIPPED = new Set(['id', 'createdAt', 'updatedAt']);

function show(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '（空）';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (field === 'roles' && Array.isArray(value)) return value.map((r) => ROLE_LABELS[r as Role] ?? String(r)).join('、');
  if (field === 'category') return UNIT_CATEGORY_LABELS[value as UnitCategory] ?? String(value);
  if (field === 'kind') return DAY_KIND_LABELS[value as 'holiday' | 'workday'] ?? String(value);
  if (field === 'source') return value === 'seed' ? '内置' : value === 'admin' ? '管理员' : String(value);
  if (field === 'key') return SETTING_LABELS[String(value)] ?? String(value);
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

const asRecord = (v: unknown): Record<string, unknown> | null =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;

/** '单位' for 'units'; unknown tables keep their name rather than vanish from the trail. */
export const tableLabel = (table: string | null) => (table ? (TABLE_LABELS[table] ?? table) : '');

/**
 * What an entry is about, for people: 县财政局, 张三, 2026-10-01, 单位名称; an update that
 * carries no name (a password reset) falls back to the tail of the record id.
 */
export function recordName(entry: Pick<AuditEntry, 'tableName' | 'recordId' | 'before' | 'after'>): string {
  if (!entry.recordId) return '';
  if (entry.tableName === 'settings') return SETTING_LABELS[entry.recordId] ?? entry.recordId;
  const values = { ...asRecord(entry.before), ...asRecord(entry.after) };
  for (const field of ['fullName', 'displayName', 'username', 'date', 'name']) {
    if (typeof values[field] === 'string' && values[field]) return values[field] as string;
  }
  return `…${entry.recordId.slice(-8)}`;
}

/** '单位全称：县财政局 → 县财政局（本级）；停用：否 → 是', or the values of a new record. */
export function describeChange(before: unknown, after: unknown): string {
  // A batch names its rows only; its detail (批量 N 条) already says what happened.
  if (isBatchAudit(after)) return '';
  const a = asRecord(after);
  if (!a) return '';
  const b = asRecord(before);
  const parts: string[] = [];
  for (const [field, value] of Object.entries(a)) {
    if (SKIPPED.has(field)) continue;
    const label = FIELD_LABELS[field] ?? field;
    if (b && field in b) parts.push(`${label}：${show(field, b[field])} → ${show(field, value)}`);
    // A new record: its empty fields and the derived full pinyin say nothing.
    else if (field !== 'pinyin' && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0))
      parts.push(`${label}：${show(field, value)}`);
  }
  return parts.join('；');
}
