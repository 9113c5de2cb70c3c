// An office for the classified-register tests: a confidential officer, a clerk, readers
// in the people directory and an issuing unit; helpers to register and move copies.
import type { InputOf } from '../../../shared/api';
import type { ClassifiedDoc } from '../../../shared/classified/api';
import { setUpOffice, signIn, type TestCore } from '../../helpers/core';
import { addUser, PASSWORD } from './support';

export function classifiedOffice(t: TestCore) {
  const admin = setUpOffice(t);
  addUser(t, admin, 'officer', ['secrecyOfficer'], '郑保密');
  addUser(t, admin, 'clerk', ['clerk'], '李文秘');
  const officer = signIn(t, 'officer', PASSWORD);
  const clerk = signIn(t, 'clerk', PASSWORD);
  const issuer = t.ok(admin, 'units.add', { fullName: '市人民政府办公室', category: 'higherLevel' }).id;
  const person = (name: string, title: string) => t.ok(admin, 'people.add', { name, title }).id;
  const readers = { a: person('张建国', '县长'), b: person('李常务', '常务副县长'), c: person('王副县', '副县长') };
  const director = person('赵主任', '办公室主任');
  return { admin, officer, clerk, issuer, readers, director };
}

export type ClassifiedOffice = ReturnType<typeof classifiedOffice>;

/** A 机密 document of three copies (份号 1–3) that readers A and B may read, kept (no 清退). */
export function registerSecret(t: TestCore, o: ClassifiedOffice, extra: Partial<InputOf<'classified.register'>> = {}): ClassifiedDoc {
  return t.ok(o.officer, 'classified.register', {
    title: '关于某重大事项的通报',
    docNumber: '市办机〔2026〕5号',
    issuerUnitId: o.issuer,
    secrecyLevel: 'confidential',
    secrecyPeriodMonths: 120,
    receivedDate: '2026-11-20',
    copyNumbers: [1, 2, 3],
    scope: [o.readers.a, o.readers.b],
    ...extra,
  });
}

export const copyOf = (doc: ClassifiedDoc, copyNo: number) => doc.copies.find((c) => c.copyNo === copyNo)!;
