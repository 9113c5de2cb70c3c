import { describe, expect, it } from 'vitest';
import type { InputOf } from '../../../shared/api';
import { ADMIN, type TestCore } from '../../helpers/core';
import { draft, outgoingOffice, take, type Office } from './outgoing-support';
import { PASSWORD, useCores } from './support';

const at = (local: string) => Date.parse(`${local}+08:00`);

function minutes(t: TestCore, o: Office, extra: Partial<InputOf<'outgoing.draft'>>) {
  return draft(t, o, { codeId: o.code('凤政纪').id, docType: 'minutes', title: '县政府常务会议纪要', ...extra });
}

/** Moves the fixed clock; the idle lock that follows hours of inactivity is lifted again. */
function move(t: TestCore, o: Office, local: string) {
  t.clock.ms = at(local);
  t.call(o.clerk, 'auth.unlock', { password: PASSWORD });
  t.call(o.admin, 'auth.unlock', { password: ADMIN.password });
}

const deadlines = (t: TestCore, o: Office, id: string) => t.ok(o.clerk, 'outgoing.get', { id }).minutesDeadlines;
const refusal = (t: TestCore, o: Office, extra: Partial<InputOf<'outgoing.draft'>>) => {
  const r = t.call(o.clerk, 'outgoing.draft', { ...draftInput(o), ...extra });
  return r.ok ? null : r.error.message;
};
const draftInput = (o: Office): InputOf<'outgoing.draft'> => ({
  codeId: o.code('凤政纪').id,
  docType: 'notice',
  title: '纪要',
  draftUnitId: o.unit,
  drafter: '周丽',
  draftDate: '2026-11-02',
  secrecyLevel: 'none',
  urgency: 'normal',
  publicity: 'active',
  issuer: 'office',
  matter: 'general',
});

describe('会议纪要 (art. 7, R19)', () => {
  const open = useCores();

  it('requires 会议类型 and 会议时间 for 纪要 and refuses them on other documents', () => {
    const t = open();
    const o = outgoingOffice(t);
    expect(refusal(t, o, { docType: 'minutes', meetingAt: '2026-11-02T09:30' })).toContain('须填写会议类型');
    expect(refusal(t, o, { docType: 'minutes', meetingType: 'standing' })).toContain('须填写会议时间');
    expect(refusal(t, o, { meetingType: 'topical' })).toContain('只有文种为纪要的公文才填写会议类型');
    expect(refusal(t, o, { meetingAt: '2026-11-02T09:30' })).toContain('只有文种为纪要的公文才填写会议时间');
    expect(refusal(t, o, { docType: 'minutes', meetingType: 'standing', meetingAt: '2026-11-02 25:00' })).toContain('会议时间');
    expect(refusal(t, o, { docType: 'minutes', meetingType: 'standing', meetingAt: '2026-11-03T09:30' })).toContain('拟稿日期不能早于会议日期');
    const doc = minutes(t, o, { meetingType: 'mayor', meetingAt: '2026-11-02T09:30' });
    expect(doc).toMatchObject({ meetingType: 'mayor', meetingAt: '2026-11-02T09:30' });
    expect(t.ok(o.clerk, 'outgoing.list', { docType: 'minutes' }).rows[0]).toMatchObject({ meetingType: 'mayor', meetingAt: '2026-11-02T09:30' });
    expect(draft(t, o).minutesDeadlines).toEqual([]);
  });

  it('常务会议: 送审终稿 (核稿) within 36 hours of the meeting, due soon in its last 24 hours, on the dashboard', () => {
    const t = open();
    const o = outgoingOffice(t);
    t.clock.ms = at('2026-11-02T10:00:00');
    const doc = minutes(t, o, { meetingType: 'standing', meetingAt: '2026-11-02T09:30' });
    const status = (local: string) => {
      move(t, o, local);
      return deadlines(t, o, doc.id)[0];
    };
    expect(status('2026-11-02T10:00:00')).toMatchObject({ step: 'finalDraft', label: '送审终稿', due: '2026-11-03 21:30', status: 'open', doneDate: null });
    expect(status('2026-11-02T21:29:59').status).toBe('open');
    expect(status('2026-11-02T21:30:00').status).toBe('dueSoon');
    expect(t.ok(o.clerk, 'outgoing.dashboard').minutesDueSoon.map((d) => [d.id, d.due])).toEqual([[doc.id, '2026-11-03 21:30']]);
    expect(status('2026-11-03T21:30:00').status).toBe('dueSoon');
    expect(status('2026-11-03T21:30:01').status).toBe('overdue');
    const board = t.ok(o.clerk, 'outgoing.dashboard');
    expect(board.minutesDueSoon).toEqual([]);
    expect(board.minutesOverdue[0]).toMatchObject({ id: doc.id, title: '县政府常务会议纪要', meetingType: 'standing', label: '送审终稿' });

    t.ok(o.clerk, 'outgoing.review', { id: doc.id, reviewer: '钱副主任', date: '2026-11-04' });
    expect(status('2026-11-05T09:00:00')).toMatchObject({ status: 'late', doneDate: '2026-11-04' });
    const onTime = minutes(t, o, { meetingType: 'standing', meetingAt: '2026-11-02T09:30' });
    t.ok(o.clerk, 'outgoing.review', { id: onTime.id, reviewer: '钱副主任', date: '2026-11-03' });
    expect(deadlines(t, o, onTime.id)).toEqual([{ step: 'finalDraft', label: '送审终稿', due: '2026-11-03 21:30', doneDate: '2026-11-03', status: 'done' }]);
    expect(t.ok(o.clerk, 'outgoing.dashboard').minutesOverdue).toEqual([]);
  });

  it('other minutes: drafted within 2 days, issued within 5 working days on the 调休 calendar', () => {
    const t = open();
    const o = outgoingOffice(t);
    // Thursday 2026-11-05; Monday 11-09 a holiday: Fri 6, Tue 10, Wed 11, Thu 12, Fri 13.
    t.ok(o.admin, 'calendar.set', { date: '2026-11-09', kind: 'holiday', name: '测试' });
    t.clock.ms = at('2026-11-06T09:00:00');
    const doc = minutes(t, o, { meetingType: 'topical', meetingAt: '2026-11-05T15:00', draftDate: '2026-11-06', title: '专题会议纪要' });
    const late = minutes(t, o, { meetingType: 'plenary', meetingAt: '2026-11-05T15:00', draftDate: '2026-11-09' });
    expect(deadlines(t, o, doc.id)).toEqual([
      { step: 'drafted', label: '完成起草', due: '2026-11-07', doneDate: '2026-11-06', status: 'done' },
      { step: 'issued', label: '印发', due: '2026-11-13', doneDate: null, status: 'open' },
    ]);
    expect(deadlines(t, o, late.id)[0]).toMatchObject({ due: '2026-11-07', status: 'late' });

    const issued = (local: string) => {
      move(t, o, local);
      return deadlines(t, o, doc.id)[1].status;
    };
    expect(issued('2026-11-11T09:00:00')).toBe('open');
    expect(issued('2026-11-12T09:00:00')).toBe('dueSoon');
    expect(t.ok(o.clerk, 'outgoing.dashboard').minutesDueSoon.map((d) => [d.title, d.due])).toEqual([
      ['专题会议纪要', '2026-11-13'],
      ['县政府常务会议纪要', '2026-11-13'],
    ]);
    expect(issued('2026-11-14T09:00:00')).toBe('overdue');
    // A make-up working Saturday (调休) brings the deadline a day earlier.
    t.ok(o.admin, 'calendar.set', { date: '2026-11-07', kind: 'workday', name: '调休' });
    expect(deadlines(t, o, doc.id)[1].due).toBe('2026-11-12');

    t.ok(o.clerk, 'outgoing.review', { id: doc.id, reviewer: '钱副主任', date: '2026-11-06' });
    t.ok(o.clerk, 'outgoing.sign', { id: doc.id, personId: o.people.director, step: 'sign', date: '2026-11-10' });
    take(t, o.clerk, doc.id);
    t.ok(o.clerk, 'outgoing.print', { id: doc.id, copies: 30, printedDate: '2026-11-12' });
    expect(deadlines(t, o, doc.id)[1]).toMatchObject({ doneDate: '2026-11-12', status: 'done' });
    expect(t.ok(o.clerk, 'outgoing.dashboard').minutesOverdue.map((d) => d.id)).toEqual([late.id]);
  });

  it('dashboard: drafts waiting for 签发 and signed documents without a number, counted and listed', () => {
    const t = open();
    const o = outgoingOffice(t);
    const a = draft(t, o);
    const b = draft(t, o, { title: '关于核稿后的通知' });
    t.ok(o.clerk, 'outgoing.review', { id: b.id, reviewer: '钱副主任', date: '2026-11-03' });
    const c = draft(t, o);
    t.ok(o.clerk, 'outgoing.review', { id: c.id, reviewer: '钱副主任', date: '2026-11-03' });
    t.ok(o.clerk, 'outgoing.sign', { id: c.id, personId: o.people.director, step: 'sign', date: '2026-11-05' });
    const board = t.ok(o.clerk, 'outgoing.dashboard');
    expect(board.awaitingSignatureCount).toBe(2);
    expect(board.awaitingSignature.map((r) => r.id)).toEqual([a.id, b.id]);
    expect(board.signedUnnumberedCount).toBe(1);
    expect(board.signedUnnumbered[0]).toMatchObject({ id: c.id, docNumber: '', state: 'signed' });
    take(t, o.clerk, c.id);
    expect(t.ok(o.clerk, 'outgoing.dashboard').signedUnnumberedCount).toBe(0);
  });
});
