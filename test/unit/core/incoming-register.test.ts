// 收文登记 in the core: numbering (R1), secrecy (R4), dates (R5), the units
// directory, duplicates (R3), resubmission (R7), roles and the audit trail.
import { describe, it, expect } from 'vitest';
import type { InputOf } from '../../../shared/api';
import type { SessionRef } from '../../../electron/core';
import { signIn, type TestCore } from '../../helpers/core';
import { clerkOffice as office, addUser, auditRows, changeRows, count, dump, PASSWORD, useCores } from './support';

type Registration = InputOf<'incoming.register'>;

const doc = (fromUnitId: string, over: Partial<Registration> = {}): Registration => ({
  receivedAt: '2026-11-27T09:30:00+08:00',
  signedBy: '李文秘',
  fromUnitId,
  docNumber: '凤财发〔2026〕12号',
  title: '关于做好冬季防火工作的通知',
  docType: 'notice',
  writtenDate: '2026-11-20',
  secrecyLevel: 'none',
  urgency: 'normal',
  copies: 1,
  incomingClass: 'readOnly',
  addressee: 'county',
  ...over,
});

/** incoming.update input for a stored record, with changes. */
function edit(t: TestCore, s: SessionRef, id: string, over: Partial<InputOf<'incoming.update'>> = {}): InputOf<'incoming.update'> {
  const r = t.ok(s, 'incoming.get', { id });
  return {
    id,
    receivedAt: r.receivedAt,
    signedBy: r.signedBy,
    fromUnitId: r.fromUnitId!,
    docNumber: r.docNumber,
    title: r.title,
    docType: r.docType,
    writtenDate: r.writtenDate,
    submittedDate: r.submittedDate,
    secrecyLevel: r.secrecyLevel,
    secrecyPeriodMonths: r.secrecyPeriodMonths,
    copyNumbers: r.copyNumbers,
    urgency: r.urgency,
    copies: r.copies,
    pages: r.pages,
    incomingClass: r.incomingClass,
    addressee: r.addressee,
    remarks: r.remarks,
    ...over,
  };
}

const sql = (t: TestCore) => t.core.connection.sqlite;

describe('收文号 (R1)', () => {
  const open = useCores();

  // toMatchObject: the record grows fields of later stages (交办, 批示) that are not this suite's business.
  it('numbers per year from 1 as 收〔2026〕1号 and returns the whole record', () => {
    const t = open();
    const { clerk, unit } = office(t);
    const first = t.ok(clerk, 'incoming.register', doc(unit.id, { pages: 3, remarks: '附件1份' }));
    expect(first).toMatchObject({
      id: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/),
      receiptNo: '收〔2026〕1号',
      year: 2026,
      serial: 1,
      receivedDate: '2026-11-27',
      fromUnitName: '县财政局',
      docNumber: '凤财发〔2026〕12号',
      title: '关于做好冬季防火工作的通知',
      titleMasked: false,
      docType: 'notice',
      secrecyLevel: 'none',
      urgency: 'normal',
      incomingClass: 'readOnly',
      copies: 1,
      state: 'registered',
      receivedAt: '2026-11-27T09:30:00+08:00',
      signedBy: '李文秘',
      fromUnitId: unit.id,
      writtenDate: '2026-11-20',
      submittedDate: '2026-11-27',
      secrecyPeriodMonths: null,
      copyNumbers: [],
      pages: 3,
      addressee: 'county',
      proposal: '',
      proposedBy: null,
      proposedDate: null,
      handlingResult: '',
      doneDate: null,
      reply: '',
      archiveNo: '',
      remarks: '附件1份',
      resubmissionOf: null,
      resubmittedAs: [],
      createdAt: '2026-11-28T02:00:00.000Z',
      updatedAt: '2026-11-28T02:00:00.000Z',
    });
    expect(t.ok(clerk, 'incoming.get', { id: first.id })).toEqual(first);
    const second = t.ok(clerk, 'incoming.register', doc(unit.id, { title: '第二份' }));
    expect([second.receiptNo, second.serial]).toEqual(['收〔2026〕2号', 2]);
  });

  it('takes the prefix from settings: 收文〔2026〕3号 after the administrator changes it', () => {
    const t = open();
    const { admin, clerk, unit } = office(t);
    t.ok(clerk, 'incoming.register', doc(unit.id));
    t.ok(clerk, 'incoming.register', doc(unit.id));
    t.ok(admin, 'settings.update', { receiptPrefix: '收文' });
    const third = t.ok(clerk, 'incoming.register', doc(unit.id));
    expect(third.receiptNo).toBe('收文〔2026〕3号');
    expect(third.serial).toBe(3);
    // Numbers already given keep the prefix they were given with.
    expect(
      sql(t)
        .prepare('SELECT receipt_no AS n FROM incoming ORDER BY serial')
        .all()
        .map((r) => (r as { n: string }).n),
    ).toEqual(['收〔2026〕1号', '收〔2026〕2号', '收文〔2026〕3号']);
  });

  it('restarts at 1 in a new year, the year being the Beijing date of 收文日期时间', () => {
    const t = open();
    const { clerk, unit } = office(t);
    t.ok(clerk, 'incoming.register', doc(unit.id));
    t.ok(clerk, 'incoming.register', doc(unit.id));
    const y2027 = t.ok(clerk, 'incoming.register', doc(unit.id, { receivedAt: '2027-01-04T08:30:00+08:00' }));
    expect([y2027.receiptNo, y2027.year, y2027.serial, y2027.receivedDate]).toEqual(['收〔2027〕1号', 2027, 1, '2027-01-04']);
    // 2026-12-31 17:00 UTC is already 2027-01-01 01:00 in Beijing: the 2027 series.
    const utc = t.ok(clerk, 'incoming.register', doc(unit.id, { receivedAt: '2026-12-31T17:00:00Z' }));
    expect([utc.receiptNo, utc.receivedDate]).toEqual(['收〔2027〕2号', '2027-01-01']);
    // 2026 goes on where it was.
    expect(t.ok(clerk, 'incoming.register', doc(unit.id)).receiptNo).toBe('收〔2026〕3号');
  });

  // There is no incoming.delete: the tombstone is set with raw SQL, as a synced deletion would leave it.
  it('never reuses a number, even after the latest record is tombstoned', () => {
    const t = open();
    const { clerk, unit } = office(t);
    t.ok(clerk, 'incoming.register', doc(unit.id));
    t.ok(clerk, 'incoming.register', doc(unit.id));
    const third = t.ok(clerk, 'incoming.register', doc(unit.id));
    sql(t).prepare('UPDATE incoming SET deleted_at = ? WHERE id = ?').run('2026-11-28T02:00:00.000Z', third.id);
    expect(t.call(clerk, 'incoming.get', { id: third.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const next = t.ok(clerk, 'incoming.register', doc(unit.id));
    expect(next.receiptNo).toBe('收〔2026〕4号');
    expect(t.ok(clerk, 'incoming.list', {}).rows.map((r) => r.serial)).toEqual([4, 2, 1]);
  });

  it('a tombstoned record can no longer be read, corrected, screened or found', () => {
    const t = open();
    const { clerk, unit } = office(t);
    const r = t.ok(clerk, 'incoming.register', doc(unit.id));
    const input = edit(t, clerk, r.id, { pages: 2 });
    sql(t).prepare('UPDATE incoming SET deleted_at = ? WHERE id = ?').run('2026-11-28T02:00:00.000Z', r.id);
    const gone = { ok: false, error: { code: 'NOT_FOUND', message: '找不到这份收文，可能已被删除，请刷新。' } };
    expect(t.call(clerk, 'incoming.get', { id: r.id })).toEqual(gone);
    expect(t.call(clerk, 'incoming.update', input)).toEqual(gone);
    expect(t.call(clerk, 'incoming.pass', { id: r.id })).toEqual(gone);
    expect(t.call(clerk, 'incoming.returnDraft', { id: r.id })).toEqual(gone);
    expect(t.ok(clerk, 'incoming.list', { q: '防火' }).rows).toEqual([]);
    expect(t.ok(clerk, 'incoming.list', {}).rows).toEqual([]);
  });

  it('gives 200 registrations in a row 200 distinct consecutive numbers; the index refuses a duplicate', () => {
    const t = open();
    const { clerk, unit } = office(t);
    const numbers: string[] = [];
    for (let i = 0; i < 200; i++) numbers.push(t.ok(clerk, 'incoming.register', doc(unit.id, { title: `第${i + 1}份` })).receiptNo);
    expect(numbers).toEqual(Array.from({ length: 200 }, (_, i) => `收〔2026〕${i + 1}号`));
    expect(count(t, 'incoming')).toBe(200);
    const serials = sql(t).prepare('SELECT serial FROM incoming WHERE year = 2026 ORDER BY serial').all() as { serial: number }[];
    expect(serials.map((r) => r.serial)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    // The unique index on (year, serial) is the last line of defence.
    expect(() => sql(t).prepare('UPDATE incoming SET serial = 1 WHERE serial = 2').run()).toThrow(/UNIQUE constraint failed: incoming.year, incoming.serial/);
  });

  it('incoming.update cannot move a record to another year, but may correct the time within it', () => {
    const t = open();
    const { clerk, unit } = office(t);
    const r = t.ok(clerk, 'incoming.register', doc(unit.id));
    const before = dump(t, 'incoming');
    expect(t.call(clerk, 'incoming.update', edit(t, clerk, r.id, { receivedAt: '2027-01-02T09:00:00+08:00' }))).toEqual({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: '收文号 收〔2026〕1号 属于 2026 年，收文日期不能改到其他年份',
        fields: { receivedAt: '收文号 收〔2026〕1号 属于 2026 年，收文日期不能改到其他年份' },
      },
    });
    expect(dump(t, 'incoming')).toEqual(before);
    const moved = t.ok(clerk, 'incoming.update', edit(t, clerk, r.id, { receivedAt: '2026-11-28T08:00:00+08:00', submittedDate: null }));
    expect([moved.receiptNo, moved.receivedDate, moved.submittedDate]).toEqual(['收〔2026〕1号', '2026-11-28', '2026-11-28']);
  });
});

describe('密级 and 保密期限 (R4)', () => {
  const open = useCores();

  const refusal = (t: TestCore, clerk: SessionRef, input: Registration) => {
    const r = t.call(clerk, 'incoming.register', input);
    expect(count(t, 'incoming')).toBe(0);
    return r;
  };

  it('refuses a classified document without 保密期限', () => {
    const t = open();
    const { clerk, unit } = office(t);
    expect(refusal(t, clerk, doc(unit.id, { secrecyLevel: 'secret', copies: 1, copyNumbers: [1] }))).toEqual({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: '秘密文件须填写保密期限（最长10年）',
        fields: { secrecyPeriodMonths: '秘密文件须填写保密期限（最长10年）' },
      },
    });
  });

  it('refuses a period above the maximum (秘密: 120 months) and accepts exactly 120', () => {
    const t = open();
    const { clerk, unit } = office(t);
    expect(refusal(t, clerk, doc(unit.id, { secrecyLevel: 'secret', secrecyPeriodMonths: 121, copies: 1, copyNumbers: [1] }))).toEqual({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: '秘密文件的保密期限不能超过10年',
        fields: { secrecyPeriodMonths: '秘密文件的保密期限不能超过10年' },
      },
    });
    const ok = t.ok(clerk, 'incoming.register', doc(unit.id, { secrecyLevel: 'secret', secrecyPeriodMonths: 120, copies: 1, copyNumbers: [1] }));
    expect(ok.secrecyPeriodMonths).toBe(120);
  });

  it('refuses 份号 that do not match 份数, or none at all', () => {
    const t = open();
    const { clerk, unit } = office(t);
    expect(refusal(t, clerk, doc(unit.id, { secrecyLevel: 'confidential', secrecyPeriodMonths: 60, copies: 3, copyNumbers: [1, 2] }))).toEqual({
      ok: false,
      error: { code: 'VALIDATION', message: '登记了2个份号，与份数3份不符', fields: { copyNumbers: '登记了2个份号，与份数3份不符' } },
    });
    expect(refusal(t, clerk, doc(unit.id, { secrecyLevel: 'secret', secrecyPeriodMonths: 60, copies: 2 }))).toEqual({
      ok: false,
      error: { code: 'VALIDATION', message: '秘密文件须逐份登记份号', fields: { copyNumbers: '秘密文件须逐份登记份号' } },
    });
    // Both wrong at once: both fields named.
    expect(refusal(t, clerk, doc(unit.id, { secrecyLevel: 'topSecret', copies: 2, copyNumbers: [5] }))).toEqual({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: '有 2 处需要修改：绝密文件须填写保密期限（最长30年）；登记了1个份号，与份数2份不符',
        fields: { secrecyPeriodMonths: '绝密文件须填写保密期限（最长30年）', copyNumbers: '登记了1个份号，与份数2份不符' },
      },
    });
  });

  it('refuses 保密期限 or 份号 on a 非密 document', () => {
    const t = open();
    const { clerk, unit } = office(t);
    expect(refusal(t, clerk, doc(unit.id, { secrecyPeriodMonths: 12 }))).toEqual({
      ok: false,
      error: { code: 'VALIDATION', message: '非密文件不填保密期限', fields: { secrecyPeriodMonths: '非密文件不填保密期限' } },
    });
    expect(refusal(t, clerk, doc(unit.id, { copyNumbers: [1] }))).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { copyNumbers: '非密文件不登记份号' } },
    });
  });

  it('saves a good classified registration with its period and copy numbers', () => {
    const t = open();
    const { clerk, unit } = office(t);
    const r = t.ok(
      clerk,
      'incoming.register',
      doc(unit.id, { secrecyLevel: 'secret', secrecyPeriodMonths: 6, copies: 3, copyNumbers: [7, 8, 12], title: '关于某项工作的通报' }),
    );
    expect(r).toMatchObject({
      secrecyLevel: 'secret',
      secrecyPeriodMonths: 6,
      copies: 3,
      copyNumbers: [7, 8, 12],
      title: '关于某项工作的通报',
      titleMasked: false,
    });
    expect(sql(t).prepare('SELECT secrecy_period_months AS p, copy_numbers AS c FROM incoming').get()).toEqual({ p: 6, c: '[7,8,12]' });
  });

  it('applies the same rules on update and leaves the record unchanged when refused', () => {
    const t = open();
    const { clerk, unit } = office(t);
    const r = t.ok(clerk, 'incoming.register', doc(unit.id));
    const before = dump(t, 'incoming');
    expect(t.call(clerk, 'incoming.update', edit(t, clerk, r.id, { secrecyLevel: 'secret', copies: 1, copyNumbers: [1] }))).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { secrecyPeriodMonths: '秘密文件须填写保密期限（最长10年）' } },
    });
    expect(dump(t, 'incoming')).toEqual(before);
  });
});

describe('成文日期 and 报送日期 (R5)', () => {
  const open = useCores();

  it('refuses 成文日期 after 收文日期, naming writtenDate', () => {
    const t = open();
    const { clerk, unit } = office(t);
    expect(t.call(clerk, 'incoming.register', doc(unit.id, { writtenDate: '2026-11-28' }))).toEqual({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: '成文日期（2026年11月28日）不能晚于收文日期（2026年11月27日）',
        fields: { writtenDate: '成文日期（2026年11月28日）不能晚于收文日期（2026年11月27日）' },
      },
    });
    expect(count(t, 'incoming')).toBe(0);
    // The same day is fine.
    expect(t.ok(clerk, 'incoming.register', doc(unit.id, { writtenDate: '2026-11-27' })).writtenDate).toBe('2026-11-27');
  });

  it('compares with the Beijing date of 收文日期时间', () => {
    const t = open();
    const { clerk, unit } = office(t);
    // 2026-11-26 20:00 UTC is 2026-11-27 04:00 in Beijing.
    const r = t.ok(clerk, 'incoming.register', doc(unit.id, { receivedAt: '2026-11-26T20:00:00Z', writtenDate: '2026-11-27' }));
    expect([r.receivedDate, r.submittedDate]).toEqual(['2026-11-27', '2026-11-27']);
  });

  it('报送日期 defaults to 收文日期 when left empty, and keeps a date given', () => {
    const t = open();
    const { clerk, unit } = office(t);
    const empty = t.ok(clerk, 'incoming.register', doc(unit.id, { submittedDate: null }));
    expect(empty.submittedDate).toBe('2026-11-27');
    const omitted = t.ok(clerk, 'incoming.register', doc(unit.id));
    expect(omitted.submittedDate).toBe('2026-11-27');
    const given = t.ok(clerk, 'incoming.register', doc(unit.id, { submittedDate: '2026-11-24' }));
    expect(given.submittedDate).toBe('2026-11-24');
    expect(sql(t).prepare('SELECT submitted_date AS d FROM incoming ORDER BY serial').all()).toEqual([
      { d: '2026-11-27' },
      { d: '2026-11-27' },
      { d: '2026-11-24' },
    ]);
    expect(t.call(clerk, 'incoming.register', doc(unit.id, { submittedDate: '2026-11-19' }))).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { submittedDate: '报送日期（2026年11月19日）不能早于成文日期（2026年11月20日）' } },
    });
    expect(t.call(clerk, 'incoming.register', doc(unit.id, { submittedDate: '2026-11-28' }))).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { submittedDate: '报送日期（2026年11月28日）不能晚于收文日期（2026年11月27日）' } },
    });
    expect(count(t, 'incoming')).toBe(3);
  });
});

describe('来文单位', () => {
  const open = useCores();

  it('must be in the directory and not disabled', () => {
    const t = open();
    const { admin, clerk, unit } = office(t);
    expect(t.call(clerk, 'incoming.register', doc('no-such-unit'))).toEqual({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: '来文单位不在单位名录中，请从名录中选择',
        fields: { fromUnitId: '来文单位不在单位名录中，请从名录中选择' },
      },
    });
    t.ok(admin, 'units.update', { id: unit.id, fullName: '县财政局', category: 'countyDept', disabled: true });
    expect(t.call(clerk, 'incoming.register', doc(unit.id))).toEqual({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: '“县财政局”已停用，请选择其他单位或请管理员启用',
        fields: { fromUnitId: '“县财政局”已停用，请选择其他单位或请管理员启用' },
      },
    });
    expect(count(t, 'incoming')).toBe(0);
  });

  it('an old record whose unit was disabled since can still be corrected, but not moved to a disabled unit', () => {
    const t = open();
    const { admin, clerk, unit } = office(t);
    const other = t.ok(admin, 'units.add', { fullName: '县教育局', category: 'countyDept' });
    const r = t.ok(clerk, 'incoming.register', doc(unit.id));
    const moved = t.ok(clerk, 'incoming.register', doc(other.id));
    t.ok(admin, 'units.update', { id: unit.id, fullName: '县财政局', category: 'countyDept', disabled: true });
    const fixed = t.ok(clerk, 'incoming.update', edit(t, clerk, r.id, { title: '关于做好冬季防火安全工作的通知' }));
    expect([fixed.title, fixed.fromUnitId, fixed.fromUnitName]).toEqual(['关于做好冬季防火安全工作的通知', unit.id, '县财政局']);
    expect(t.call(clerk, 'incoming.update', edit(t, clerk, moved.id, { fromUnitId: unit.id }))).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { fromUnitId: '“县财政局”已停用，请选择其他单位或请管理员启用' } },
    });
  });

  it('fromUnitName is the name at registration and stays when the unit is renamed', () => {
    const t = open();
    const { admin, clerk, unit } = office(t);
    const r = t.ok(clerk, 'incoming.register', doc(unit.id));
    t.ok(admin, 'units.update', { id: unit.id, fullName: '县财政局（县国资局）', category: 'countyDept', disabled: false });
    expect(t.ok(clerk, 'incoming.get', { id: r.id }).fromUnitName).toBe('县财政局');
    // Correcting the record does not pick up the new name either.
    expect(t.ok(clerk, 'incoming.update', edit(t, clerk, r.id, { pages: 4 })).fromUnitName).toBe('县财政局');
    expect(t.ok(clerk, 'incoming.list', {}).rows[0].fromUnitName).toBe('县财政局');
    // A new registration takes the name as it is now.
    expect(t.ok(clerk, 'incoming.register', doc(unit.id)).fromUnitName).toBe('县财政局（县国资局）');
  });

  it('moving a record to another unit takes that unit’s current name', () => {
    const t = open();
    const { admin, clerk, unit } = office(t);
    const other = t.ok(admin, 'units.add', { fullName: '县教育局', category: 'countyDept' });
    const r = t.ok(clerk, 'incoming.register', doc(unit.id));
    const moved = t.ok(clerk, 'incoming.update', edit(t, clerk, r.id, { fromUnitId: other.id }));
    expect([moved.fromUnitId, moved.fromUnitName]).toEqual([other.id, '县教育局']);
  });
});

describe('查重 findEarlier (R3)', () => {
  const open = useCores();

  it('returns the earlier records of the same unit and 来文字号, newest first, honouring excludeId', () => {
    const t = open();
    const { admin, clerk, unit } = office(t);
    const other = t.ok(admin, 'units.add', { fullName: '县教育局', category: 'countyDept' });
    const a = t.ok(clerk, 'incoming.register', doc(unit.id, { title: '甲' }));
    t.ok(clerk, 'incoming.register', doc(unit.id, { title: '乙', docNumber: '凤财发〔2026〕13号' }));
    t.ok(clerk, 'incoming.register', doc(other.id, { title: '丙' }));
    const d = t.ok(clerk, 'incoming.register', doc(unit.id, { title: '丁' }));
    const found = t.ok(clerk, 'incoming.findEarlier', { fromUnitId: unit.id, docNumber: '凤财发〔2026〕12号' });
    expect(found.map((r) => [r.receiptNo, r.title])).toEqual([
      ['收〔2026〕4号', '丁'],
      ['收〔2026〕1号', '甲'],
    ]);
    expect(found[1]).toEqual({
      id: a.id,
      receiptNo: '收〔2026〕1号',
      year: 2026,
      serial: 1,
      receivedDate: '2026-11-27',
      fromUnitName: '县财政局',
      docNumber: '凤财发〔2026〕12号',
      title: '甲',
      titleMasked: false,
      docType: 'notice',
      secrecyLevel: 'none',
      urgency: 'normal',
      incomingClass: 'readOnly',
      copies: 1,
      state: 'registered',
    });
    expect(t.ok(clerk, 'incoming.findEarlier', { fromUnitId: unit.id, docNumber: '凤财发〔2026〕12号', excludeId: d.id }).map((r) => r.id)).toEqual([
      a.id,
    ]);
    expect(t.ok(clerk, 'incoming.findEarlier', { fromUnitId: unit.id, docNumber: '凤财发〔2026〕14号' })).toEqual([]);
    expect(t.ok(clerk, 'incoming.findEarlier', { fromUnitId: other.id, docNumber: '凤财发〔2026〕13号' })).toEqual([]);
  });

  it('leaves tombstoned records out', () => {
    const t = open();
    const { clerk, unit } = office(t);
    const a = t.ok(clerk, 'incoming.register', doc(unit.id));
    sql(t).prepare('UPDATE incoming SET deleted_at = ? WHERE id = ?').run('2026-11-28T02:00:00.000Z', a.id);
    expect(t.ok(clerk, 'incoming.findEarlier', { fromUnitId: unit.id, docNumber: '凤财发〔2026〕12号' })).toEqual([]);
  });
});

describe('重新报送 after 退文 (R7)', () => {
  const open = useCores();

  it('resubmissionOf must point at a returned record', () => {
    const t = open();
    const { clerk, unit } = office(t);
    const first = t.ok(clerk, 'incoming.register', doc(unit.id));
    const notReturned = {
      ok: false,
      error: {
        code: 'VALIDATION',
        message: '只有已退文的收文才能重新报送',
        fields: { resubmissionOf: '只有已退文的收文才能重新报送' },
      },
    };
    expect(t.call(clerk, 'incoming.register', doc(unit.id, { resubmissionOf: first.id }))).toEqual(notReturned);
    expect(t.call(clerk, 'incoming.register', doc(unit.id, { resubmissionOf: 'no-such-record' }))).toEqual(notReturned);
    t.ok(clerk, 'incoming.pass', { id: first.id });
    expect(t.call(clerk, 'incoming.register', doc(unit.id, { resubmissionOf: first.id }))).toEqual(notReturned);
    expect(count(t, 'incoming')).toBe(1);
  });

  it('a resubmission is a new record with a new 收文号, linked both ways', () => {
    const t = open();
    const { admin, clerk, unit } = office(t);
    const first = t.ok(clerk, 'incoming.register', doc(unit.id));
    t.ok(clerk, 'incoming.return', { id: first.id, reasons: [4], opinion: '请修改后重新报送', returnDate: '2026-11-28' });
    const again = t.ok(clerk, 'incoming.register', doc(unit.id, { resubmissionOf: first.id, receivedAt: '2026-11-28T10:00:00+08:00' }));
    expect([again.receiptNo, again.resubmissionOf, again.state, again.resubmittedAs]).toEqual(['收〔2026〕2号', first.id, 'registered', []]);
    expect(t.ok(clerk, 'incoming.get', { id: first.id })).toMatchObject({
      state: 'returned',
      resubmittedAs: [{ id: again.id, receiptNo: '收〔2026〕2号' }],
    });
    // Everyone on the staff sees the link.
    expect(t.ok(admin, 'incoming.get', { id: first.id }).resubmittedAs).toEqual([{ id: again.id, receiptNo: '收〔2026〕2号' }]);
    // resubmissionOf is not part of an update: the link stays.
    expect(t.ok(clerk, 'incoming.update', edit(t, clerk, again.id, { pages: 2 })).resubmissionOf).toBe(first.id);
  });
});

describe('incoming roles', () => {
  const open = useCores();

  it('only the clerk registers; others are refused and the refusal is audited', () => {
    const t = open();
    const { admin, clerk, unit } = office(t);
    addUser(t, admin, 'seal', ['sealKeeper']);
    addUser(t, admin, 'secret', ['secrecyOfficer']);
    const seal = signIn(t, 'seal', PASSWORD);
    const officer = signIn(t, 'secret', PASSWORD);
    for (const s of [admin, seal, officer]) {
      expect(t.call(s, 'incoming.register', doc(unit.id))).toEqual({
        ok: false,
        error: { code: 'FORBIDDEN', message: '您没有“收文登记”的权限。' },
      });
    }
    expect(count(t, 'incoming')).toBe(0);
    expect(auditRows(t).filter((a) => a.title === '拒绝：收文登记').map((a) => a.user_name)).toEqual(['王主任', 'seal', 'secret']);
    const r = t.ok(clerk, 'incoming.register', doc(unit.id));
    for (const s of [admin, seal, officer]) {
      expect(t.call(s, 'incoming.update', edit(t, clerk, r.id, { pages: 9 }))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(t.call(s, 'incoming.pass', { id: r.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(t.call(s, 'incoming.findEarlier', { fromUnitId: unit.id, docNumber: '凤财发〔2026〕12号' })).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
      // Reading is for the whole staff.
      expect(t.ok(s, 'incoming.get', { id: r.id }).receiptNo).toBe('收〔2026〕1号');
    }
  });

  it('the auditor can neither list nor read the register', () => {
    const t = open();
    const { admin, clerk, unit } = office(t);
    addUser(t, admin, 'audit', ['auditor']);
    const auditor = signIn(t, 'audit', PASSWORD);
    const r = t.ok(clerk, 'incoming.register', doc(unit.id));
    expect(t.call(auditor, 'incoming.list', {})).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: '您没有“查找收文”的权限。' } });
    expect(t.call(auditor, 'incoming.get', { id: r.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(t.call(auditor, 'incoming.returnLog', { year: 2026 })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(t.call(auditor, 'incoming.register', doc(unit.id))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe('incoming writes in the change log and the audit trail', () => {
  const open = useCores();

  it('register is one change-log insert and one audit entry with the record id; reads add nothing', () => {
    const t = open();
    const { clerk, unit } = office(t);
    const changes = changeRows(t).length;
    const audits = auditRows(t).length;
    const r = t.ok(clerk, 'incoming.register', doc(unit.id));
    const newChanges = changeRows(t).slice(changes);
    expect(newChanges.map((c) => [c.table_name, c.row_id, c.op])).toEqual([['incoming', r.id, 'insert']]);
    expect(JSON.parse(newChanges[0].fields)).toMatchObject({ id: r.id, receiptNo: '收〔2026〕1号', title: '关于做好冬季防火工作的通知' });
    const newAudits = auditRows(t).slice(audits);
    expect(newAudits.map((a) => [a.method, a.title, a.table_name, a.record_id, a.user_name, a.before])).toEqual([
      ['incoming.register', '收文登记', 'incoming', r.id, '李文秘', null],
    ]);
    expect(JSON.parse(newAudits[0].after!)).toMatchObject({ receiptNo: '收〔2026〕1号', serial: 1, year: 2026 });
    t.ok(clerk, 'incoming.get', { id: r.id });
    t.ok(clerk, 'incoming.list', {});
    t.ok(clerk, 'incoming.list', { q: '防火' });
    t.ok(clerk, 'incoming.findEarlier', { fromUnitId: unit.id, docNumber: '凤财发〔2026〕12号' });
    t.ok(clerk, 'incoming.returnDraft', { id: r.id });
    expect(changeRows(t)).toHaveLength(changes + 1);
    expect(auditRows(t)).toHaveLength(audits + 1);
  });

  it('update, pass and return each leave their entries with the changed fields only', () => {
    const t = open();
    const { clerk, unit } = office(t);
    const r = t.ok(clerk, 'incoming.register', doc(unit.id));
    const changes = changeRows(t).length;
    const audits = auditRows(t).length;

    t.ok(clerk, 'incoming.update', edit(t, clerk, r.id, { title: '关于做好冬季防火安全工作的通知' }));
    t.ok(clerk, 'incoming.pass', { id: r.id });
    const slip = t.ok(clerk, 'incoming.return', { id: r.id, reasons: [2], opinion: '退回', returnDate: '2026-11-28' });
    expect(slip.incomingId).toBe(r.id);
    const slipId = (sql(t).prepare('SELECT id FROM incoming_returns').get() as { id: string }).id;

    expect(changeRows(t).slice(changes).map((c) => [c.table_name, c.row_id, c.op, Object.keys(JSON.parse(c.fields)).sort().join(',')])).toEqual([
      ['incoming', r.id, 'update', 'title'],
      ['incoming', r.id, 'update', 'state'],
      ['incomingReturns', slipId, 'insert', expect.stringContaining('reasons')],
      ['incoming', r.id, 'update', 'state'],
    ]);
    const a = auditRows(t).slice(audits);
    expect(a.map((x) => [x.method, x.table_name, x.record_id])).toEqual([
      ['incoming.update', 'incoming', r.id],
      ['incoming.pass', 'incoming', r.id],
      ['incoming.return', 'incomingReturns', slipId],
      ['incoming.return', 'incoming', r.id],
    ]);
    expect([JSON.parse(a[0].before!), JSON.parse(a[0].after!)]).toEqual([
      { title: '关于做好冬季防火工作的通知' },
      { title: '关于做好冬季防火安全工作的通知' },
    ]);
    expect([JSON.parse(a[1].before!), JSON.parse(a[1].after!)]).toEqual([{ state: 'registered' }, { state: 'screened' }]);
    expect([JSON.parse(a[3].before!), JSON.parse(a[3].after!)]).toEqual([{ state: 'screened' }, { state: 'returned' }]);
  });

  it('saving an unchanged record records nothing', () => {
    const t = open();
    const { clerk, unit } = office(t);
    const r = t.ok(clerk, 'incoming.register', doc(unit.id));
    const changes = changeRows(t).length;
    const audits = auditRows(t).length;
    expect(t.ok(clerk, 'incoming.update', edit(t, clerk, r.id))).toEqual(r);
    expect(changeRows(t)).toHaveLength(changes);
    expect(auditRows(t)).toHaveLength(audits);
  });
});
