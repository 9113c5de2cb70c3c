// An office for the outgoing-register tests: a clerk, a unit, the signers of art. 17
// in the people directory, and helpers that walk a document along its states.
import type { SessionRef } from '../../../electron/core';
import type { InputOf } from '../../../shared/api';
import type { NumberCounter, OutgoingRecord } from '../../../shared/outgoing/api';
import { setUpOffice, signIn, type TestCore } from '../../helpers/core';
import { addUser, PASSWORD } from './support';

export function outgoingOffice(t: TestCore) {
  const admin = setUpOffice(t);
  addUser(t, admin, 'clerk', ['clerk'], '周丽');
  const clerk = signIn(t, 'clerk', PASSWORD);
  const unit = t.ok(admin, 'units.add', { fullName: '凤凰县财政局', category: 'countyDept' }).id;
  const person = (name: string, title: string) => t.ok(admin, 'people.add', { name, title }).id;
  const people = {
    head: person('张建国', '县长'),
    executive: person('李常务', '常务副县长'),
    deputy: person('王副县', '副县长'),
    director: person('赵主任', '办公室主任'),
    deputyDirector: person('钱副主任', '办公室副主任'),
  };
  const counters = t.ok(clerk, 'outgoing.codes');
  const code = (c: string) => findCode(counters, c);
  return { admin, clerk, unit, people, counters, code };
}

export function findCode(counters: NumberCounter[], code: string) {
  for (const c of counters) for (const k of c.codes) if (k.code === code) return { ...k, counter: c };
  throw new Error(`no code ${code}`);
}

export type Office = ReturnType<typeof outgoingOffice>;

export function draft(t: TestCore, o: Office, extra: Partial<InputOf<'outgoing.draft'>> = {}): OutgoingRecord {
  return t.ok(o.clerk, 'outgoing.draft', {
    codeId: o.code('凤政办发').id,
    docType: 'notice',
    title: '关于做好冬季防火工作的通知',
    draftUnitId: o.unit,
    drafter: '周丽',
    draftDate: '2026-11-02',
    mainTo: '各乡镇人民政府，县直各单位',
    secrecyLevel: 'none',
    urgency: 'normal',
    publicity: 'active',
    issuer: 'office',
    matter: 'general',
    ...extra,
  });
}

/** A reviewed document signed by the office director on the given date. */
export function signed(t: TestCore, o: Office, date = '2026-11-05', extra: Partial<InputOf<'outgoing.draft'>> = {}): OutgoingRecord {
  const doc = draft(t, o, extra);
  t.ok(o.clerk, 'outgoing.review', { id: doc.id, reviewer: '钱副主任', date: '2026-11-03' });
  return t.ok(o.clerk, 'outgoing.sign', { id: doc.id, personId: o.people.director, step: 'sign', date });
}

export const take = (t: TestCore, clerk: SessionRef, id: string) => t.ok(clerk, 'outgoing.takeNumber', { id });
