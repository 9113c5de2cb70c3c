import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { API, METHOD_NAMES } from '../../../shared/api';
import type { AuditEntry } from '../../../shared/audit/api';
import { DataDirInUseError, openCore, type SessionRef } from '../../../electron/core';
import { ADMIN, MIGRATIONS_DIR, setUpOffice, signIn, type TestCore } from '../../helpers/core';
import { generateIncoming, take } from '../../../electron/core/demo/incoming-generator';
import { addUser, auditRows, count, PASSWORD, useCores } from './support';

/** An office with an auditor; returns both sessions. */
function office(t: TestCore): { admin: SessionRef; auditor: SessionRef; adminId: string } {
  const admin = setUpOffice(t);
  addUser(t, admin, 'auditor', ['auditor'], '赵审计');
  return { admin, auditor: signIn(t, 'auditor', PASSWORD), adminId: t.ok(admin, 'auth.status').user!.id };
}

/** Replaces every occurrence of one UTF-8 string by another of the same byte length in the closed database file. */
function patchFile(file: string, from: string, to: string): number {
  const a = Buffer.from(from, 'utf8');
  const b = Buffer.from(to, 'utf8');
  expect(b.length).toBe(a.length);
  const bytes = readFileSync(file);
  let n = 0;
  for (let i = bytes.indexOf(a); i >= 0; i = bytes.indexOf(a, i + a.length)) {
    b.copy(bytes, i);
    n += 1;
  }
  writeFileSync(file, bytes);
  return n;
}

/** An entry as audit.list shows it, by its place in this device's chain. */
function entryAt(t: TestCore, auditor: SessionRef, seq: number): AuditEntry {
  const entry = t.ok(auditor, 'audit.list', { limit: 500 }).entries.find((e) => e.deviceId === t.core.deviceId && e.seq === seq);
  expect(entry, `entry ${seq}`).toBeDefined();
  return entry!;
}

/** Closes the core and checks that everything was checkpointed into the main file. */
function closeAndCheckpoint(t: TestCore): string {
  const file = t.core.connection.file;
  t.core.close();
  expect(existsSync(`${file}-wal`) ? statSync(`${file}-wal`).size : 0).toBe(0);
  return file;
}

describe('audit trail', () => {
  const open = useCores();

  it('records every write, login, failed login, logout, export and print with the user and the method', () => {
    const t = open();
    const { admin, adminId } = office(t);
    const from = count(t, 'audit_log');

    const unit = t.ok(admin, 'units.add', { fullName: '县财政局', category: 'countyDept' });
    t.ok(admin, 'units.update', { id: unit.id, fullName: '县财政局', shortName: '财政', category: 'countyDept', disabled: false });
    t.ok(admin, 'people.add', { name: '李县长', title: '县长', unitId: null });
    t.ok(admin, 'settings.update', { officeName: ADMIN.officeName, lockoutAttempts: 6, lockoutMinutes: 15, idleMinutes: 15 });
    t.ok(admin, 'calendar.set', { date: '2026-12-31', kind: 'holiday', name: '县庆' });
    t.ok(admin, 'calendar.export', { year: 2026 });
    t.ok(admin, 'audit.recordOutput', { kind: 'print', what: '退文处理单', recordId: unit.id });
    t.call(t.session(), 'auth.login', { username: 'admin', password: 'wrong-one' });
    const again = signIn(t, 'admin', ADMIN.password);
    t.ok(again, 'auth.logout');

    // One entry per changed row: settings.update writes one per setting, so collapse repeats.
    const got = auditRows(t)
      .slice(from)
      .map((e) => ({ method: e.method, user: e.user_name, userId: e.user_id }))
      .filter((e, i, all) => i === 0 || e.method !== all[i - 1].method);
    const as = (method: string) => ({ method, user: ADMIN.displayName, userId: adminId });
    expect(got).toEqual([
      as('units.add'),
      as('units.update'),
      as('people.add'),
      as('settings.update'),
      as('calendar.set'),
      as('calendar.export'),
      as('output.print'),
      as('auth.login.failed'),
      as('auth.login'),
      as('auth.logout'),
    ]);
    const rows = auditRows(t).slice(from);
    expect(rows.find((e) => e.method === 'calendar.export')!.detail).toMatch(/^节假日-2026\.json，\d+ 天$/);
    expect(rows.find((e) => e.method === 'output.print')).toMatchObject({ title: '打印', detail: '退文处理单', record_id: unit.id });
    expect(rows.filter((e) => e.method === 'settings.update').map((e) => e.record_id)).toContain('lockoutAttempts');
  });

  it('the chain verifies intact, counting every entry', () => {
    const t = open();
    const { admin, auditor } = office(t);
    for (let i = 0; i < 10; i++) t.ok(admin, 'units.add', { fullName: `县单位${i}`, category: 'countyDept' });
    const n = count(t, 'audit_log');
    expect(t.ok(auditor, 'audit.verify')).toEqual({ intact: true, checked: n });
    // Verifying is itself recorded, and the next verification counts that entry too.
    expect(auditRows(t).at(-1)).toMatchObject({ method: 'audit.verify', user_name: '赵审计', detail: `完好，共 ${n} 条` });
    expect(t.ok(auditor, 'audit.verify')).toEqual({ intact: true, checked: n + 1 });
    t.reopen();
    const a2 = signIn(t, 'auditor', PASSWORD);
    expect(t.ok(a2, 'audit.verify')).toEqual({ intact: true, checked: n + 3 });
  });

  it('TAMPER: an entry edited in the database file is found, at exactly that entry', () => {
    const t = open();
    const { admin } = office(t);
    t.ok(admin, 'units.add', { fullName: '县教育局', category: 'countyDept' });
    const unit = t.ok(admin, 'units.add', { fullName: '县测试篡改局', category: 'countyDept' });
    t.ok(admin, 'units.add', { fullName: '县卫生局', category: 'countyDept' });
    const target = auditRows(t).find((e) => e.after?.includes('县测试篡改局'))!;
    expect(target).toMatchObject({ method: 'units.add', record_id: unit.id });
    expect(auditRows(t).filter((e) => `${e.before}${e.after}${e.detail}`.includes('县测试篡改局'))).toHaveLength(1);
    const total = count(t, 'audit_log');

    const file = closeAndCheckpoint(t);
    const replaced = patchFile(file, '县测试篡改局', '县测试改动局');
    expect(replaced).toBeGreaterThanOrEqual(1);

    t.reopen();
    const after = t.core.connection.sqlite
      .prepare('SELECT after FROM audit_log WHERE device_id = ? AND seq = ?')
      .get(target.device_id, target.seq) as { after: string };
    expect(JSON.parse(after.after).fullName).toBe('县测试改动局');
    const auditor = signIn(t, 'auditor', PASSWORD);
    const shown = entryAt(t, auditor, target.seq);
    const verdict = t.ok(auditor, 'audit.verify');
    expect(verdict).toEqual({
      intact: false,
      checked: target.seq - 1,
      firstBroken: { id: shown.id, deviceId: t.core.deviceId, seq: target.seq, at: target.at, reason: '内容与校验值不符（此条或上一条记录被改动）' },
    });
    expect(target.seq).toBeLessThan(total);
    expect(auditRows(t).at(-1)).toMatchObject({ method: 'audit.verify', detail: '发现问题：内容与校验值不符（此条或上一条记录被改动）' });
  });

  it('TAMPER: an edit to a text found only in the audit trail (a print record) is found at that entry', () => {
    const t = open();
    const { admin } = office(t);
    t.ok(admin, 'audit.recordOutput', { kind: 'print', what: '第一份打印件' });
    t.ok(admin, 'audit.recordOutput', { kind: 'print', what: '唯一的打印记录甲' });
    t.ok(admin, 'audit.recordOutput', { kind: 'print', what: '第三份打印件' });
    const target = auditRows(t).find((e) => e.detail === '唯一的打印记录甲')!;
    const file = closeAndCheckpoint(t);
    expect(patchFile(file, '唯一的打印记录甲', '唯一的打印记录乙')).toBe(1);
    t.reopen();
    const auditor = signIn(t, 'auditor', PASSWORD);
    const verdict = t.ok(auditor, 'audit.verify');
    expect(verdict).toMatchObject({ intact: false, firstBroken: { id: entryAt(t, auditor, target.seq).id, seq: target.seq } });
  });

  it('TAMPER: a deleted middle entry is reported at the entry after it', () => {
    const t = open();
    const { admin } = office(t);
    for (let i = 0; i < 6; i++) t.ok(admin, 'units.add', { fullName: `县单位${i}`, category: 'countyDept' });
    const rows = auditRows(t);
    const victim = rows[Math.floor(rows.length / 2)];
    const next = rows.find((r) => r.seq === victim.seq + 1)!;
    const sqlite = t.core.connection.sqlite;
    sqlite.exec('DROP TRIGGER audit_log_no_delete');
    expect(sqlite.prepare('DELETE FROM audit_log WHERE device_id = ? AND seq = ?').run(victim.device_id, victim.seq).changes).toBe(1);
    t.reopen();
    const auditor = signIn(t, 'auditor', PASSWORD);
    const shown = entryAt(t, auditor, next.seq);
    const verdict = t.ok(auditor, 'audit.verify');
    expect(verdict).toEqual({
      intact: false,
      checked: victim.seq - 1,
      firstBroken: { id: shown.id, deviceId: t.core.deviceId, seq: next.seq, at: next.at, reason: `第 ${victim.seq} 条缺失或序号被改动` },
    });
  });

  /** An import of five documents by a clerk; returns the batch's audit entry. */
  function importBatch(t: TestCore, admin: SessionRef) {
    addUser(t, admin, 'clerk', ['clerk'], '周丽');
    const clerk = signIn(t, 'clerk', PASSWORD);
    const unit = { id: t.ok(admin, 'units.add', { fullName: '凤凰县财政局', category: 'countyDept' }).id, code: '凤财发' };
    const records = take(generateIncoming([unit], 5, { from: '2026-11-02', to: '2026-11-06' }), 5);
    records[2].title = '关于批量篡改测试甲的请示';
    t.ok(clerk, 'incoming.import', { records });
    const batch = auditRows(t).at(-1)!;
    expect(batch).toMatchObject({ method: 'incoming.import', record_id: null, detail: '批量 5 条' });
    return batch;
  }

  it('TAMPER: an imported value changed in the change log breaks the seal of its batch entry', () => {
    const t = open();
    const { admin } = office(t);
    const batch = importBatch(t, admin);
    const auditor = signIn(t, 'auditor', PASSWORD);
    expect(t.ok(auditor, 'audit.verify')).toMatchObject({ intact: true });

    const file = closeAndCheckpoint(t);
    // The row and its change-log entry both carry the title; the audit entry only names the row.
    expect(patchFile(file, '篡改测试甲', '篡改测试乙')).toBe(2);
    t.reopen();
    const a2 = signIn(t, 'auditor', PASSWORD);
    expect(t.ok(a2, 'audit.verify')).toMatchObject({
      intact: false,
      firstBroken: { seq: batch.seq, reason: '此次批量登记的内容在变更日志中被改动或缺失' },
    });
  });

  it('TAMPER: a change-log entry of a batch deleted behind the guard breaks the seal of its batch entry', () => {
    const t = open();
    const { admin, auditor } = office(t);
    const batch = importBatch(t, admin);
    const sqlite = t.core.connection.sqlite;
    sqlite.exec('DROP TRIGGER change_log_no_delete');
    const victim = JSON.parse(batch.after!).ids[3] as string;
    expect(sqlite.prepare('DELETE FROM change_log WHERE row_id = ?').run(victim).changes).toBe(1);
    expect(t.ok(auditor, 'audit.verify')).toMatchObject({ intact: false, firstBroken: { seq: batch.seq } });
  });

  // The Electron app and the browser host (`npm run serve`) resolve the same default data folder,
  // so two cores can have one database file open at once. Either the second open is refused with a
  // Chinese message, or writes from both must keep one intact chain and distinct HLCs.
  it('a second program on the same data folder is refused (one device id, one chain), and opens once the first closes', () => {
    const t = open();
    const { admin } = office(t);
    expect(() => openCore({ dataDir: t.dataDir, migrationsDir: MIGRATIONS_DIR, now: t.clock.now })).toThrow(DataDirInUseError);
    expect(() => openCore({ dataDir: t.dataDir, migrationsDir: MIGRATIONS_DIR, now: t.clock.now })).toThrow(/正被另一个文秘台账程序使用/);
    // The first program is unaffected and keeps writing.
    expect(t.core.dispatch(admin, 'units.add', { fullName: '县甲单位', category: 'countyDept' }).ok).toBe(true);
    t.core.close();
    const second = openCore({ dataDir: t.dataDir, migrationsDir: MIGRATIONS_DIR, now: t.clock.now });
    try {
      const s2 = second.newSession();
      expect(second.dispatch(s2, 'auth.login', { username: 'auditor', password: PASSWORD }).ok).toBe(true);
      expect(second.dispatch(s2, 'audit.verify', {})).toMatchObject({ ok: true, value: { intact: true } });
    } finally {
      second.close();
    }
  });

  it('refuses a malformed paging cursor instead of ignoring it', () => {
    const t = open();
    const { auditor } = office(t);
    const r = t.call(auditor, 'audit.list', { cursor: 'not-a-cursor' });
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { cursor: '翻页位置无效，请重新查询' } } });
  });

  it('no API method changes or deletes audit entries: the audit methods are exactly list, verify and recordOutput', () => {
    expect(METHOD_NAMES.filter((m) => m.startsWith('audit.')).sort()).toEqual(['audit.list', 'audit.recordOutput', 'audit.verify']);
    const suspicious = METHOD_NAMES.filter((m) => /audit/i.test(m) && !m.startsWith('audit.'));
    expect(suspicious).toEqual([]);
    // audit.recordOutput only appends: its input has no id of an entry to change.
    expect(Object.keys((API['audit.recordOutput'].input as unknown as { shape: object }).shape).sort()).toEqual(['kind', 'recordId', 'what']);
  });

  it('no method, not even as admin, alters an existing entry: every call only appends', () => {
    const t = open();
    const { admin, auditor } = office(t);
    t.ok(admin, 'units.add', { fullName: '县财政局', category: 'countyDept' });
    const before = auditRows(t);
    t.ok(admin, 'audit.recordOutput', { kind: 'export', what: '单位名录', recordId: before[0].record_id ?? '' });
    t.ok(auditor, 'audit.list', {});
    t.ok(auditor, 'audit.verify');
    const after = auditRows(t);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.length).toBe(before.length + 2);
  });
});

describe('audit.list', () => {
  const open = useCores();

  const list = (t: TestCore, s: SessionRef, filter: Record<string, unknown>) => t.ok(s, 'audit.list', { limit: 500, ...filter }).entries;

  it('filters by user name, method prefix and record id', () => {
    const t = open();
    const { admin, auditor } = office(t);
    addUser(t, admin, 'clerk1', ['clerk'], '张秘书');
    const clerk = signIn(t, 'clerk1', PASSWORD);
    const u1 = t.ok(clerk, 'units.add', { fullName: '县财政局', category: 'countyDept' });
    t.ok(admin, 'units.update', { id: u1.id, fullName: '县财政局', shortName: '财政', category: 'countyDept', disabled: false });
    t.ok(admin, 'people.add', { name: '李县长', title: '县长', unitId: u1.id });
    t.ok(admin, 'units.add', { fullName: '县教育局', category: 'countyDept' });

    const byUser = list(t, auditor, { userName: '张秘书' });
    expect(byUser.map((e) => e.method).sort()).toEqual(['auth.login', 'units.add']);
    expect(byUser.every((e) => e.userName === '张秘书')).toBe(true);

    const byMethod = list(t, auditor, { method: 'units.' });
    expect(byMethod.map((e) => e.method).sort()).toEqual(['units.add', 'units.add', 'units.update']);

    const byRecord = list(t, auditor, { record: u1.id });
    expect(byRecord.map((e) => e.method)).toEqual(['units.update', 'units.add']);
    expect(byRecord[0]).toMatchObject({ recordId: u1.id, tableName: 'units', before: { shortName: '' }, after: { shortName: '财政' } });
    expect(byRecord[1]).toMatchObject({ userName: '张秘书', before: null, after: { fullName: '县财政局' } });

    expect(list(t, auditor, { userName: '张秘书', method: 'units.' }).map((e) => e.method)).toEqual(['units.add']);
    expect(list(t, auditor, { userName: '没有这个人' })).toEqual([]);
  });

  // What the auditor types is text to look for, not a LIKE pattern: '_' or '%' must not match every entry.
  it('takes % and _ in the user-name and method filters literally', () => {
    const t = open();
    const { admin, auditor } = office(t);
    addUser(t, admin, 'under_score', ['clerk'], 'li_ming');
    signIn(t, 'under_score', PASSWORD);
    const total = list(t, auditor, {}).length;
    expect(total).toBeGreaterThan(5);
    expect(list(t, auditor, { userName: '_' }).map((e) => e.userName)).toEqual(['li_ming']);
    expect(list(t, auditor, { userName: '%' })).toEqual([]);
    expect(list(t, auditor, { method: '%' })).toEqual([]);
    expect(list(t, auditor, { method: 'auth_' })).toEqual([]);
  });

  it('treats the date range as Asia/Shanghai days, both ends included', () => {
    const t = open();
    office(t);
    const at = (iso: string, name: string) => {
      t.clock.ms = Date.parse(iso);
      t.ok(signIn(t, 'admin', ADMIN.password), 'units.add', { fullName: name, category: 'countyDept' });
    };
    at('2026-11-27T15:59:59.999Z', '县单位甲'); // 27th 23:59:59.999 in Shanghai
    at('2026-11-27T16:00:00.000Z', '县单位乙'); // 28th 00:00
    at('2026-11-28T15:59:59.999Z', '县单位丙'); // 28th 23:59:59.999
    at('2026-11-28T16:00:00.000Z', '县单位丁'); // 29th 00:00
    const names = (entries: AuditEntry[]) =>
      entries.filter((e) => e.method === 'units.add').map((e) => (e.after as { fullName: string }).fullName);

    const auditor = signIn(t, 'auditor', PASSWORD);
    expect(names(list(t, auditor, { from: '2026-11-28', to: '2026-11-28' }))).toEqual(['县单位丙', '县单位乙']);
    expect(names(list(t, auditor, { from: '2026-11-28' }))).toEqual(['县单位丁', '县单位丙', '县单位乙']);
    expect(names(list(t, auditor, { to: '2026-11-27' }))).toEqual(['县单位甲']);
    expect(names(list(t, auditor, { from: '2026-11-29', to: '2026-11-29' }))).toEqual(['县单位丁']);
    expect(t.call(auditor, 'audit.list', { from: '2026-11-29', to: '2026-11-28' })).toEqual({
      ok: false,
      error: { code: 'VALIDATION', message: '结束日期不能早于开始日期', fields: { to: '结束日期不能早于开始日期' } },
    });
    expect(t.call(auditor, 'audit.list', { from: '2026-02-30' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { from: '开始日期不是有效的日期' } },
    });
  });

  it('pages with nextCursor, newest first, without duplicates or gaps', () => {
    const t = open();
    const { admin, auditor } = office(t);
    for (let i = 0; i < 20; i++) {
      if (i % 5 === 0) t.clock.ms += 1000; // some entries share a timestamp, some do not
      t.ok(admin, 'units.add', { fullName: `县单位${i}`, category: 'countyDept' });
    }
    const all = list(t, auditor, {});
    expect(all.length).toBe(count(t, 'audit_log'));
    expect(all.length).toBeGreaterThan(25);
    for (let i = 1; i < all.length; i++) expect(all[i - 1].at >= all[i].at).toBe(true);

    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = t.ok(auditor, 'audit.list', { limit: 7, cursor });
      expect(page.entries.length).toBeLessThanOrEqual(7);
      seen.push(...page.entries.map((e) => e.id));
      cursor = page.nextCursor ?? undefined;
      if (cursor) expect(page.entries).toHaveLength(7);
      pages += 1;
    } while (cursor && pages < 50);
    expect(seen).toEqual(all.map((e) => e.id));
    expect(new Set(seen).size).toBe(seen.length);
    expect(pages).toBe(Math.ceil(all.length / 7) + (all.length % 7 === 0 ? 1 : 0));
  });

  it('a page filled while new entries arrive continues where it stopped', () => {
    const t = open();
    const { admin, auditor } = office(t);
    for (let i = 0; i < 10; i++) t.ok(admin, 'units.add', { fullName: `县单位${i}`, category: 'countyDept' });
    const all = list(t, auditor, {});
    const first = t.ok(auditor, 'audit.list', { limit: 4 });
    t.clock.ms += 1000;
    t.ok(admin, 'units.add', { fullName: '县新单位', category: 'countyDept' });
    const rest = list(t, auditor, { cursor: first.nextCursor! });
    expect([...first.entries, ...rest].map((e) => e.id)).toEqual(all.map((e) => e.id));
  });
});
