import { describe, it, expect } from 'vitest';
import { ADMIN, setUpOffice, signIn, type TestCore } from '../../helpers/core';
import { addUser, CHINESE, count, dump, PASSWORD, useCores } from './support';

const day = (t: TestCore, s: ReturnType<TestCore['session']>, date: string) =>
  t.ok(s, 'calendar.year', { year: Number(date.slice(0, 4)) }).days.find((d) => d.date === date);

const rawDay = (t: TestCore, date: string) =>
  t.core.connection.sqlite.prepare('SELECT * FROM calendar_days WHERE date = ?').get(date) as
    | { date: string; kind: string; name: string; source: string; updated_at: string; deleted_at: string | null }
    | undefined;

describe('holiday calendar', () => {
  const open = useCores();

  it('ships the State Council holidays and make-up working days through 2026', () => {
    const t = open();
    const admin = setUpOffice(t);
    const y2026 = t.ok(admin, 'calendar.year', { year: 2026 });
    expect(y2026.year).toBe(2026);
    expect(y2026.days.find((d) => d.date === '2026-10-01')).toEqual({ date: '2026-10-01', kind: 'holiday', name: '国庆节', source: 'seed' });
    expect(y2026.days.find((d) => d.date === '2026-09-20')).toEqual({ date: '2026-09-20', kind: 'workday', name: '国庆节', source: 'seed' });
    expect(y2026.days.find((d) => d.date === '2026-01-01')).toMatchObject({ kind: 'holiday', name: '元旦' });
    expect(y2026.days.filter((d) => d.kind === 'holiday').length).toBeGreaterThan(20);
    expect(y2026.days.filter((d) => d.kind === 'workday').length).toBeGreaterThan(3);
    // Sorted by date, one row per day.
    const dates = y2026.days.map((d) => d.date);
    expect(dates).toEqual([...dates].sort());
    expect(new Set(dates).size).toBe(dates.length);
    // Every year from 2004 up to 2026 has data.
    for (let y = 2004; y <= 2026; y++) expect(y2026.yearsWithData).toContain(y);
    // Seeding is not a user's change: no change-log rows, one audit entry by 系统.
    expect(count(t, 'change_log')).toBeLessThan(5);
    const seed = t.core.connection.sqlite.prepare("SELECT user_name, detail FROM audit_log WHERE method = 'calendar.seed'").all();
    expect(seed).toHaveLength(1);
    expect(seed[0]).toMatchObject({ user_name: '系统' });
  });

  it('reopening does not duplicate the seed nor overwrite what the administrator changed, even when the seed runs again', () => {
    const t = open();
    const admin = setUpOffice(t);
    t.ok(admin, 'calendar.set', { date: '2026-10-01', kind: 'workday', name: '本县调整' });
    t.ok(admin, 'calendar.clear', { date: '2026-10-02' });
    const rows = count(t, 'calendar_days');
    const all = dump(t, 'calendar_days');

    t.reopen();
    expect(count(t, 'calendar_days')).toBe(rows);
    expect(dump(t, 'calendar_days')).toEqual(all);

    // A newer app version brings new seed data: it runs again over the same rows.
    t.core.connection.sqlite.prepare("DELETE FROM meta WHERE key = 'calendar_seed'").run();
    t.reopen();
    expect(count(t, 'calendar_days')).toBe(rows);
    expect(dump(t, 'calendar_days')).toEqual(all);
    const s = signIn(t, 'admin', ADMIN.password);
    expect(day(t, s, '2026-10-01')).toEqual({ date: '2026-10-01', kind: 'workday', name: '本县调整', source: 'admin' });
    expect(day(t, s, '2026-10-02')).toBeUndefined();
    expect(t.core.connection.sqlite.prepare("SELECT count(*) AS n FROM audit_log WHERE method = 'calendar.seed'").get()).toEqual({ n: 2 });
  });

  it('warns when the current year has no data, naming the year, in Chinese', () => {
    const t = open();
    const admin = setUpOffice(t);
    expect(t.ok(admin, 'auth.status').calendarWarning).toBeNull();
    t.clock.ms = Date.parse('2027-03-01T02:00:00Z');
    const s = signIn(t, 'admin', ADMIN.password);
    const warning = t.ok(s, 'auth.status').calendarWarning;
    expect(warning).toMatch(CHINESE);
    expect(warning).toContain('2027');
    expect(warning).toBe(
      '节假日日历缺少 2027 年的数据，工作日按周一至周五计算。请管理员在“字典 › 节假日”中录入或导入国务院公布的 2027 年放假安排。',
    );
    // Once the administrator enters the year, the warning goes away.
    t.ok(s, 'calendar.set', { date: '2027-01-01', kind: 'holiday', name: '元旦' });
    expect(t.ok(s, 'auth.status').calendarWarning).toBeNull();
  });

  it('the year boundary follows Shanghai time: 2026-12-31T16:00Z is already 2027', () => {
    const t = open();
    setUpOffice(t);
    t.clock.ms = Date.parse('2026-12-31T15:59:59Z');
    expect(t.ok(signIn(t, 'admin', ADMIN.password), 'auth.status').calendarWarning).toBeNull();
    t.clock.ms = Date.parse('2026-12-31T16:00:00Z');
    expect(t.ok(signIn(t, 'admin', ADMIN.password), 'auth.status').calendarWarning).toContain('2027');
  });

  it('calendar.set adds and changes a day; calendar.clear tombstones it', () => {
    const t = open();
    const admin = setUpOffice(t);
    t.clock.advanceMinutes(1);
    expect(t.ok(admin, 'calendar.set', { date: '2026-12-31', kind: 'holiday', name: '县庆' })).toEqual({
      date: '2026-12-31',
      kind: 'holiday',
      name: '县庆',
      source: 'admin',
    });
    expect(t.ok(admin, 'calendar.set', { date: '2026-12-31', kind: 'workday', name: '' })).toEqual({
      date: '2026-12-31',
      kind: 'workday',
      name: '',
      source: 'admin',
    });

    t.clock.advanceMinutes(1);
    const changes0 = count(t, 'change_log');
    expect(t.ok(admin, 'calendar.clear', { date: '2026-10-01' })).toBeNull();
    // The row stays, marked deleted; the day is gone from the year.
    expect(rawDay(t, '2026-10-01')).toMatchObject({ date: '2026-10-01', kind: 'holiday', name: '国庆节', deleted_at: '2026-11-28T02:02:00.000Z' });
    expect(day(t, admin, '2026-10-01')).toBeUndefined();
    const tomb = t.core.connection.sqlite.prepare('SELECT * FROM change_log ORDER BY rowid DESC LIMIT 1').get() as {
      table_name: string;
      row_id: string;
      op: string;
      fields: string;
    };
    expect(count(t, 'change_log')).toBe(changes0 + 1);
    expect(tomb).toMatchObject({ table_name: 'calendarDays', row_id: '2026-10-01', op: 'update' });
    expect(JSON.parse(tomb.fields)).toEqual({ deletedAt: '2026-11-28T02:02:00.000Z' });

    expect(t.call(admin, 'calendar.clear', { date: '2026-10-01' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(t.call(admin, 'calendar.clear', { date: '2026-03-03' })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: '2026-03-03 本来就是普通日，无需恢复。' },
    });

    // Setting it again brings it back to life.
    t.ok(admin, 'calendar.set', { date: '2026-10-01', kind: 'holiday', name: '国庆节' });
    expect(rawDay(t, '2026-10-01')!.deleted_at).toBeNull();
    expect(day(t, admin, '2026-10-01')).toEqual({ date: '2026-10-01', kind: 'holiday', name: '国庆节', source: 'admin' });
  });

  it('export from one PC and import into a fresh one gives the same days', () => {
    const a = open();
    const adminA = setUpOffice(a);
    a.ok(adminA, 'calendar.set', { date: '2026-12-31', kind: 'holiday', name: '县庆' });
    a.ok(adminA, 'calendar.set', { date: '2026-10-01', kind: 'holiday', name: '国庆节（本县）' });
    a.ok(adminA, 'calendar.set', { date: '2026-09-20', kind: 'holiday', name: '改为休息' });
    const file = a.ok(adminA, 'calendar.export', { year: 2026 });
    expect(file.fileName).toBe('节假日-2026.json');
    const parsed = JSON.parse(file.content);
    expect(parsed).toMatchObject({ format: 'wenmi-calendar', version: 1 });
    expect(parsed.days).toContainEqual({ date: '2026-12-31', kind: 'holiday', name: '县庆' });

    const b = open();
    const adminB = setUpOffice(b);
    const days2026 = a.ok(adminA, 'calendar.year', { year: 2026 }).days;
    expect(b.ok(adminB, 'calendar.import', { content: file.content })).toEqual({ added: 1, changed: 2, unchanged: days2026.length - 3 });
    expect(b.ok(adminB, 'calendar.year', { year: 2026 }).days).toEqual(days2026);
    // Importing the same file again changes nothing.
    const changes = count(b, 'change_log');
    expect(b.ok(adminB, 'calendar.import', { content: file.content })).toEqual({ added: 0, changed: 0, unchanged: days2026.length });
    expect(count(b, 'change_log')).toBe(changes);
    // New days are one batch entry naming them (their values are in the change log); each changed day has its own entry; one summary per import.
    const entries = b.core.connection.sqlite
      .prepare("SELECT record_id, table_name, after, detail FROM audit_log WHERE method = 'calendar.import' ORDER BY seq")
      .all() as { record_id: string | null; table_name: string | null; after: string | null; detail: string }[];
    expect(entries.map((e) => [e.record_id, e.table_name, e.detail])).toEqual([
      [null, 'calendarDays', '批量 1 条'],
      ['2026-09-20', 'calendarDays', ''],
      ['2026-10-01', 'calendarDays', ''],
      [null, null, `共 ${days2026.length} 天：新增 1，修改 2，未变 ${days2026.length - 3}`],
      [null, null, `共 ${days2026.length} 天：新增 0，修改 0，未变 ${days2026.length}`],
    ]);
    expect(JSON.parse(entries[0].after!)).toMatchObject({ ids: ['2026-12-31'] });
    // The auditor finds the imported day by its record id although it sits in a batch entry.
    addUser(b, adminB, 'auditor', ['auditor']);
    const auditor = signIn(b, 'auditor', PASSWORD);
    const found = b.ok(auditor, 'audit.list', { record: '2026-12-31' }).entries;
    expect(found.map((e) => e.detail)).toEqual(['批量 1 条']);
  });

  it('the all-years export covers every year', () => {
    const t = open();
    const admin = setUpOffice(t);
    const file = t.ok(admin, 'calendar.export', {});
    expect(file.fileName).toBe('节假日-全部.json');
    const days = JSON.parse(file.content).days as { date: string }[];
    expect(days[0].date.slice(0, 4)).toBe('2004');
    expect(days.at(-1)!.date.slice(0, 4)).toBe('2026');
    expect(days.length).toBe(t.core.connection.sqlite.prepare('SELECT count(*) AS n FROM calendar_days WHERE deleted_at IS NULL').pluck().get());
  });

  it('refuses a malformed import file in Chinese and changes nothing', () => {
    const t = open();
    const admin = setUpOffice(t);
    const file = (days: unknown[], extra: Record<string, unknown> = {}) => JSON.stringify({ format: 'wenmi-calendar', version: 1, days, ...extra });
    const good = [
      { date: '2026-12-30', kind: 'holiday', name: '新增甲' },
      { date: '2026-10-01', kind: 'workday', name: '改动' },
    ];
    const cases: [string, string, RegExp][] = [
      ['bad JSON', '{"format": "wenmi-calendar", "days": [', /无法读取/],
      ['wrong format', JSON.stringify({ format: 'excel', version: 1, days: good }), /不是文秘台账的节假日文件/],
      ['wrong version', file(good, { version: 2 }), /版本不受支持/],
      ['bad date on day 3', file([...good, { date: '2026-02-30', kind: 'holiday', name: '坏日期' }]), /第 3 天.*日期不是有效的日期/],
      ['bad kind on day 3', file([...good, { date: '2026-12-29', kind: 'vacation', name: '' }]), /第 3 天/],
      ['duplicate date', file([...good, { date: '2026-12-30', kind: 'workday', name: '重复' }]), /2026-12-30 出现了两次/],
      ['not an object', '[1,2,3]', /节假日文件/],
    ];
    const before = { days: dump(t, 'calendar_days'), changes: count(t, 'change_log'), audits: count(t, 'audit_log') };
    for (const [label, content, message] of cases) {
      const r = t.call(admin, 'calendar.import', { content });
      expect(r.ok, label).toBe(false);
      if (r.ok) continue;
      expect(r.error.code, label).toBe('VALIDATION');
      expect(r.error.message, label).toMatch(CHINESE);
      expect(r.error.message, label).toMatch(message);
      expect(Object.keys(r.error.fields ?? {}), label).toEqual(['content']);
    }
    expect({ days: dump(t, 'calendar_days'), changes: count(t, 'change_log'), audits: count(t, 'audit_log') }).toEqual(before);
  });
});
