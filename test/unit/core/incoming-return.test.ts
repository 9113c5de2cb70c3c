// 初审 and 退文 in the core: pass, returnDraft (reason 11 on the 调休 calendar, R6),
// return with the clerk's overrule rules, the kept 退文处理单, and the 退文登记.
import { describe, it, expect } from 'vitest';
import type { InputOf } from '../../../shared/api';
import { signIn } from '../../helpers/core';
import { clerkOffice as office, addUser, count, dump, PASSWORD, useCores } from './support';

type Registration = InputOf<'incoming.register'>;

const doc = (fromUnitId: string, over: Partial<Registration> = {}): Registration => ({
  receivedAt: '2026-11-27T09:30:00+08:00',
  signedBy: '李文秘',
  fromUnitId,
  docNumber: '凤财发〔2026〕12号',
  title: '关于申请追加防汛经费的请示',
  docType: 'request',
  writtenDate: '2026-11-20',
  secrecyLevel: 'none',
  urgency: 'normal',
  copies: 1,
  incomingClass: 'request',
  addressee: 'county',
  ...over,
});

/*
 * Working days after 成文日期 2026-09-18 (Fri) on the 2026 calendar as shipped
 * (中秋 09-25..27 off; 国庆 10-01..07 off; 09-20 Sun and 10-10 Sat make-up working days):
 *   09-20 (1, make-up Sunday), 09-21..24 (2-5), 09-25 中秋 off, 09-28..30 (6-8),
 *   10-01..07 off, 10-08 (9), 10-09 (10), 10-10 (11, make-up Saturday),
 *   10-12 (12), 10-13 (13), 10-14 (14), 10-15 (15), 10-16 (16).
 * So 报送日期 10-15 is exactly 15 (on time, the last on-time date) and 10-16 is 16 (late).
 */
const LATE = { writtenDate: '2026-09-18', submittedDate: '2026-10-16', receivedAt: '2026-10-19T09:00:00+08:00' };
const ON_TIME = { writtenDate: '2026-09-18', submittedDate: '2026-10-15', receivedAt: '2026-10-19T09:00:00+08:00' };

describe('初审 incoming.pass', () => {
  const open = useCores();

  it('moves registered → screened once; a second pass is a CONFLICT', () => {
    const t = open();
    const { clerk, unit } = office(t);
    const r = t.ok(clerk, 'incoming.register', doc(unit.id));
    t.clock.advanceMinutes(5);
    const passed = t.ok(clerk, 'incoming.pass', { id: r.id });
    expect([passed.state, passed.updatedAt, passed.createdAt]).toEqual(['screened', '2026-11-28T02:05:00.000Z', '2026-11-28T02:00:00.000Z']);
    expect(t.ok(clerk, 'incoming.get', { id: r.id }).state).toBe('screened');
    const before = dump(t, 'incoming');
    expect(t.call(clerk, 'incoming.pass', { id: r.id })).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: '这份收文已经通过初审，不能再次初审。' },
    });
    expect(dump(t, 'incoming')).toEqual(before);
  });

  it('a returned record cannot be passed; a missing one is NOT_FOUND', () => {
    const t = open();
    const { clerk, unit } = office(t);
    const r = t.ok(clerk, 'incoming.register', doc(unit.id));
    t.ok(clerk, 'incoming.return', { id: r.id, reasons: [2], opinion: '退回', returnDate: '2026-11-28' });
    expect(t.call(clerk, 'incoming.pass', { id: r.id })).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: '这份收文已经退文，不能再次初审。' },
    });
    expect(t.call(clerk, 'incoming.pass', { id: 'no-such-record' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('退文预检 incoming.returnDraft (R6)', () => {
  const open = useCores();

  it('counts 16 working days across 中秋/国庆 with the make-up days: late', () => {
    const t = open();
    const { clerk, unit } = office(t);
    const r = t.ok(clerk, 'incoming.register', doc(unit.id, LATE));
    expect(t.ok(clerk, 'incoming.returnDraft', { id: r.id })).toEqual({ workingDays: 16, reason11: true, lastOnTimeDate: '2026-10-15' });
  });

  it('exactly 15 working days is not late', () => {
    const t = open();
    const { clerk, unit } = office(t);
    const r = t.ok(clerk, 'incoming.register', doc(unit.id, ON_TIME));
    expect(t.ok(clerk, 'incoming.returnDraft', { id: r.id })).toEqual({ workingDays: 15, reason11: false, lastOnTimeDate: '2026-10-15' });
  });

  it('counts through the 国庆 week and the 10-10 make-up Saturday: 09-30 → 10-27 is 15, 10-28 is 16', () => {
    // After 09-30: 10-08 (1), 10-09 (2), 10-10 (3, make-up), 10-12..16 (4-8), 10-19..23 (9-13), 10-26 (14), 10-27 (15), 10-28 (16).
    const t = open();
    const { clerk, unit } = office(t);
    const received = '2026-10-29T09:00:00+08:00';
    const fifteen = t.ok(clerk, 'incoming.register', doc(unit.id, { writtenDate: '2026-09-30', submittedDate: '2026-10-27', receivedAt: received }));
    const sixteen = t.ok(clerk, 'incoming.register', doc(unit.id, { writtenDate: '2026-09-30', submittedDate: '2026-10-28', receivedAt: received }));
    expect(t.ok(clerk, 'incoming.returnDraft', { id: fifteen.id })).toEqual({ workingDays: 15, reason11: false, lastOnTimeDate: '2026-10-27' });
    expect(t.ok(clerk, 'incoming.returnDraft', { id: sixteen.id })).toEqual({ workingDays: 16, reason11: true, lastOnTimeDate: '2026-10-27' });
  });

  it('uses 收文日期 when 报送日期 was left empty, and says nothing without 成文日期', () => {
    const t = open();
    const { clerk, unit } = office(t);
    // 报送日期 defaults to 收文日期 2026-10-16: 16 working days.
    const r = t.ok(clerk, 'incoming.register', doc(unit.id, { writtenDate: '2026-09-18', receivedAt: '2026-10-16T15:00:00+08:00' }));
    expect(r.submittedDate).toBe('2026-10-16');
    expect(t.ok(clerk, 'incoming.returnDraft', { id: r.id })).toEqual({ workingDays: 16, reason11: true, lastOnTimeDate: '2026-10-15' });
    const undated = t.ok(clerk, 'incoming.register', doc(unit.id, { writtenDate: null }));
    expect(t.ok(clerk, 'incoming.returnDraft', { id: undated.id })).toEqual({ workingDays: null, reason11: false, lastOnTimeDate: null });
  });

  it('follows the calendar as the administrator edits it', () => {
    const t = open();
    const { admin, clerk, unit } = office(t);
    const r = t.ok(clerk, 'incoming.register', doc(unit.id, ON_TIME));
    // One more working day inside the span (the Sunday 10-11 declared a working day) makes it late.
    t.ok(admin, 'calendar.set', { date: '2026-10-11', kind: 'workday', name: '加班' });
    expect(t.ok(clerk, 'incoming.returnDraft', { id: r.id })).toEqual({ workingDays: 16, reason11: true, lastOnTimeDate: '2026-10-14' });
  });
});

describe('退文 incoming.return (R6)', () => {
  const open = useCores();

  it('reason 11 ticked when the calendar says late needs no note; reasons are stored sorted', () => {
    const t = open();
    const { clerk, unit } = office(t);
    const r = t.ok(clerk, 'incoming.register', doc(unit.id, LATE));
    const slip = t.ok(clerk, 'incoming.return', {
      id: r.id,
      reasons: [11, 4, 2],
      opinion: '请按要求修改后重新报送',
      remarks: '电话已告知',
      returnDate: '2026-10-20',
    });
    expect(slip).toEqual({
      incomingId: r.id,
      officeName: '凤凰县人民政府办公室',
      receiptNo: '收〔2026〕1号',
      title: '关于申请追加防汛经费的请示',
      fromUnitName: '县财政局',
      docNumber: '凤财发〔2026〕12号',
      receivedDate: '2026-10-19',
      writtenDate: '2026-09-18',
      submittedDate: '2026-10-16',
      reasons: [2, 4, 11],
      workingDays: 16,
      reason11Computed: true,
      reason11Note: '',
      opinion: '请按要求修改后重新报送',
      remarks: '电话已告知',
      handledBy: '李文秘',
      returnDate: '2026-10-20',
    });
    expect(t.core.connection.sqlite.prepare('SELECT reasons, working_days AS w, reason11_computed AS c FROM incoming_returns').get()).toEqual({
      reasons: '[2,4,11]',
      w: 16,
      c: 1,
    });
    expect(t.ok(clerk, 'incoming.get', { id: r.id }).state).toBe('returned');
    expect(t.ok(clerk, 'incoming.returnSlip', { id: r.id })).toEqual(slip);
  });

  it('unticking reason 11 when late needs a note (reason11Note); with a note it works', () => {
    const t = open();
    const { clerk, unit } = office(t);
    const r = t.ok(clerk, 'incoming.register', doc(unit.id, LATE));
    const before = dump(t, 'incoming');
    const msg = '按日历计算报送日期超过成文日期 16 个工作日，取消第11项须说明理由';
    expect(t.call(clerk, 'incoming.return', { id: r.id, reasons: [4], opinion: '退回', returnDate: '2026-10-20' })).toEqual({
      ok: false,
      error: { code: 'VALIDATION', message: msg, fields: { reason11Note: msg } },
    });
    expect(count(t, 'incoming_returns')).toBe(0);
    expect(dump(t, 'incoming')).toEqual(before);
    const slip = t.ok(clerk, 'incoming.return', {
      id: r.id,
      reasons: [4],
      reason11Note: '来文单位说明系邮寄延误',
      opinion: '退回',
      returnDate: '2026-10-20',
    });
    expect([slip.reasons, slip.workingDays, slip.reason11Computed, slip.reason11Note]).toEqual([[4], 16, true, '来文单位说明系邮寄延误']);
  });

  it('ticking reason 11 when not late needs a note; with a note it works', () => {
    const t = open();
    const { clerk, unit } = office(t);
    const r = t.ok(clerk, 'incoming.register', doc(unit.id, ON_TIME));
    const msg = '按日历计算未超过15个工作日，勾选第11项须说明理由';
    expect(t.call(clerk, 'incoming.return', { id: r.id, reasons: [11], opinion: '退回', returnDate: '2026-10-20' })).toEqual({
      ok: false,
      error: { code: 'VALIDATION', message: msg, fields: { reason11Note: msg } },
    });
    // A blank note is no note.
    expect(t.call(clerk, 'incoming.return', { id: r.id, reasons: [11], reason11Note: '   ', opinion: '退回', returnDate: '2026-10-20' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { reason11Note: msg } },
    });
    expect(count(t, 'incoming_returns')).toBe(0);
    const slip = t.ok(clerk, 'incoming.return', {
      id: r.id,
      reasons: [11],
      reason11Note: '成文日期系倒签',
      opinion: '退回',
      returnDate: '2026-10-20',
    });
    expect([slip.reasons, slip.workingDays, slip.reason11Computed, slip.reason11Note]).toEqual([[11], 15, false, '成文日期系倒签']);
  });

  it('without 成文日期 reason 11 is not computed; other reasons need no note', () => {
    const t = open();
    const { clerk, unit } = office(t);
    const r = t.ok(clerk, 'incoming.register', doc(unit.id, { writtenDate: null }));
    const slip = t.ok(clerk, 'incoming.return', { id: r.id, reasons: [12, 3, 7], opinion: '退回', returnDate: '2026-11-28' });
    expect([slip.reasons, slip.workingDays, slip.reason11Computed, slip.writtenDate]).toEqual([[3, 7, 12], null, false, null]);
  });

  it('refuses no reasons, repeated reasons, unknown reasons and a missing opinion', () => {
    const t = open();
    const { clerk, unit } = office(t);
    const r = t.ok(clerk, 'incoming.register', doc(unit.id));
    const base = { id: r.id, opinion: '退回', returnDate: '2026-11-28' };
    expect(t.call(clerk, 'incoming.return', { ...base, reasons: [] })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { reasons: '请至少勾选一项存在问题' } },
    });
    expect(t.call(clerk, 'incoming.return', { ...base, reasons: [2, 2] })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { reasons: '退文理由重复' } },
    });
    expect(t.call(clerk, 'incoming.return', { ...base, reasons: [13 as 12] })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(t.call(clerk, 'incoming.return', { ...base, reasons: [2], opinion: ' ' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { opinion: '请填写处理意见' } },
    });
    expect(count(t, 'incoming_returns')).toBe(0);
  });

  it('refuses a returnDate before 收文日期, storing nothing', () => {
    const t = open();
    const { clerk, unit } = office(t);
    const r = t.ok(clerk, 'incoming.register', doc(unit.id));
    const before = dump(t, 'incoming');
    expect(t.call(clerk, 'incoming.return', { id: r.id, reasons: [2], opinion: '退回', returnDate: '2026-11-26' })).toEqual({
      ok: false,
      error: { code: 'VALIDATION', message: '退文日期不能早于收文日期', fields: { returnDate: '退文日期不能早于收文日期' } },
    });
    expect(count(t, 'incoming_returns')).toBe(0);
    expect(dump(t, 'incoming')).toEqual(before);
    // The 收文日期 itself is fine.
    expect(t.ok(clerk, 'incoming.return', { id: r.id, reasons: [2], opinion: '退回', returnDate: '2026-11-27' }).returnDate).toBe('2026-11-27');
  });

  it('returns only from registered or screened', () => {
    const t = open();
    const { clerk, unit } = office(t);
    const screened = t.ok(clerk, 'incoming.register', doc(unit.id));
    t.ok(clerk, 'incoming.pass', { id: screened.id });
    expect(t.ok(clerk, 'incoming.return', { id: screened.id, reasons: [2], opinion: '退回', returnDate: '2026-11-28' }).incomingId).toBe(screened.id);
    const conflict = { ok: false, error: { code: 'CONFLICT', message: '只有尚未拟办的收文才能退文。' } };
    // Returned already: no second slip.
    expect(t.call(clerk, 'incoming.return', { id: screened.id, reasons: [4], opinion: '再退', returnDate: '2026-11-28' })).toEqual(conflict);
    expect(count(t, 'incoming_returns')).toBe(1);
    // Further down the track (set with raw SQL, as the later stages would leave it).
    for (const state of ['circulating', 'proposed', 'done']) {
      const r = t.ok(clerk, 'incoming.register', doc(unit.id));
      t.core.connection.sqlite.prepare('UPDATE incoming SET state = ? WHERE id = ?').run(state, r.id);
      expect(t.call(clerk, 'incoming.return', { id: r.id, reasons: [2], opinion: '退回', returnDate: '2026-11-28' })).toEqual(conflict);
    }
    expect(count(t, 'incoming_returns')).toBe(1);
  });

  it('only the clerk returns; every staff member reads the slip; no slip without a return', () => {
    const t = open();
    const { admin, clerk, unit } = office(t);
    const r = t.ok(clerk, 'incoming.register', doc(unit.id));
    expect(t.call(admin, 'incoming.return', { id: r.id, reasons: [2], opinion: '退回', returnDate: '2026-11-28' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(t.call(admin, 'incoming.returnDraft', { id: r.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(t.call(clerk, 'incoming.returnSlip', { id: r.id })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: '这份收文没有退文，没有退文处理单。' },
    });
    const slip = t.ok(clerk, 'incoming.return', { id: r.id, reasons: [2], opinion: '退回', returnDate: '2026-11-28' });
    expect(t.ok(admin, 'incoming.returnSlip', { id: r.id })).toEqual(slip);
  });
});

describe('退文处理单 and 退文登记', () => {
  const open = useCores();

  it('the slip keeps the office name of the return day: printing again gives the same slip', () => {
    const t = open();
    const { admin, clerk, unit } = office(t);
    const r = t.ok(clerk, 'incoming.register', doc(unit.id, LATE));
    const slip = t.ok(clerk, 'incoming.return', { id: r.id, reasons: [11], opinion: '退回', returnDate: '2026-10-20' });
    expect(slip.officeName).toBe('凤凰县人民政府办公室');
    t.ok(admin, 'settings.update', { officeName: '凤凰县人民政府办公室（县政务服务中心）' });
    // Renaming the unit and editing the calendar change nothing on a printed slip either.
    t.ok(admin, 'units.update', { id: unit.id, fullName: '县财政局（县国资局）', category: 'countyDept', disabled: false });
    t.ok(admin, 'calendar.set', { date: '2026-10-11', kind: 'workday', name: '加班' });
    const again = t.ok(clerk, 'incoming.returnSlip', { id: r.id });
    expect(again).toEqual(slip);
    expect(t.ok(clerk, 'incoming.returnSlip', { id: r.id })).toEqual(slip);
    expect(t.ok(clerk, 'incoming.returnLog', { year: 2026 })).toEqual([slip]);
    // A return made now carries the new name.
    const next = t.ok(clerk, 'incoming.register', doc(unit.id));
    expect(t.ok(clerk, 'incoming.return', { id: next.id, reasons: [2], opinion: '退回', returnDate: '2026-11-28' }).officeName).toBe(
      '凤凰县人民政府办公室（县政务服务中心）',
    );
  });

  // The slip is "kept as it was, so printing again gives the same slip" (shared/incoming/api.ts ReturnSlip).
  // A returned record is terminal; whether the correction is refused or made, the printed slip must not change
  // (and its 工作日 count must keep agreeing with the dates printed beside it).
  it('correcting a returned record afterwards does not change its printed slip', () => {
    const t = open();
    const { clerk, unit } = office(t);
    const r = t.ok(clerk, 'incoming.register', doc(unit.id, LATE));
    const slip = t.ok(clerk, 'incoming.return', { id: r.id, reasons: [11], opinion: '退回', returnDate: '2026-10-20' });
    const stored = t.ok(clerk, 'incoming.get', { id: r.id });
    t.call(clerk, 'incoming.update', {
      id: r.id,
      receivedAt: stored.receivedAt,
      signedBy: stored.signedBy,
      fromUnitId: stored.fromUnitId!,
      docNumber: '凤财发〔2026〕99号',
      title: '关于申请追加抗旱经费的请示',
      docType: stored.docType,
      writtenDate: '2026-10-12',
      submittedDate: stored.submittedDate,
      secrecyLevel: 'none',
      urgency: stored.urgency,
      copies: stored.copies,
      incomingClass: stored.incomingClass,
      addressee: stored.addressee,
    });
    expect(t.ok(clerk, 'incoming.returnSlip', { id: r.id })).toEqual(slip);
    expect(t.ok(clerk, 'incoming.returnLog', { year: 2026 })).toEqual([slip]);
  });

  it('returnLog lists the year’s returns by return date, newest first', () => {
    const t = open();
    const { clerk, unit } = office(t);
    const reg = (title: string, receivedAt: string) => t.ok(clerk, 'incoming.register', doc(unit.id, { title, receivedAt, writtenDate: null }));
    const a = reg('甲', '2026-11-02T09:00:00+08:00');
    const b = reg('乙', '2026-11-03T09:00:00+08:00');
    const c = reg('丙', '2026-11-04T09:00:00+08:00');
    const d = reg('丁', '2026-12-30T09:00:00+08:00');
    const e = reg('戊', '2026-11-05T09:00:00+08:00');
    reg('己（未退文）', '2026-11-06T09:00:00+08:00');
    const ret = (id: string, returnDate: string) => {
      t.clock.advanceMinutes(1);
      return t.ok(clerk, 'incoming.return', { id, reasons: [2], opinion: '退回', returnDate });
    };
    ret(b.id, '2026-11-20');
    ret(a.id, '2026-11-25');
    ret(c.id, '2026-11-10');
    ret(d.id, '2027-01-05');
    ret(e.id, '2026-11-20'); // same day as 乙, returned later: listed before it
    expect(t.ok(clerk, 'incoming.returnLog', { year: 2026 }).map((s) => [s.title, s.returnDate])).toEqual([
      ['甲', '2026-11-25'],
      ['戊', '2026-11-20'],
      ['乙', '2026-11-20'],
      ['丙', '2026-11-10'],
    ]);
    // The year is the year of the return.
    expect(t.ok(clerk, 'incoming.returnLog', { year: 2027 }).map((s) => [s.title, s.receivedDate, s.returnDate])).toEqual([
      ['丁', '2026-12-30', '2027-01-05'],
    ]);
    expect(t.ok(clerk, 'incoming.returnLog', { year: 2025 })).toEqual([]);
  });

  it('masks a classified title on the slip and in the log for roles without need to know (R33)', () => {
    const t = open();
    const { admin, clerk, unit } = office(t);
    addUser(t, admin, 'seal', ['sealKeeper']);
    addUser(t, admin, 'secret', ['secrecyOfficer']);
    const seal = signIn(t, 'seal', PASSWORD);
    const officer = signIn(t, 'secret', PASSWORD);
    const r = t.ok(
      clerk,
      'incoming.register',
      doc(unit.id, { title: '关于绝密项目选址的请示', secrecyLevel: 'secret', secrecyPeriodMonths: 120, copies: 1, copyNumbers: [3] }),
    );
    const slip = t.ok(clerk, 'incoming.return', { id: r.id, reasons: [6], opinion: '越级行文', returnDate: '2026-11-28' });
    expect(slip.title).toBe('关于绝密项目选址的请示');
    for (const s of [admin, seal]) {
      expect(t.ok(s, 'incoming.returnSlip', { id: r.id })).toEqual({ ...slip, title: '「密件」' });
      expect(t.ok(s, 'incoming.returnLog', { year: 2026 })).toEqual([{ ...slip, title: '「密件」' }]);
    }
    expect(t.ok(officer, 'incoming.returnSlip', { id: r.id })).toEqual(slip);
    expect(t.ok(officer, 'incoming.returnLog', { year: 2026 })).toEqual([slip]);
    t.ok(admin, 'settings.update', { maskClassifiedTitles: false });
    expect(t.ok(admin, 'incoming.returnSlip', { id: r.id }).title).toBe('关于绝密项目选址的请示');
  });
});
