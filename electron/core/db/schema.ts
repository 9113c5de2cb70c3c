import { sqliteTable, text, integer, index, uniqueIndex } from 'drizzle-orm/sqlite-core';

// Ids are random (UUIDv7); serial numbers shown to people live in their own columns.
// Register rows are never DELETEd: deleted_at marks a tombstone. No ON DELETE CASCADE anywhere.

/** Per-device facts (device id). Never synced. */
export const meta = sqliteTable('meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

export const users = sqliteTable(
  'users',
  {
    id: text('id').primaryKey(),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    roles: text('roles', { mode: 'json' }).$type<string[]>().notNull(),
    disabled: integer('disabled', { mode: 'boolean' }).notNull().default(false),
    passwordHash: text('password_hash').notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [uniqueIndex('users_username').on(t.username)],
);

/**
 * Wrong-password counter and lockout: security state of this PC only, so it is
 * kept out of the synced tables and the change log (each PC locks on its own).
 */
export const loginAttempts = sqliteTable('login_attempts', {
  userId: text('user_id').primaryKey().references(() => users.id),
  failedCount: integer('failed_count').notNull(),
  lockedUntil: text('locked_until'),
});

export const units = sqliteTable(
  'units',
  {
    id: text('id').primaryKey(),
    fullName: text('full_name').notNull(),
    shortName: text('short_name').notNull(),
    category: text('category').notNull(),
    initials: text('initials').notNull(),
    pinyin: text('pinyin').notNull(),
    initialsOverride: text('initials_override').notNull(),
    disabled: integer('disabled', { mode: 'boolean' }).notNull().default(false),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    deletedAt: text('deleted_at'),
  },
  (t) => [index('units_full_name').on(t.fullName)],
);

export const people = sqliteTable(
  'people',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    title: text('title').notNull(),
    unitId: text('unit_id').references(() => units.id),
    initials: text('initials').notNull(),
    pinyin: text('pinyin').notNull(),
    initialsOverride: text('initials_override').notNull(),
    disabled: integer('disabled', { mode: 'boolean' }).notNull().default(false),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    deletedAt: text('deleted_at'),
  },
  (t) => [index('people_name').on(t.name)],
);

/** Office settings, one row per key; the key is the row id in the change log. */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value', { mode: 'json' }).notNull(),
  updatedAt: text('updated_at').notNull(),
});

/** Days that differ from the Monday–Friday rule: 休 (holiday) or 班 (调休 make-up working day). */
export const calendarDays = sqliteTable('calendar_days', {
  date: text('date').primaryKey(),
  kind: text('kind').notNull(),
  name: text('name').notNull(),
  source: text('source').notNull(),
  updatedAt: text('updated_at').notNull(),
  deletedAt: text('deleted_at'),
});

/**
 * What sync will ship: one row per mutation, written by the write path only. Insert-only.
 * The HLC is the key: it embeds the device id and never repeats, so it identifies the change on every PC.
 */
export const changeLog = sqliteTable(
  'change_log',
  {
    hlc: text('hlc').primaryKey(),
    deviceId: text('device_id').notNull(),
    tableName: text('table_name').notNull(),
    rowId: text('row_id').notNull(),
    op: text('op').notNull(),
    fields: text('fields').notNull(),
  },
);

/**
 * Hash-chained per device; insert-only (guarded by triggers in a custom migration).
 * An entry is identified everywhere by (device_id, seq), so it needs no separate id.
 */
export const auditLog = sqliteTable(
  'audit_log',
  {
    deviceId: text('device_id').notNull(),
    seq: integer('seq').notNull(),
    at: text('at').notNull(),
    userId: text('user_id'),
    userName: text('user_name').notNull(),
    method: text('method').notNull(),
    title: text('title').notNull(),
    tableName: text('table_name'),
    recordId: text('record_id'),
    before: text('before'),
    after: text('after'),
    detail: text('detail').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    uniqueIndex('audit_device_seq').on(t.deviceId, t.seq),
    index('audit_at').on(t.at),
    index('audit_record').on(t.recordId),
  ],
);
