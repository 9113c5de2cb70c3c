import { describe, it, expect } from 'vitest';
import { ADMIN, setUpOffice, signIn } from '../../helpers/core';
import { addUser, count, dump, PASSWORD, useCores } from './support';

describe('units directory', () => {
  const open = useCores();

  it('computes initials and full pinyin from the full name', () => {
    const t = open();
    const admin = setUpOffice(t);
    const unit = t.ok(admin, 'units.add', { fullName: '县财政局', shortName: '财政局', category: 'countyDept' });
    expect(unit).toEqual({
      id: expect.any(String),
      fullName: '县财政局',
      shortName: '财政局',
      category: 'countyDept',
      initials: 'xczj',
      pinyin: 'xiancaizhengju',
      initialsOverride: '',
      disabled: false,
    });
    expect(t.ok(admin, 'units.list')).toEqual([unit]);
  });

  // pinyinKeys promises "Letters and digits in the name are kept as they are": a clerk types
  // g20 or 110 for these units, as the names read.
  it('keeps letters and digits of a name in its initials (G20峰会筹备办 -> g20fhcbb, 110指挥中心 -> 110zhzx)', () => {
    const t = open();
    const admin = setUpOffice(t);
    const digits = t.ok(admin, 'units.add', { fullName: '110指挥中心', category: 'other' });
    expect(digits.initials).toBe('110zhzx');
    expect(digits.pinyin).toBe('110zhihuizhongxin');
    const mixed = t.ok(admin, 'units.add', { fullName: 'G20峰会筹备办', category: 'other' });
    expect(mixed.pinyin).toBe('g20fenghuichoubeiban');
    expect(mixed.initials).toBe('g20fhcbb');
  });

  it('lists units in the order of the initials people see, overrides included (单县 sorts under s)', () => {
    const t = open();
    const admin = setUpOffice(t);
    t.ok(admin, 'units.add', { fullName: '单县人民政府', category: 'other', initialsOverride: 'sxrmzf' });
    t.ok(admin, 'units.add', { fullName: '凤凰县财政局', category: 'countyDept' });
    t.ok(admin, 'units.add', { fullName: '湘西州财政局', category: 'higherLevel' });
    expect(t.ok(admin, 'units.list').map((u) => u.initials)).toEqual(['fhxczj', 'sxrmzf', 'xxzczj']);
  });

  it('an initials override replaces the shown initials (单县 is shan xian)', () => {
    const t = open();
    const admin = setUpOffice(t);
    const unit = t.ok(admin, 'units.add', { fullName: '单县', category: 'other', initialsOverride: 'SX' });
    expect(unit.initials).toBe('sx');
    expect(unit.initialsOverride).toBe('sx');
    const stored = t.core.connection.sqlite.prepare('SELECT initials, initials_override AS o FROM units WHERE id = ?').get(unit.id) as {
      initials: string;
      o: string;
    };
    expect(stored.o).toBe('sx');
    expect(stored.initials).toMatch(/^[a-z]x$/);
    expect(t.ok(admin, 'units.list')[0].initials).toBe('sx');
    // Clearing the override shows the computed initials again.
    const back = t.ok(admin, 'units.update', { id: unit.id, fullName: '单县', category: 'other', initialsOverride: '', disabled: false });
    expect(back.initials).toBe(stored.initials);
    expect(t.call(admin, 'units.add', { fullName: '某县', category: 'other', initialsOverride: 'm1' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { initialsOverride: '拼音首字母只能是英文字母' } },
    });
  });

  it('refuses a second unit with the same full name, on add and on rename', () => {
    const t = open();
    const admin = setUpOffice(t);
    t.ok(admin, 'units.add', { fullName: '县财政局', category: 'countyDept' });
    const other = t.ok(admin, 'units.add', { fullName: '县教育局', category: 'countyDept' });
    const before = dump(t, 'units');
    expect(t.call(admin, 'units.add', { fullName: ' 县财政局 ', category: 'other' })).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: '单位“县财政局”已在名录中。', fields: { fullName: '名录中已有同名单位' } },
    });
    expect(t.call(admin, 'units.update', { id: other.id, fullName: '县财政局', category: 'countyDept', disabled: false })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', fields: { fullName: '名录中已有同名单位' } },
    });
    expect(dump(t, 'units')).toEqual(before);
  });

  it('units.update changes the fields, recomputes the keys, and keeps the id', () => {
    const t = open();
    const admin = setUpOffice(t);
    const unit = t.ok(admin, 'units.add', { fullName: '县教育局', category: 'countyDept' });
    const changed = t.ok(admin, 'units.update', {
      id: unit.id,
      fullName: '县教育体育局',
      shortName: '教体局',
      category: 'countyDept',
      disabled: true,
    });
    expect(changed).toEqual({
      id: unit.id,
      fullName: '县教育体育局',
      shortName: '教体局',
      category: 'countyDept',
      initials: 'xjytyj',
      pinyin: 'xianjiaoyutiyuju',
      initialsOverride: '',
      disabled: true,
    });
    expect(t.ok(admin, 'units.list')).toEqual([changed]);
    // Keeping its own name is not a clash with itself.
    expect(t.ok(admin, 'units.update', { id: unit.id, fullName: '县教育体育局', shortName: '教体局', category: 'other', disabled: true }).category).toBe(
      'other',
    );
    expect(t.call(admin, 'units.update', { id: 'missing', fullName: '县某局', category: 'other', disabled: false })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('the clerk may add a unit but not edit one', () => {
    const t = open();
    const admin = setUpOffice(t);
    addUser(t, admin, 'clerk1', ['clerk']);
    const clerk = signIn(t, 'clerk1', PASSWORD);
    const unit = t.ok(clerk, 'units.add', { fullName: '县档案馆', category: 'countyDept' });
    expect(t.call(clerk, 'units.update', { id: unit.id, fullName: '县档案局', category: 'countyDept', disabled: false })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(t.ok(clerk, 'units.list').map((u) => u.fullName)).toEqual(['县档案馆']);
  });
});

describe('people', () => {
  const open = useCores();

  it('adds a person with initials, and with a unit from the directory', () => {
    const t = open();
    const admin = setUpOffice(t);
    const unit = t.ok(admin, 'units.add', { fullName: '县财政局', category: 'countyDept' });
    const p = t.ok(admin, 'people.add', { name: '张三', title: '县长', unitId: unit.id });
    expect(p).toEqual({
      id: expect.any(String),
      name: '张三',
      title: '县长',
      unitId: unit.id,
      initials: 'zs',
      pinyin: 'zhangsan',
      initialsOverride: '',
      disabled: false,
    });
    expect(t.ok(admin, 'people.list')).toEqual([p]);
  });

  it('refuses a unit id that is not in the directory, on add and on update', () => {
    const t = open();
    const admin = setUpOffice(t);
    const p = t.ok(admin, 'people.add', { name: '李四', title: '秘书' });
    expect(p.unitId).toBeNull();
    const before = { people: dump(t, 'people'), changes: count(t, 'change_log'), audits: count(t, 'audit_log') };
    expect(t.call(admin, 'people.add', { name: '王五', title: '秘书', unitId: 'no-such-unit' })).toEqual({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: '所在单位不在单位名录中，请从名录中选择',
        fields: { unitId: '所在单位不在单位名录中，请从名录中选择' },
      },
    });
    expect(t.call(admin, 'people.update', { id: p.id, name: '李四', title: '秘书', unitId: 'no-such-unit', disabled: false })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { unitId: '所在单位不在单位名录中，请从名录中选择' } },
    });
    expect({ people: dump(t, 'people'), changes: count(t, 'change_log'), audits: count(t, 'audit_log') }).toEqual(before);
  });

  it('people.update of an unknown id is NOT_FOUND', () => {
    const t = open();
    const admin = setUpOffice(t);
    expect(t.call(admin, 'people.update', { id: 'nobody', name: '某', title: '秘书', disabled: false })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});

describe('settings', () => {
  const open = useCores();

  it('get and update round trip', () => {
    const t = open();
    const admin = setUpOffice(t);
    expect(t.ok(admin, 'settings.get')).toEqual({
      officeName: ADMIN.officeName,
      lockoutAttempts: 5,
      lockoutMinutes: 15,
      idleMinutes: 15,
      receiptPrefix: '收',
      maskClassifiedTitles: true,
      circulationReturnBy: '17:30',
      numberIssuers: { incoming: '', seals: '', classified: '', destruction: '' },
      deviceNames: {},
    });
    const next = {
      officeName: '凤凰县人民政府办公室（文秘科）',
      lockoutAttempts: 8,
      lockoutMinutes: 60,
      idleMinutes: 30,
      receiptPrefix: '收文',
      maskClassifiedTitles: false,
      circulationReturnBy: '18:00',
      numberIssuers: { incoming: 'pc-a', seals: 'pc-b', classified: 'pc-b', destruction: 'pc-b' },
      deviceNames: { 'pc-a': '文秘办电脑', 'pc-b': '机要室电脑' },
    };
    expect(t.ok(admin, 'settings.update', next)).toEqual(next);
    expect(t.ok(admin, 'settings.get')).toEqual(next);
    t.reopen();
    const again = signIn(t, 'admin', ADMIN.password);
    expect(t.ok(again, 'settings.get')).toEqual(next);
    expect(t.ok(t.session(), 'auth.status')).toMatchObject({ officeName: next.officeName, idleMinutes: 30 });
  });

  it('changes only the settings given, and saving a never-changed default records nothing', () => {
    const t = open();
    const admin = setUpOffice(t);
    const changes = count(t, 'change_log');
    t.ok(admin, 'settings.update', { receiptPrefix: '收', maskClassifiedTitles: true });
    expect(count(t, 'change_log')).toBe(changes);
    expect(t.ok(admin, 'settings.update', { idleMinutes: 20 })).toMatchObject({ officeName: ADMIN.officeName, idleMinutes: 20, lockoutAttempts: 5 });
    expect(count(t, 'change_log')).toBe(changes + 1);
  });

  it('refuses out-of-range values with messages naming the field, and keeps the old values', () => {
    const t = open();
    const admin = setUpOffice(t);
    const good = { officeName: ADMIN.officeName, lockoutAttempts: 5, lockoutMinutes: 15, idleMinutes: 15, receiptPrefix: '收', maskClassifiedTitles: true };
    const cases: [Record<string, unknown>, string, string][] = [
      [{ idleMinutes: 0 }, 'idleMinutes', '无操作自动锁定分钟数不能小于1'],
      [{ idleMinutes: 241 }, 'idleMinutes', '无操作自动锁定分钟数不能大于240'],
      [{ idleMinutes: 1.5 }, 'idleMinutes', '无操作自动锁定分钟数应为整数'],
      [{ lockoutAttempts: 2 }, 'lockoutAttempts', '连续输错密码次数不能小于3'],
      [{ lockoutMinutes: 0 }, 'lockoutMinutes', '锁定分钟数不能小于1'],
      [{ officeName: '' }, 'officeName', '请填写单位名称'],
      [{ receiptPrefix: '收〔' }, 'receiptPrefix', '收文号前缀不能含括号或数字'],
      [{ circulationReturnBy: '25:00' }, 'circulationReturnBy', '密件当日退回时间应为“时:分”，如 17:30'],
      [{ deviceNames: { 'pc-a': '' } }, 'deviceNames.pc-a', '请填写电脑名称'],
    ];
    for (const [patch, field, message] of cases) {
      expect(t.call(admin, 'settings.update', { ...good, ...patch } as never), field).toEqual({
        ok: false,
        error: { code: 'VALIDATION', message, fields: { [field]: message } },
      });
    }
    expect(t.ok(admin, 'settings.get')).toMatchObject(good);
  });
});
