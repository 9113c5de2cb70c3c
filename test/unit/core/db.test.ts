import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, it, expect } from 'vitest';
import { openCore, SchemaTooNewError } from '../../../electron/core';
import { DATABASE_FILE } from '../../../electron/core/db/connection';
import { uuidv7 } from '../../../electron/core/ids';
import { MIGRATIONS_DIR, tempDir } from '../../helpers/core';
import { CHINESE, useCores } from './support';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('database connection', () => {
  const open = useCores();

  it('opens in WAL mode with foreign keys on and a busy timeout', () => {
    const t = open();
    const sqlite = t.core.connection.sqlite;
    expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(sqlite.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0);
    expect(t.core.connection.file).toBe(join(t.dataDir, DATABASE_FILE));
  });

  it('creates a device id on first open and keeps it after reopening', () => {
    const t = open();
    const first = t.core.deviceId;
    expect(first).toMatch(UUID_V7);
    const stored = t.core.connection.sqlite.prepare("SELECT value FROM meta WHERE key = 'device_id'").get() as { value: string };
    expect(stored.value).toBe(first);
    t.reopen();
    expect(t.core.deviceId).toBe(first);
    t.reopen();
    expect(t.core.deviceId).toBe(first);
    // Another database is another device.
    const other = open();
    expect(other.core.deviceId).toMatch(UUID_V7);
    expect(other.core.deviceId).not.toBe(first);
  });

  it('refuses a database written by a newer version, in Chinese, without touching the file', () => {
    const t = open();
    t.core.close();
    const file = join(t.dataDir, DATABASE_FILE);
    const raw = new Database(file);
    raw.prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)').run('from-the-future', 4102444800000);
    raw.close();
    expect(existsSync(`${file}-wal`) ? statSync(`${file}-wal`).size : 0).toBe(0);
    const bytesBefore = readFileSync(file);

    let error: unknown;
    try {
      openCore({ dataDir: t.dataDir, migrationsDir: MIGRATIONS_DIR, now: t.clock.now }).close();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SchemaTooNewError);
    expect((error as Error).name).toBe('SchemaTooNewError');
    expect((error as Error).message).toMatch(CHINESE);
    expect((error as Error).message).toContain('更新版本');

    const bytesAfter = readFileSync(file);
    expect(bytesAfter.equals(bytesBefore)).toBe(true);
    // Nothing was left behind in a WAL either.
    expect(existsSync(`${file}-wal`) ? statSync(`${file}-wal`).size : 0).toBe(0);
    // And the database still opens as the newer app left it.
    const check = new Database(file, { readonly: true });
    const rows = check.prepare('SELECT hash FROM __drizzle_migrations ORDER BY created_at').all() as { hash: string }[];
    check.close();
    expect(rows.map((r) => r.hash).at(-1)).toBe('from-the-future');
    const journal = JSON.parse(readFileSync(join(MIGRATIONS_DIR, 'meta', '_journal.json'), 'utf8')) as { entries: unknown[] };
    expect(rows).toHaveLength(journal.entries.length + 1);
  });

  it('has no ON DELETE CASCADE (nor any other delete action) on any foreign key', () => {
    const t = open();
    const sqlite = t.core.connection.sqlite;
    const tables = (sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map(
      (r) => r.name,
    );
    expect(tables).toEqual(
      expect.arrayContaining(['audit_log', 'calendar_days', 'change_log', 'login_attempts', 'meta', 'people', 'settings', 'units', 'users']),
    );
    const keys: string[] = [];
    for (const table of tables) {
      const fks = sqlite.prepare(`PRAGMA foreign_key_list("${table}")`).all() as {
        table: string;
        from: string;
        on_delete: string;
        on_update: string;
      }[];
      for (const fk of fks) {
        keys.push(`${table}.${fk.from}->${fk.table}`);
        expect(fk.on_delete, `${table}.${fk.from}`).toBe('NO ACTION');
        expect(fk.on_update, `${table}.${fk.from}`).toBe('NO ACTION');
      }
    }
    // The references that exist today are checked, not an empty list.
    expect(keys.sort()).toEqual([
      'assignment_urges.assignment_id->assignments',
      'assignments.incoming_id->incoming',
      'assignments.unit_id->units',
      'classified_copies.doc_id->classified_docs',
      'classified_copies.holder_id->people',
      'classified_docs.incoming_id->incoming',
      'classified_docs.issuer_unit_id->units',
      'classified_events.copy_id->classified_copies',
      'classified_events.doc_id->classified_docs',
      'classified_events.person_id->people',
      'classified_events.unit_id->units',
      'destruction_batches.approver_id->people',
      'destruction_items.batch_id->destruction_batches',
      'destruction_items.copy_id->classified_copies',
      'destruction_notes.batch_id->destruction_batches',
      'incoming.from_unit_id->units',
      'incoming_instructions.incoming_id->incoming',
      'incoming_instructions.leader_id->people',
      'incoming_returns.incoming_id->incoming',
      'login_attempts.user_id->users',
      'outgoing.code_id->outgoing_codes',
      'outgoing.draft_unit_id->units',
      'outgoing.filing_signer_id->people',
      'outgoing_codes.counter_id->outgoing_counters',
      'outgoing_countersigns.outgoing_id->outgoing',
      'outgoing_countersigns.unit_id->units',
      'outgoing_distributions.outgoing_id->outgoing',
      'outgoing_numbers.approver_id->people',
      'outgoing_numbers.counter_id->outgoing_counters',
      'outgoing_numbers.outgoing_id->outgoing',
      'outgoing_signatures.outgoing_id->outgoing',
      'outgoing_signatures.person_id->people',
      'people.unit_id->units',
      'seal_entries.approver_id->people',
      'seal_entries.outgoing_id->outgoing',
      'seal_entries.seal_id->seals',
      'seal_entries.unit_id->units',
      'stock_check_items.check_id->stock_checks',
      'stock_check_items.copy_id->classified_copies',
      'stock_check_items.doc_id->classified_docs',
    ]);
  });

  it('uses no AUTOINCREMENT anywhere', () => {
    const t = open();
    const sqlite = t.core.connection.sqlite;
    const schema = sqlite.prepare("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL").all() as { name: string; sql: string }[];
    expect(schema.length).toBeGreaterThan(10);
    for (const s of schema) expect(s.sql, s.name).not.toMatch(/AUTOINCREMENT/i);
    expect(sqlite.prepare("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'").get()).toBeUndefined();
  });

  it('gives register rows UUIDv7 ids', () => {
    const t = open();
    const admin = t.session();
    t.ok(admin, 'auth.setup', { officeName: '凤凰县人民政府办公室', username: 'admin', displayName: '王主任', password: 'admin-pass-1' });
    const unit = t.ok(admin, 'units.add', { fullName: '县财政局', category: 'countyDept' });
    expect(unit.id).toMatch(UUID_V7);
    t.ok(admin, 'people.add', { name: '李县长', title: '县长', unitId: unit.id });
    const ids = t.core.connection.sqlite.prepare('SELECT id FROM users UNION ALL SELECT id FROM units UNION ALL SELECT id FROM people').all() as {
      id: string;
    }[];
    expect(ids).toHaveLength(3);
    for (const { id } of ids) expect(id).toMatch(UUID_V7);
    expect(new Set(ids.map((r) => r.id)).size).toBe(3);
  });

  it('opens an empty folder that does not exist yet', () => {
    const parent = tempDir();
    try {
      const dataDir = join(parent, 'nested', 'Wenmi');
      const core = openCore({ dataDir, migrationsDir: MIGRATIONS_DIR });
      try {
        expect(existsSync(join(dataDir, DATABASE_FILE))).toBe(true);
      } finally {
        core.close();
      }
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  });
});

describe('uuidv7', () => {
  it('sets the version nibble to 7 and the RFC 4122 variant bits', () => {
    for (let i = 0; i < 200; i++) {
      const id = uuidv7();
      expect(id).toMatch(UUID_V7);
      const hex = id.replace(/-/g, '');
      expect(Number.parseInt(hex[12], 16)).toBe(7);
      expect(Number.parseInt(hex[16], 16) >> 2).toBe(0b10);
    }
  });

  it('is unique over 10 000 ids made in the same millisecond', () => {
    const ids = new Set<string>();
    for (let i = 0; i < 10_000; i++) ids.add(uuidv7(1_790_000_000_000));
    expect(ids.size).toBe(10_000);
  });

  it('is unique over 10 000 ids made in a burst', () => {
    const ids = new Set<string>();
    for (let i = 0; i < 10_000; i++) ids.add(uuidv7());
    expect(ids.size).toBe(10_000);
  });

  it('carries the time in its first 48 bits', () => {
    const ms = Date.parse('2026-11-28T02:00:00.123Z');
    const id = uuidv7(ms);
    expect(Number.parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(ms);
    expect(uuidv7(ms + 1) > uuidv7(ms)).toBe(true);
  });
});
