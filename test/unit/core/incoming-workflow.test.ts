import { describe, expect, it } from 'vitest';
import type { SessionRef } from '../../../electron/core';
import { setUpOffice, signIn, type TestCore } from '../../helpers/core';
import { addUser, PASSWORD, useCores } from './support';

/** An office with a clerk, three units and a county head in the directory. */
function office(t: TestCore) {
  const admin = setUpOffice(t);
  addUser(t, admin, 'clerk', ['clerk'], '周丽');
  const clerk = signIn(t, 'clerk', PASSWORD);
  const unit = (fullName: string) => t.ok(admin, 'units.add', { fullName, category: 'countyDept' }).id;
  const units = { finance: unit('凤凰县财政局'), water: unit('凤凰县水利局'), farm: unit('凤凰县农业农村局') };
  const head = t.ok(admin, 'people.add', { name: '张建国', title: '县长' }).id;
  return { admin, clerk, units, head };
}

function register(t: TestCore, clerk: SessionRef, fromUnitId: string, extra: Record<string, unknown> = {}) {
  return t.ok(clerk, 'incoming.register', {
    receivedAt: '2026-11-02T09:30:00+08:00',
    signedBy: '周丽',
    fromUnitId,
    docNumber: '凤财发〔2026〕31号',
    title: '关于拨付防汛抗旱资金的请示',
    docType: 'request',
    secrecyLevel: 'none',
    urgency: 'normal',
    copies: 1,
    incomingClass: 'request',
    addressee: 'county',
    ...extra,
  } as never);
}

describe('呈签 and 交办', () => {
  const open = useCores();

  it('takes a 请示 through 拟办 → 呈签 → 批示 → 交办 → 催办 → 反馈 → 办结', () => {
    const t = open();
    const { clerk, units, head } = office(t);
    const doc = register(t, clerk, units.finance);
    t.ok(clerk, 'incoming.pass', { id: doc.id });
    expect(t.ok(clerk, 'incoming.propose', { id: doc.id, proposal: '拟请县长阅示', proposedBy: '陈晓燕', proposedDate: '2026-11-02' }).state).toBe(
      'proposed',
    );
    expect(t.ok(clerk, 'incoming.submit', { id: doc.id }).state).toBe('submitted');
    const signed = t.ok(clerk, 'incoming.instruct', { id: doc.id, leaderId: head, text: '请水利局牵头办理', date: '2026-11-03' });
    expect(signed.state).toBe('instructed');
    expect(signed.instructions).toEqual([
      { id: expect.any(String), leaderId: head, leaderName: '张建国', text: '请水利局牵头办理', date: '2026-11-03', late: false },
    ]);

    // 5 working days from Tuesday 2026-11-03: Wed 4, Thu 5, Fri 6, Mon 9, Tue 10.
    const assigned = t.ok(clerk, 'incoming.assign', {
      id: doc.id,
      hostUnitId: units.water,
      assistUnitIds: [units.farm],
      assignedDate: '2026-11-03',
      deadline: { workingDays: 5 },
    });
    expect(assigned.state).toBe('assigned');
    expect(assigned.assignments.map((a) => [a.unitName, a.role, a.deadline])).toEqual([
      ['凤凰县水利局', 'host', '2026-11-10'],
      ['凤凰县农业农村局', 'assist', '2026-11-10'],
    ]);
    // The TestClock reads 2026-11-28: both are past their deadline.
    expect(assigned.assignments.every((a) => a.overdue && !a.dueSoon)).toBe(true);

    const [water, farm] = assigned.assignments;
    const urged = t.ok(clerk, 'incoming.urge', { assignmentId: water.id, date: '2026-11-11', how: '电话', whom: '水利局办公室', result: '答应本周内报送' });
    expect(urged.urges).toEqual([{ id: expect.any(String), date: '2026-11-11', how: '电话', whom: '水利局办公室', result: '答应本周内报送' }]);

    t.ok(clerk, 'incoming.feedback', { assignmentId: water.id, feedback: '资金已拨付到位', doneDate: '2026-11-20' });
    expect(t.ok(clerk, 'incoming.get', { id: doc.id }).state).toBe('inProgress');
    const refused = t.call(clerk, 'incoming.complete', { id: doc.id, handlingResult: '已办结', doneDate: '2026-11-21' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('凤凰县农业农村局') } });
    t.ok(clerk, 'incoming.feedback', { assignmentId: farm.id, feedback: '配合完成', doneDate: '2026-11-21' });
    const done = t.ok(clerk, 'incoming.complete', { id: doc.id, handlingResult: '资金已拨付，情况已报县长', doneDate: '2026-11-21' });
    expect(done).toMatchObject({ state: 'done', handlingResult: '资金已拨付，情况已报县长', doneDate: '2026-11-21' });
    expect(done.assignments.some((a) => a.overdue)).toBe(false);
  });

  it('R8: an urgent item is assigned before the signature, and the 批示 is recorded later as 补签', () => {
    const t = open();
    const { clerk, units, head } = office(t);
    const doc = register(t, clerk, units.finance, { urgency: 'veryUrgent' });
    t.ok(clerk, 'incoming.pass', { id: doc.id });
    t.ok(clerk, 'incoming.propose', { id: doc.id, proposal: '情况紧急，拟先交水利局办理', proposedBy: '陈晓燕', proposedDate: '2026-11-02' });
    const first = t.ok(clerk, 'incoming.assign', {
      id: doc.id,
      hostUnitId: units.water,
      assignedDate: '2026-11-02',
      deadline: { date: '2026-11-05' },
      assignFirst: true,
    });
    expect(first).toMatchObject({ state: 'assigned', assignedFirst: true });
    const late = t.ok(clerk, 'incoming.instruct', { id: doc.id, leaderId: head, text: '同意先行交办', date: '2026-11-04' });
    expect(late.state).toBe('assigned');
    expect(late.instructions.map((i) => i.late)).toEqual([true]);
  });

  it('a 平件 cannot be assigned before the leader signs', () => {
    const t = open();
    const { clerk, units } = office(t);
    const doc = register(t, clerk, units.finance);
    t.ok(clerk, 'incoming.pass', { id: doc.id });
    t.ok(clerk, 'incoming.propose', { id: doc.id, proposal: '拟请县长阅示', proposedBy: '陈晓燕', proposedDate: '2026-11-02' });
    const r = t.call(clerk, 'incoming.assign', { id: doc.id, hostUnitId: units.water, assignedDate: '2026-11-02', deadline: { workingDays: 5 } });
    expect(r).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(t.ok(clerk, 'incoming.get', { id: doc.id }).assignments).toEqual([]);
  });

  it('R9: the dashboard derives overdue and due-soon from the deadline and today, with the 调休 calendar', () => {
    const t = open();
    const { clerk, units, head } = office(t);
    const assign = (deadline: string) => {
      const doc = register(t, clerk, units.finance, { title: `到期 ${deadline}` });
      t.ok(clerk, 'incoming.pass', { id: doc.id });
      t.ok(clerk, 'incoming.propose', { id: doc.id, proposal: '拟办', proposedBy: '陈晓燕', proposedDate: '2026-11-02' });
      t.ok(clerk, 'incoming.submit', { id: doc.id });
      t.ok(clerk, 'incoming.instruct', { id: doc.id, leaderId: head, text: '同意', date: '2026-11-02' });
      t.ok(clerk, 'incoming.assign', { id: doc.id, hostUnitId: units.water, assignedDate: '2026-11-02', deadline: { date: deadline } });
    };
    // Today is Saturday 2026-11-28; the next 3 working days are Mon 30, Tue 1 and Wed 2 December.
    assign('2026-11-27'); // overdue
    assign('2026-12-02'); // due soon: the third working day
    assign('2026-12-03'); // neither
    const board = t.ok(clerk, 'incoming.dashboard');
    expect(board.overdue.map((a) => a.title)).toEqual(['到期 2026-11-27']);
    expect(board.dueSoon.map((a) => a.title)).toEqual(['到期 2026-12-02']);
    expect(board.registeredThisMonth).toBe(3);
    expect(board.month).toBe('2026-11');
    // Nothing about lateness is stored: the same rows read differently on another day.
    t.clock.ms = Date.parse('2026-12-03T02:00:00Z');
    const later = t.ok(signIn(t, 'clerk', PASSWORD), 'incoming.dashboard');
    expect(later.overdue.map((a) => a.title)).toEqual(['到期 2026-11-27', '到期 2026-12-02']);
  });
});

describe('working-day calendar behind the rules', () => {
  const open = useCores();

  it('a day the administrator changes counts at once in reason 11 (no stale calendar)', () => {
    const t = open();
    const { admin, clerk, units } = office(t);
    // 成文日期 Mon 2026-11-02, 报送日期 = 收文日期 Fri 2026-11-06: Tue–Fri, 4 working days.
    const doc = register(t, clerk, units.finance, { writtenDate: '2026-11-02', receivedAt: '2026-11-06T09:00:00+08:00' });
    expect(t.ok(clerk, 'incoming.returnDraft', { id: doc.id }).workingDays).toBe(4);
    t.ok(admin, 'calendar.set', { date: '2026-11-04', kind: 'holiday', name: '县庆' });
    expect(t.ok(clerk, 'incoming.returnDraft', { id: doc.id }).workingDays).toBe(3);
    t.ok(admin, 'calendar.clear', { date: '2026-11-04' });
    expect(t.ok(clerk, 'incoming.returnDraft', { id: doc.id }).workingDays).toBe(4);
  });
});

describe('incoming.list by 承办单位 and 逾期', () => {
  const open = useCores();

  it('lists the documents assigned to a unit (主办 or 协办), and those overdue today, in every sort and with search', () => {
    const t = open();
    const { clerk, units } = office(t);
    // Today is 2026-11-28 on the test clock.
    const assign = (title: string, host: string, assist: string[], deadline: string) => {
      const doc = register(t, clerk, units.finance, { title });
      t.ok(clerk, 'incoming.pass', { id: doc.id });
      t.ok(clerk, 'incoming.propose', { id: doc.id, proposal: '拟交办', proposedBy: '陈晓燕', proposedDate: '2026-11-02' });
      t.ok(clerk, 'incoming.assign', { id: doc.id, hostUnitId: host, assistUnitIds: assist, assignedDate: '2026-11-02', deadline: { date: deadline }, assignFirst: true });
      return doc.id;
    };
    register(t, clerk, units.finance, { title: '关于防汛物资储备的报告' });
    const late = assign('关于防汛抗旱资金的请示', units.water, [], '2026-11-10');
    const lateDone = assign('关于防汛水库除险的请示', units.water, [units.farm], '2026-11-12');
    for (const a of t.ok(clerk, 'incoming.get', { id: lateDone }).assignments) {
      t.ok(clerk, 'incoming.feedback', { assignmentId: a.id, feedback: '已完成', doneDate: '2026-11-11' });
    }
    t.ok(clerk, 'incoming.complete', { id: lateDone, handlingResult: '已办结', doneDate: '2026-11-11' });
    const dueLater = assign('关于秋冬种生产的请示', units.farm, [units.water], '2026-12-10');
    const farmLate = assign('关于防汛补助的请示', units.farm, [], '2026-11-27');

    const ids = (input: Record<string, unknown>) => t.ok(clerk, 'incoming.list', input as never).rows.map((r) => r.id);
    for (const sort of ['registered', 'receivedDate', 'receiptNo']) {
      expect(ids({ assigneeUnitId: units.water, sort })).toEqual([dueLater, lateDone, late]);
      expect(ids({ overdue: true, sort })).toEqual([farmLate, late]);
      expect(ids({ overdue: true, assigneeUnitId: units.farm, sort })).toEqual([farmLate]);
    }
    expect(ids({ assigneeUnitId: units.water, q: '防汛' })).toEqual([lateDone, late]);
    expect(ids({ overdue: true, q: '资金' })).toEqual([late]);
    // The day after farmLate's deadline it is overdue; on it, it is not: derived from today, never stored.
    t.clock.ms = Date.parse('2026-11-27T10:00:00+08:00');
    expect(ids({ overdue: true })).toEqual([late]);
  });
});
