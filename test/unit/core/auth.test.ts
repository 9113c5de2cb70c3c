import { describe, it, expect } from 'vitest';
import { ADMIN, setUpOffice, signIn, type TestCore } from '../../helpers/core';
import { addUser, auditRows, CHINESE, count, PASSWORD, useCores } from './support';

const hashOf = (t: TestCore, username: string) =>
  (t.core.connection.sqlite.prepare('SELECT password_hash AS h FROM users WHERE username = ?').get(username) as { h: string }).h;

describe('first run', () => {
  const open = useCores();

  it('asks for setup, creates the office and its administrator, signs him in, and cannot run twice', () => {
    const t = open();
    const s = t.session();
    expect(t.ok(s, 'auth.status')).toEqual({
      setupNeeded: true,
      officeName: '',
      user: null,
      locked: false,
      idleMinutes: 15,
      calendarWarning: null,
    });
    const user = t.ok(s, 'auth.setup', ADMIN);
    expect(user).toEqual({ id: expect.any(String), username: 'admin', displayName: '王主任', roles: ['admin'] });
    const status = t.ok(s, 'auth.status');
    expect(status).toMatchObject({ setupNeeded: false, officeName: ADMIN.officeName, user, locked: false });
    expect(t.ok(s, 'settings.get').officeName).toBe(ADMIN.officeName);
    // Signed in: an admin-only method works at once.
    expect(t.ok(s, 'users.list').map((u) => u.username)).toEqual(['admin']);

    const again = t.call(t.session(), 'auth.setup', { ...ADMIN, username: 'intruder' });
    expect(again).toEqual({ ok: false, error: { code: 'CONFLICT', message: '首次设置已经完成，请直接登录。' } });
    expect(count(t, 'users')).toBe(1);
    expect(t.ok(t.session(), 'auth.status').setupNeeded).toBe(false);
  });

  it('setup survives a restart: the administrator logs in with the password he chose', () => {
    const t = open();
    setUpOffice(t);
    t.reopen();
    const s = signIn(t, 'admin', ADMIN.password);
    expect(t.ok(s, 'auth.status').user!.roles).toEqual(['admin']);
  });
});

describe('login and lockout', () => {
  const open = useCores();

  it('counts down in Chinese on wrong passwords, locks after 5, and the right password then fails too', () => {
    const t = open();
    setUpOffice(t);
    const s = t.session();
    for (let left = 4; left >= 1; left--) {
      expect(t.call(s, 'auth.login', { username: 'admin', password: 'wrong-password' })).toEqual({
        ok: false,
        error: { code: 'UNAUTHENTICATED', message: `用户名或密码不正确（再错 ${left} 次将锁定账户）。`, fields: { password: '密码不正确' } },
      });
    }
    // 02:00Z is 10:00 in Shanghai; the lock ends 15 minutes later.
    expect(t.call(s, 'auth.login', { username: 'admin', password: 'wrong-password' })).toEqual({
      ok: false,
      error: { code: 'LOCKED', message: '密码连续输错 5 次，账户已锁定 15 分钟（至 10:15）。' },
    });
    expect(t.call(s, 'auth.login', { username: 'admin', password: ADMIN.password })).toEqual({
      ok: false,
      error: { code: 'LOCKED', message: '密码错误次数过多，账户已锁定，请在 10:15 后再试。' },
    });
    expect(t.ok(s, 'auth.status').user).toBeNull();
    t.clock.advanceMinutes(14);
    expect(t.call(s, 'auth.login', { username: 'admin', password: ADMIN.password })).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    t.clock.advanceMinutes(1);
    expect(t.ok(s, 'auth.login', { username: 'admin', password: ADMIN.password }).username).toBe('admin');
    // A fresh count after the lock: one wrong password says 4 left.
    expect(t.call(t.session(), 'auth.login', { username: 'admin', password: 'wrong' })).toMatchObject({
      error: { message: '用户名或密码不正确（再错 4 次将锁定账户）。' },
    });
  });

  it('a right password resets the count of wrong ones', () => {
    const t = open();
    setUpOffice(t);
    for (let i = 0; i < 4; i++) t.call(t.session(), 'auth.login', { username: 'admin', password: 'wrong' });
    signIn(t, 'admin', ADMIN.password);
    expect(t.call(t.session(), 'auth.login', { username: 'admin', password: 'wrong' })).toMatchObject({
      error: { code: 'UNAUTHENTICATED', message: '用户名或密码不正确（再错 4 次将锁定账户）。' },
    });
  });

  it('follows the lockout settings', () => {
    const t = open();
    const admin = setUpOffice(t);
    t.ok(admin, 'settings.update', { officeName: ADMIN.officeName, lockoutAttempts: 3, lockoutMinutes: 30, idleMinutes: 15 });
    addUser(t, admin, 'clerk1', ['clerk']);
    const s = t.session();
    expect(t.call(s, 'auth.login', { username: 'clerk1', password: 'wrong' })).toMatchObject({
      error: { message: '用户名或密码不正确（再错 2 次将锁定账户）。' },
    });
    t.call(s, 'auth.login', { username: 'clerk1', password: 'wrong' });
    expect(t.call(s, 'auth.login', { username: 'clerk1', password: 'wrong' })).toEqual({
      ok: false,
      error: { code: 'LOCKED', message: '密码连续输错 3 次，账户已锁定 30 分钟（至 10:30）。' },
    });
    t.clock.advanceMinutes(29);
    expect(t.call(s, 'auth.login', { username: 'clerk1', password: PASSWORD })).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    t.clock.advanceMinutes(1);
    expect(t.call(s, 'auth.login', { username: 'clerk1', password: PASSWORD }).ok).toBe(true);
  });

  it('audits failed logins, unknown names, the lockout and attempts while locked', () => {
    const t = open();
    setUpOffice(t);
    const audits0 = count(t, 'audit_log');
    const s = t.session();
    t.call(s, 'auth.login', { username: 'ghost', password: 'whatever' });
    for (let i = 0; i < 5; i++) t.call(s, 'auth.login', { username: 'admin', password: 'wrong' });
    t.call(s, 'auth.login', { username: 'admin', password: ADMIN.password });
    const entries = auditRows(t).slice(audits0);
    expect(entries.map((e) => [e.method, e.user_name, e.detail])).toEqual([
      ['auth.login.failed', 'ghost', '用户名不存在'],
      ['auth.login.failed', '王主任', '连续第 1 次'],
      ['auth.login.failed', '王主任', '连续第 2 次'],
      ['auth.login.failed', '王主任', '连续第 3 次'],
      ['auth.login.failed', '王主任', '连续第 4 次'],
      ['auth.login.failed', '王主任', '连续第 5 次，锁定至 2026-11-28T02:15:00.000Z'],
      ['auth.login.locked', '王主任', '锁定至 2026-11-28T02:15:00.000Z'],
    ]);
    const adminId = t.core.connection.sqlite.prepare("SELECT id FROM users WHERE username = 'admin'").get() as { id: string };
    for (const e of entries.slice(1)) expect(e.user_id).toBe(adminId.id);
    expect(entries[0].user_id).toBeNull();
  });

  // The moment an account gets locked is itself a security event: the trail must say so at
  // that moment, not only when someone later tries again.
  it('the entry for the wrong password that locks the account says the account was locked', () => {
    const t = open();
    setUpOffice(t);
    for (let i = 0; i < 5; i++) t.call(t.session(), 'auth.login', { username: 'admin', password: 'wrong' });
    const last = auditRows(t).at(-1)!;
    expect(last.method.startsWith('auth.login')).toBe(true);
    expect(`${last.title} ${last.detail}`).toContain('锁定');
  });

  it('stores passwords as salted scrypt hashes', () => {
    const t = open();
    const admin = setUpOffice(t);
    addUser(t, admin, 'clerk1', ['clerk']);
    addUser(t, admin, 'clerk2', ['clerk']);
    const h1 = hashOf(t, 'clerk1');
    const h2 = hashOf(t, 'clerk2');
    for (const h of [h1, h2, hashOf(t, 'admin')]) {
      expect(h).toMatch(/^scrypt\$16384\$8\$1\$[A-Za-z0-9+/]{22}==\$[A-Za-z0-9+/]{43}=$/);
      expect(h).not.toContain(PASSWORD);
      expect(h).not.toContain(ADMIN.password);
    }
    // Same password, different salt, different key.
    expect(h1.split('$')[4]).not.toBe(h2.split('$')[4]);
    expect(h1.split('$')[5]).not.toBe(h2.split('$')[5]);
    // The plaintext is nowhere in the database file's tables.
    const dumpAll = JSON.stringify(
      ['users', 'change_log', 'audit_log', 'settings', 'meta'].map((tb) => t.core.connection.sqlite.prepare(`SELECT * FROM ${tb}`).all()),
    );
    expect(dumpAll).not.toContain(PASSWORD);
    expect(dumpAll).not.toContain(ADMIN.password);
  });

  it('user names are matched without regard to case at login', () => {
    const t = open();
    setUpOffice(t);
    expect(t.ok(t.session(), 'auth.login', { username: 'ADMIN', password: ADMIN.password }).username).toBe('admin');
  });

  it('a disabled user cannot log in, even with the right password', () => {
    const t = open();
    const admin = setUpOffice(t);
    const u = addUser(t, admin, 'clerk1', ['clerk'], '张秘书');
    t.ok(admin, 'users.update', { id: u.id, displayName: '张秘书', roles: ['clerk'], disabled: true });
    const s = t.session();
    expect(t.call(s, 'auth.login', { username: 'clerk1', password: PASSWORD })).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', message: '该账户已停用，请联系管理员。' },
    });
    expect(t.ok(s, 'auth.status').user).toBeNull();
    expect(auditRows(t).at(-1)).toMatchObject({ method: 'auth.login.failed', user_name: '张秘书', detail: '账户已停用' });
  });

  it('users.resetPassword clears a lockout', () => {
    const t = open();
    const admin = setUpOffice(t);
    const u = addUser(t, admin, 'clerk1', ['clerk']);
    for (let i = 0; i < 5; i++) t.call(t.session(), 'auth.login', { username: 'clerk1', password: 'wrong' });
    expect(t.call(t.session(), 'auth.login', { username: 'clerk1', password: PASSWORD })).toMatchObject({ error: { code: 'LOCKED' } });
    expect(t.ok(admin, 'users.list').find((x) => x.id === u.id)!.lockedUntil).toBe('2026-11-28T02:15:00.000Z');
    t.ok(admin, 'users.resetPassword', { id: u.id, password: 'fresh-pass-1' });
    expect(t.ok(admin, 'users.list').find((x) => x.id === u.id)!.lockedUntil).toBeNull();
    expect(t.ok(t.session(), 'auth.login', { username: 'clerk1', password: 'fresh-pass-1' }).username).toBe('clerk1');
    expect(t.call(t.session(), 'auth.login', { username: 'clerk1', password: PASSWORD })).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
  });
});

describe('idle lock and manual lock', () => {
  const open = useCores();

  it('locks after 15 idle minutes; unlock with the wrong password fails and counts, the right one works', () => {
    const t = open();
    const admin = setUpOffice(t);
    t.clock.advanceMinutes(14);
    expect(t.call(admin, 'units.list').ok).toBe(true); // activity resets the timer
    t.clock.advanceMinutes(15);
    expect(t.call(admin, 'units.list').ok).toBe(true); // exactly 15 minutes: not yet
    t.clock.ms += 15 * 60_000 + 1;
    expect(t.call(admin, 'units.list')).toEqual({ ok: false, error: { code: 'LOCKED', message: '已锁定，请输入密码解锁。' } });
    expect(t.ok(admin, 'auth.status')).toMatchObject({ locked: true, user: { username: 'admin' } });

    const wrong = t.call(admin, 'auth.unlock', { password: 'wrong-password' });
    expect(wrong).toMatchObject({ ok: false, error: { message: '用户名或密码不正确（再错 4 次将锁定账户）。' } });
    expect(auditRows(t).at(-1)).toMatchObject({ method: 'auth.unlock.failed', user_name: '王主任', detail: '连续第 1 次' });
    const attempts = t.core.connection.sqlite.prepare('SELECT failed_count AS n FROM login_attempts').get() as { n: number };
    expect(attempts.n).toBe(1);
    expect(t.call(admin, 'units.list')).toMatchObject({ ok: false, error: { code: 'LOCKED' } });

    expect(t.ok(admin, 'auth.unlock', { password: ADMIN.password })).toMatchObject({ username: 'admin' });
    expect(t.ok(admin, 'auth.status').locked).toBe(false);
    expect(t.call(admin, 'units.list').ok).toBe(true);
    expect(t.core.connection.sqlite.prepare('SELECT count(*) AS n FROM login_attempts').get()).toEqual({ n: 0 });
  });

  it('follows the idle minutes setting', () => {
    const t = open();
    const admin = setUpOffice(t);
    t.ok(admin, 'settings.update', { officeName: ADMIN.officeName, lockoutAttempts: 5, lockoutMinutes: 15, idleMinutes: 5 });
    t.clock.advanceMinutes(6);
    expect(t.call(admin, 'units.list')).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(t.ok(admin, 'auth.status').idleMinutes).toBe(5);
  });

  it('polling auth.status does not keep a session awake', () => {
    const t = open();
    const admin = setUpOffice(t);
    for (let i = 0; i < 4; i++) {
      t.clock.advanceMinutes(5);
      t.ok(admin, 'auth.status');
    }
    expect(t.ok(admin, 'auth.status').locked).toBe(true);
  });

  it('auth.keepAlive (the user typing without saving) keeps the session awake, records nothing, and cannot wake a locked one', () => {
    const t = open();
    const admin = setUpOffice(t);
    const audits = count(t, 'audit_log');
    for (let i = 0; i < 4; i++) {
      t.clock.advanceMinutes(10);
      expect(t.call(admin, 'auth.keepAlive')).toEqual({ ok: true, value: null });
    }
    expect(t.call(admin, 'units.list').ok).toBe(true);
    expect(count(t, 'audit_log')).toBe(audits);
    t.clock.advanceMinutes(16);
    expect(t.call(admin, 'auth.keepAlive')).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(t.call(admin, 'auth.keepAlive')).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
  });

  it('auth.lock locks at once; logout still works while locked', () => {
    const t = open();
    const admin = setUpOffice(t);
    t.ok(admin, 'auth.lock');
    expect(t.ok(admin, 'auth.status').locked).toBe(true);
    expect(t.call(admin, 'settings.get')).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(auditRows(t).at(-1)).toMatchObject({ method: 'auth.lock', user_name: '王主任' });
    t.ok(admin, 'auth.logout');
    expect(t.ok(admin, 'auth.status')).toMatchObject({ user: null, locked: false });
    expect(t.call(admin, 'settings.get')).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });
});

describe('passwords and users', () => {
  const open = useCores();

  it('changePassword checks the current password; afterwards only the new one works', () => {
    const t = open();
    const admin = setUpOffice(t);
    expect(t.call(admin, 'auth.changePassword', { currentPassword: 'not-it', newPassword: 'new-admin-pass' })).toEqual({
      ok: false,
      error: { code: 'VALIDATION', message: '原密码不正确。', fields: { currentPassword: '原密码不正确' } },
    });
    expect(t.call(admin, 'auth.changePassword', { currentPassword: ADMIN.password, newPassword: 'short' })).toMatchObject({
      error: { code: 'VALIDATION', fields: { newPassword: '新密码至少 8 位' } },
    });
    t.ok(admin, 'auth.changePassword', { currentPassword: ADMIN.password, newPassword: 'new-admin-pass' });
    expect(t.call(t.session(), 'auth.login', { username: 'admin', password: ADMIN.password })).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
    expect(t.ok(t.session(), 'auth.login', { username: 'admin', password: 'new-admin-pass' }).username).toBe('admin');
  });

  it('refuses a duplicate user name whatever its case', () => {
    const t = open();
    const admin = setUpOffice(t);
    addUser(t, admin, 'Zhang.San', ['clerk']);
    for (const username of ['Zhang.San', 'zhang.san', 'ZHANG.SAN', 'ADMIN']) {
      const r = t.call(admin, 'users.add', { username, displayName: '重名', roles: ['clerk'], password: PASSWORD });
      expect(r, username).toMatchObject({ ok: false, error: { code: 'CONFLICT', fields: { username: '用户名已被使用' } } });
    }
    expect(count(t, 'users')).toBe(2);
  });

  it('the auditor role cannot be combined with another (add and update)', () => {
    const t = open();
    const admin = setUpOffice(t);
    expect(t.call(admin, 'users.add', { username: 'aud', displayName: '审计', roles: ['auditor', 'clerk'], password: PASSWORD })).toEqual({
      ok: false,
      error: { code: 'VALIDATION', message: '审计员不能兼任其他角色。', fields: { roles: '审计员不能兼任其他角色' } },
    });
    const aud = addUser(t, admin, 'aud', ['auditor']);
    expect(t.call(admin, 'users.update', { id: aud.id, displayName: 'aud', roles: ['auditor', 'admin'], disabled: false })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { roles: '审计员不能兼任其他角色' } },
    });
    const clerk = addUser(t, admin, 'clerk1', ['clerk']);
    expect(t.call(admin, 'users.update', { id: clerk.id, displayName: 'clerk1', roles: ['clerk', 'auditor'], disabled: false })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { roles: '审计员不能兼任其他角色' } },
    });
    expect(t.ok(admin, 'users.list').map((u) => u.roles)).toEqual([['admin'], ['auditor'], ['clerk']]);
  });

  it('the last active administrator can neither lose the role nor be disabled', () => {
    const t = open();
    const admin = setUpOffice(t);
    const me = t.ok(admin, 'auth.status').user!;
    const lose = t.call(admin, 'users.update', { id: me.id, displayName: me.displayName, roles: ['clerk'], disabled: false });
    expect(lose).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: '至少要保留一名可用的管理员。', fields: { roles: '至少要保留一名可用的管理员' } },
    });
    const off = t.call(admin, 'users.update', { id: me.id, displayName: me.displayName, roles: ['admin'], disabled: true });
    expect(off.ok).toBe(false);
    if (!off.ok) expect(off.error.message).toMatch(CHINESE);

    // A second administrator who is disabled does not count.
    const other = addUser(t, admin, 'admin2', ['admin'], '副管理员');
    t.ok(admin, 'users.update', { id: other.id, displayName: '副管理员', roles: ['admin'], disabled: true });
    expect(t.call(admin, 'users.update', { id: me.id, displayName: me.displayName, roles: ['clerk'], disabled: false })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    // Once he is active again, the first may step down, and is then refused the admin methods.
    t.ok(admin, 'users.update', { id: other.id, displayName: '副管理员', roles: ['admin'], disabled: false });
    t.ok(admin, 'users.update', { id: me.id, displayName: me.displayName, roles: ['clerk'], disabled: false });
    expect(t.call(admin, 'users.list')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    // Now admin2 is the last one.
    const s2 = signIn(t, 'admin2', PASSWORD);
    expect(t.call(s2, 'users.update', { id: other.id, displayName: '副管理员', roles: ['sealKeeper'], disabled: false })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    expect(t.ok(s2, 'users.list').filter((u) => u.roles.includes('admin') && !u.disabled)).toHaveLength(1);
  });

  it('an administrator cannot disable himself', () => {
    const t = open();
    const admin = setUpOffice(t);
    const me = t.ok(admin, 'auth.status').user!;
    addUser(t, admin, 'admin2', ['admin']);
    expect(t.call(admin, 'users.update', { id: me.id, displayName: me.displayName, roles: ['admin'], disabled: true })).toEqual({
      ok: false,
      error: { code: 'VALIDATION', message: '不能停用自己的账户。', fields: { disabled: '不能停用自己的账户' } },
    });
    expect(t.ok(admin, 'users.list').find((u) => u.id === me.id)!.disabled).toBe(false);
  });

  it('users.update of an unknown id is NOT_FOUND', () => {
    const t = open();
    const admin = setUpOffice(t);
    expect(t.call(admin, 'users.update', { id: 'nope', displayName: '某', roles: ['clerk'], disabled: false })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(t.call(admin, 'users.resetPassword', { id: 'nope', password: 'fresh-pass-1' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});
