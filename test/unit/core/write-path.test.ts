import { createHash } from 'node:crypto';
import { describe, it, expect, vi } from 'vitest';
import { AuditChain } from '../../../electron/core/audit/chain';
import { WritePath } from '../../../electron/core/db/write-path';
import { HybridClock, parseHlc } from '../../../electron/core/sync/clock';
import { ADMIN, setUpOffice } from '../../helpers/core';
import { addUser, auditRows, changeRows, count, dump, PASSWORD, useCores } from './support';

const HLC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z-[0-9a-f]{6}-/;

describe('write path', () => {
  const open = useCores();

  it('an insert appends one change-log row with every field and one audit entry with the after values', () => {
    const t = open();
    const admin = setUpOffice(t);
    const adminId = t.ok(admin, 'auth.status').user!.id;
    const changes0 = count(t, 'change_log');
    const audits0 = count(t, 'audit_log');

    const unit = t.ok(admin, 'units.add', { fullName: '县财政局', shortName: '财政局', category: 'countyDept' });

    const changes = changeRows(t).slice(changes0);
    expect(changes).toHaveLength(1);
    const row = t.core.connection.sqlite.prepare('SELECT * FROM units WHERE id = ?').get(unit.id) as Record<string, unknown>;
    const all = {
      id: unit.id,
      fullName: '县财政局',
      shortName: '财政局',
      category: 'countyDept',
      initials: 'xczj',
      pinyin: 'xiancaizhengju',
      initialsOverride: '',
      disabled: false,
      createdAt: '2026-11-28T02:00:00.000Z',
      updatedAt: '2026-11-28T02:00:00.000Z',
    };
    expect(row.full_name).toBe('县财政局');
    expect(changes[0]).toMatchObject({ table_name: 'units', row_id: unit.id, op: 'insert', device_id: t.core.deviceId });
    expect(JSON.parse(changes[0].fields)).toEqual(all);
    expect(changes[0].hlc).toMatch(HLC);
    expect(parseHlc(changes[0].hlc).deviceId).toBe(t.core.deviceId);

    const audits = auditRows(t).slice(audits0);
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({
      user_id: adminId,
      user_name: ADMIN.displayName,
      method: 'units.add',
      title: '新增单位',
      table_name: 'units',
      record_id: unit.id,
      before: null,
      at: '2026-11-28T02:00:00.000Z',
      device_id: t.core.deviceId,
    });
    expect(JSON.parse(audits[0].after!)).toEqual(all);
  });

  it('an update records only the changed fields', () => {
    const t = open();
    const admin = setUpOffice(t);
    const unit = t.ok(admin, 'units.add', { fullName: '县财政局', shortName: '财政局', category: 'countyDept' });
    t.clock.advanceMinutes(1);
    const changes0 = count(t, 'change_log');
    const audits0 = count(t, 'audit_log');

    t.ok(admin, 'units.update', { id: unit.id, fullName: '县财政局', shortName: '县财政', category: 'countyDept', disabled: false });

    const changes = changeRows(t).slice(changes0);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ table_name: 'units', row_id: unit.id, op: 'update', device_id: t.core.deviceId });
    expect(JSON.parse(changes[0].fields)).toEqual({ shortName: '县财政', updatedAt: '2026-11-28T02:01:00.000Z' });

    const audits = auditRows(t).slice(audits0);
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ method: 'units.update', title: '修改单位', record_id: unit.id, table_name: 'units' });
    expect(JSON.parse(audits[0].before!)).toEqual({ shortName: '财政局', updatedAt: '2026-11-28T02:00:00.000Z' });
    expect(JSON.parse(audits[0].after!)).toEqual({ shortName: '县财政', updatedAt: '2026-11-28T02:01:00.000Z' });
  });

  it('an update that changes nothing records nothing (same instant)', () => {
    const t = open();
    const admin = setUpOffice(t);
    const unit = t.ok(admin, 'units.add', { fullName: '县财政局', shortName: '财政局', category: 'countyDept' });
    const before = { units: dump(t, 'units'), changes: count(t, 'change_log'), audits: count(t, 'audit_log') };
    const again = t.ok(admin, 'units.update', { id: unit.id, fullName: '县财政局', shortName: '财政局', category: 'countyDept', disabled: false });
    expect(again).toEqual(unit);
    expect({ units: dump(t, 'units'), changes: count(t, 'change_log'), audits: count(t, 'audit_log') }).toEqual(before);
  });

  // Time always passes between opening a form and saving it: saving it unchanged must still
  // record nothing (no change-log row for sync to ship, no audit entry for a non-change).
  it('an update that changes nothing records nothing, also when time has passed', () => {
    const t = open();
    const admin = setUpOffice(t);
    const unit = t.ok(admin, 'units.add', { fullName: '县财政局', shortName: '财政局', category: 'countyDept' });
    t.clock.advanceMinutes(5);
    const before = { units: dump(t, 'units'), changes: changeRows(t), audits: count(t, 'audit_log') };
    t.ok(admin, 'units.update', { id: unit.id, fullName: '县财政局', shortName: '财政局', category: 'countyDept', disabled: false });
    expect({ units: dump(t, 'units'), changes: changeRows(t), audits: count(t, 'audit_log') }).toEqual(before);
  });

  it('saving unchanged settings later records nothing', () => {
    const t = open();
    const admin = setUpOffice(t);
    const settings = t.ok(admin, 'settings.update', { officeName: ADMIN.officeName, lockoutAttempts: 5, lockoutMinutes: 15, idleMinutes: 15 });
    t.clock.advanceMinutes(5);
    const before = { settings: dump(t, 'settings'), changes: changeRows(t), audits: count(t, 'audit_log') };
    expect(t.ok(admin, 'settings.update', settings)).toEqual(settings);
    expect({ settings: dump(t, 'settings'), changes: changeRows(t), audits: count(t, 'audit_log') }).toEqual(before);
  });

  it('HLC values strictly increase across writes while the wall clock stands still or steps back, also across a restart', () => {
    const t = open();
    const admin = setUpOffice(t);
    for (let i = 0; i < 40; i++) t.ok(admin, 'units.add', { fullName: `县单位${i}`, category: 'countyDept' });
    t.clock.ms -= 3_600_000; // the PC's clock is set back an hour
    for (let i = 40; i < 80; i++) t.ok(admin, 'units.add', { fullName: `县单位${i}`, category: 'countyDept' });
    t.reopen();
    t.clock.ms -= 86_400_000; // and a day more, after a restart
    const again = t.session();
    t.ok(again, 'auth.login', { username: ADMIN.username, password: ADMIN.password });
    for (let i = 80; i < 100; i++) t.ok(again, 'units.add', { fullName: `县单位${i}`, category: 'countyDept' });

    const hlcs = changeRows(t).map((c) => c.hlc);
    expect(hlcs.length).toBeGreaterThanOrEqual(101);
    for (let i = 1; i < hlcs.length; i++) {
      expect(hlcs[i] > hlcs[i - 1], `${hlcs[i - 1]} then ${hlcs[i]}`).toBe(true);
    }
    expect(new Set(hlcs).size).toBe(hlcs.length);
  });

  it('a refusal after validation (duplicate unit name) leaves the row, change log and audit trail as they were', () => {
    const t = open();
    const admin = setUpOffice(t);
    t.ok(admin, 'units.add', { fullName: '县财政局', category: 'countyDept' });
    const unit = t.ok(admin, 'units.add', { fullName: '县教育局', category: 'countyDept' });
    t.clock.advanceMinutes(1);
    const before = { units: dump(t, 'units'), changes: dump(t, 'change_log'), audits: dump(t, 'audit_log') };
    const r = t.call(admin, 'units.update', { id: unit.id, fullName: '县财政局', shortName: '改了', category: 'other', disabled: true });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('CONFLICT');
    expect({ units: dump(t, 'units'), changes: dump(t, 'change_log'), audits: dump(t, 'audit_log') }).toEqual(before);
  });

  it('a failure after the row was already written (the audit insert fails) rolls everything back', () => {
    const t = open();
    const admin = setUpOffice(t);
    const unit = t.ok(admin, 'units.add', { fullName: '县教育局', category: 'countyDept' });
    t.clock.advanceMinutes(1);
    const sqlite = t.core.connection.sqlite;
    // Fault injection in the database, not in our code: the audit append of this update fails
    // after the row and the change log were written in the same transaction.
    sqlite.exec(
      "CREATE TEMP TRIGGER fail_audit BEFORE INSERT ON main.audit_log WHEN NEW.method = 'units.update' BEGIN SELECT RAISE(ABORT, 'injected'); END",
    );
    const before = { units: dump(t, 'units'), changes: dump(t, 'change_log'), audits: dump(t, 'audit_log') };
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const r = t.call(admin, 'units.update', { id: unit.id, fullName: '县教育体育局', category: 'countyDept', disabled: false });
      expect(r).toEqual({ ok: false, error: expect.objectContaining({ code: 'INTERNAL' }) });
      expect(quiet).toHaveBeenCalledTimes(1);
    } finally {
      quiet.mockRestore();
    }
    expect({ units: dump(t, 'units'), changes: dump(t, 'change_log'), audits: dump(t, 'audit_log') }).toEqual(before);
    sqlite.exec('DROP TRIGGER temp.fail_audit');
    // The chain is still intact and the next write works.
    expect(t.ok(admin, 'units.update', { id: unit.id, fullName: '县教育体育局', category: 'countyDept', disabled: false }).fullName).toBe('县教育体育局');
  });

  it('refuses UPDATE and DELETE on audit_log and change_log through raw SQL', () => {
    const t = open();
    const admin = setUpOffice(t);
    t.ok(admin, 'units.add', { fullName: '县财政局', category: 'countyDept' });
    const sqlite = t.core.connection.sqlite;
    const before = { changes: dump(t, 'change_log'), audits: dump(t, 'audit_log') };
    expect(() => sqlite.prepare("UPDATE audit_log SET title = '改' WHERE seq = 1").run()).toThrow(/audit_log is insert-only/);
    expect(() => sqlite.prepare('DELETE FROM audit_log WHERE seq = 1').run()).toThrow(/audit_log is insert-only/);
    expect(() => sqlite.prepare('DELETE FROM audit_log').run()).toThrow(/audit_log is insert-only/);
    expect(() => sqlite.prepare("UPDATE change_log SET fields = '{}'").run()).toThrow(/change_log is insert-only/);
    expect(() => sqlite.prepare('DELETE FROM change_log').run()).toThrow(/change_log is insert-only/);
    expect({ changes: dump(t, 'change_log'), audits: dump(t, 'audit_log') }).toEqual(before);
  });

  it("never shows a user's password hash in the audit trail, but ships it in the change log", () => {
    const t = open();
    const admin = setUpOffice(t);
    const changes0 = count(t, 'change_log');
    const audits0 = count(t, 'audit_log');
    const user = addUser(t, admin, 'clerk1', ['clerk'], '张秘书');
    const hash1 = (t.core.connection.sqlite.prepare('SELECT password_hash AS h FROM users WHERE id = ?').get(user.id) as { h: string }).h;

    const insertChange = changeRows(t).slice(changes0);
    expect(insertChange).toHaveLength(1);
    expect(JSON.parse(insertChange[0].fields).passwordHash).toBe(hash1);
    const insertAudit = auditRows(t).slice(audits0);
    expect(insertAudit).toHaveLength(1);
    expect(JSON.parse(insertAudit[0].after!)).toMatchObject({ username: 'clerk1', passwordHash: '***' });

    t.clock.advanceMinutes(1);
    t.ok(admin, 'users.resetPassword', { id: user.id, password: 'another-pass-2' });
    const hash2 = (t.core.connection.sqlite.prepare('SELECT password_hash AS h FROM users WHERE id = ?').get(user.id) as { h: string }).h;
    expect(hash2).not.toBe(hash1);
    const resetChange = changeRows(t).at(-1)!;
    expect(JSON.parse(resetChange.fields)).toEqual({ passwordHash: hash2, updatedAt: '2026-11-28T02:01:00.000Z' });
    const resetAudit = auditRows(t).at(-1)!;
    expect(resetAudit.method).toBe('users.resetPassword');
    expect(JSON.parse(resetAudit.before!).passwordHash).toBe('***');
    expect(JSON.parse(resetAudit.after!).passwordHash).toBe('***');

    // The user changes his own password, too.
    const clerk = t.session();
    t.ok(clerk, 'auth.login', { username: 'clerk1', password: 'another-pass-2' });
    t.ok(clerk, 'auth.changePassword', { currentPassword: 'another-pass-2', newPassword: PASSWORD + 'x' });

    // No hash, salt or password ever reached the audit trail.
    const everything = JSON.stringify(auditRows(t));
    const allHashes = (t.core.connection.sqlite.prepare('SELECT password_hash AS h FROM users').all() as { h: string }[]).map((r) => r.h);
    for (const h of [hash1, hash2, ...allHashes]) {
      expect(everything).not.toContain(h);
      expect(everything).not.toContain(h.split('$')[4]);
    }
    expect(everything).not.toContain('scrypt$');
    expect(everything).not.toContain(PASSWORD);
    expect(everything).not.toContain('another-pass-2');
    expect(everything).not.toContain(ADMIN.password);
  });
});

/** A second writer on the same database must continue the core's clock, as the core itself does on open. */
const lastHlc = (t: ReturnType<ReturnType<typeof useCores>>) =>
  (t.core.connection.sqlite.prepare('SELECT max(hlc) AS h FROM change_log').get() as { h: string }).h;

describe('write path: batches', () => {
  const open = useCores();

  it('insertMany writes each row and its change-log entry, and one audit entry naming the rows and sealing their change-log entries', () => {
    const t = open();
    setUpOffice(t);
    const { sqlite, deviceId } = t.core.connection;
    const chain = new AuditChain(sqlite, deviceId);
    const writer = new WritePath(sqlite, deviceId, new HybridClock(deviceId, () => t.clock.ms, lastHlc(t)), chain);
    const scope = { at: t.clock.now().toISOString(), userId: null, userName: '导入', method: 'users.import', title: '导入用户' };
    const audits0 = count(t, 'audit_log');
    const changes0 = count(t, 'change_log');
    const rows = ['甲', '乙', '丙'].map((name, i) => ({
      id: `user-${i}`,
      username: `u${i}`,
      displayName: name,
      roles: ['clerk'],
      disabled: false,
      passwordHash: `scrypt$secret-${i}`,
      createdAt: scope.at,
      updatedAt: scope.at,
    }));
    sqlite.transaction(() => writer.insertMany(scope, 'users', rows))();

    expect(rows.map((r) => writer.get('users', r.id)?.displayName)).toEqual(['甲', '乙', '丙']);
    const changes = changeRows(t).slice(changes0);
    expect(changes.map((c) => [c.row_id, c.op, JSON.parse(c.fields).passwordHash])).toEqual([
      ['user-0', 'insert', 'scrypt$secret-0'],
      ['user-1', 'insert', 'scrypt$secret-1'],
      ['user-2', 'insert', 'scrypt$secret-2'],
    ]);
    const audits = auditRows(t).slice(audits0);
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ method: 'users.import', table_name: 'users', record_id: null, detail: '批量 3 条' });
    const after = JSON.parse(audits[0].after!) as { ids: string[]; changeLog: { from: string; to: string; sha256: string } };
    expect(after.ids).toEqual(['user-0', 'user-1', 'user-2']);
    expect(after.changeLog).toEqual({
      from: changes[0].hlc,
      to: changes[2].hlc,
      sha256: createHash('sha256').update(changes.map((c) => c.fields).join('')).digest('hex'),
    });
    // The values live once, in the change log; the trail carries no password hash at all.
    expect(audits[0].after).not.toContain('secret');
  });

  it('a new row goes to the change log without its empty (null) fields', () => {
    const t = open();
    const admin = setUpOffice(t);
    const changes0 = count(t, 'change_log');
    t.ok(admin, 'people.add', { name: '李四', title: '科员', unitId: null });
    const [change] = changeRows(t).slice(changes0);
    const fields = JSON.parse(change.fields) as Record<string, unknown>;
    expect(fields.name).toBe('李四');
    expect(fields).not.toHaveProperty('unitId');
    expect(Object.values(fields)).not.toContain(null);
  });

  it('a batch that fails on one row leaves nothing behind', () => {
    const t = open();
    setUpOffice(t);
    const { sqlite, deviceId } = t.core.connection;
    const writer = new WritePath(sqlite, deviceId, new HybridClock(deviceId, () => t.clock.ms, lastHlc(t)), new AuditChain(sqlite, deviceId));
    const scope = { at: t.clock.now().toISOString(), userId: null, userName: '导入', method: 'calendar.import', title: '导入' };
    const before = [dump(t, 'calendar_days'), dump(t, 'change_log'), dump(t, 'audit_log')];
    const day = (date: string) => ({ date, kind: 'holiday', name: '县庆', source: 'admin', updatedAt: scope.at });
    expect(() => sqlite.transaction(() => writer.insertMany(scope, 'calendarDays', [day('2030-01-02'), day('2030-01-02')]))()).toThrow(
      /UNIQUE/,
    );
    expect([dump(t, 'calendar_days'), dump(t, 'change_log'), dump(t, 'audit_log')]).toEqual(before);
  });
});
