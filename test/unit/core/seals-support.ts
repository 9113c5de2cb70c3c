// An office for the seal-ledger tests: a seal keeper, the approvers of art. 21 in the
// people directory, a unit, and a numbered, printed outgoing document to stamp.
import type { InputOf } from '../../../shared/api';
import type { Seal } from '../../../shared/seals/api';
import { signIn, type TestCore } from '../../helpers/core';
import { outgoingOffice, signed, take } from './outgoing-support';
import { addUser, PASSWORD } from './support';

export function sealOffice(t: TestCore) {
  const o = outgoingOffice(t);
  addUser(t, o.admin, 'keeper', ['sealKeeper'], '孙机要');
  const keeper = signIn(t, 'keeper', PASSWORD);
  const seals = t.ok(keeper, 'seals.catalog');
  const seal = (name: string): Seal => seals.find((s) => s.name === name)!;
  return { ...o, keeper, seal, county: seal('县人民政府印章').id, office: seal('县政府办印章').id, head: seal('县长专用章').id };
}

export type SealOffice = ReturnType<typeof sealOffice>;

/** A document signed, numbered and printed with `copies` copies. */
export function printedDoc(t: TestCore, o: SealOffice, copies = 3, extra: Partial<InputOf<'outgoing.draft'>> = {}) {
  const doc = signed(t, o, '2026-11-05', extra);
  take(t, o.clerk, doc.id);
  const classified = extra.secrecyLevel && extra.secrecyLevel !== 'none' ? { copyFrom: 1, copyTo: copies } : {};
  return t.ok(o.clerk, 'outgoing.print', { id: doc.id, copies, printedDate: '2026-11-06', ...classified });
}

/** A 其他用印 approved by `approverId`, stamped on site unless told otherwise. */
export function otherUse(o: SealOffice, sealId: string, approverId: string, extra: Partial<InputOf<'seals.recordUse'>> = {}): InputOf<'seals.recordUse'> {
  return {
    sealId,
    useKind: 'other',
    usedAt: '2026-11-20T09:30',
    reason: '县财政局申请出具证明',
    fileName: '关于某项目资金的证明',
    copies: 2,
    unitId: o.unit,
    handler: '刘经办',
    approverId,
    approvedAt: '2026-11-20T09:00',
    method: 'stamp',
    ...extra,
  };
}

export function documentUse(o: SealOffice, outgoingId: string, copies: number, extra: Partial<InputOf<'seals.recordUse'>> = {}): InputOf<'seals.recordUse'> {
  return {
    sealId: o.office,
    useKind: 'document',
    outgoingId,
    usedAt: '2026-11-20T10:00',
    reason: '发文用印',
    copies,
    unitId: o.unit,
    handler: '周丽',
    method: 'stamp',
    ...extra,
  };
}
