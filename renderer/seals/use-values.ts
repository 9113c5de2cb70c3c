import { API, type InputOf } from '../../shared/api';
import { nowInShanghai } from '../../shared/dates';
import type { LedgerEntry } from '../../shared/seals/api';
import type { UseKind, UseMethod } from '../../shared/seals/vocabulary';
import type { FieldErrors } from '../form/field-errors';
import { showMeetingAt, toMeetingAt } from '../outgoing/meeting-time';

/**
 * The 登记用印 form as typed: keys are the contract's field names, so a refusal from the
 * core lands under the right field; times and 份数 stay text until saving.
 */
export interface UseValues {
  sealId: string | null;
  useKind: UseKind;
  outgoingId: string | null;
  /** Typed as 2026-11-05 09:30. */
  usedAt: string;
  reason: string;
  fileName: string;
  copies: string;
  unitId: string | null;
  handler: string;
  approverId: string | null;
  approvedAt: string;
  method: UseMethod;
  remarks: string;
  /** 更正 only. */
  correctionReason: string;
  cancel: boolean;
}

/** The office's clock now, as a time field shows it: the default of 用印时间 and 归还时间. */
export const nowText = () => showMeetingAt(nowInShanghai(new Date()));

/** A fresh line; the seal and kind of the last one carry over, as the custodian stamps in batches. */
export function blankUse(carry?: Pick<UseValues, 'sealId' | 'useKind'>): UseValues {
  return {
    sealId: carry?.sealId ?? null,
    useKind: carry?.useKind ?? 'document',
    outgoingId: null,
    usedAt: nowText(),
    reason: '',
    fileName: '',
    copies: '1',
    unitId: null,
    handler: '',
    approverId: null,
    approvedAt: '',
    method: 'stamp',
    remarks: '',
    correctionReason: '',
    cancel: false,
  };
}

/** The line being corrected, as the form shows it: the custodian changes only what was wrong. */
export function valuesOfEntry(e: LedgerEntry): UseValues {
  return {
    sealId: e.sealId,
    useKind: e.useKind,
    outgoingId: e.outgoingId,
    usedAt: showMeetingAt(e.usedAt),
    reason: e.reason,
    fileName: e.fileName,
    copies: String(e.copies),
    unitId: e.unitId,
    handler: e.handler,
    approverId: e.approverId,
    approvedAt: e.approvedAt ? showMeetingAt(e.approvedAt) : '',
    method: e.method,
    remarks: e.remarks,
    correctionReason: '',
    cancel: false,
  };
}

// Typed text stays text when it is not a number, so the schema names the field.
const int = (t: string) => (/^\d+$/.test(t.trim()) ? Number(t.trim()) : (t as unknown as number));

/** The contract's input: the document for 公文用印, the approver for any other use, never both. */
export function toUseInput(v: UseValues): InputOf<'seals.recordUse'> {
  const other = v.useKind === 'other';
  const approvedAt = v.approvedAt.trim();
  return {
    sealId: v.sealId ?? '',
    useKind: v.useKind,
    outgoingId: other ? null : v.outgoingId,
    usedAt: toMeetingAt(v.usedAt),
    reason: v.reason,
    fileName: v.fileName,
    copies: int(v.copies),
    unitId: v.unitId ?? '',
    handler: v.handler,
    approverId: other ? v.approverId : null,
    approvedAt: other && approvedAt !== '' ? toMeetingAt(approvedAt) : null,
    method: v.method,
    remarks: v.remarks,
  };
}

export function toCorrectionInput(targetId: string, v: UseValues): InputOf<'seals.correct'> {
  return { targetId, correctionReason: v.correctionReason, cancel: v.cancel, ...toUseInput(v) };
}

/** The schema's messages, named by the form's fields, and what must be chosen rather than typed. */
export function checkUseValues(v: UseValues, targetId: string | null): FieldErrors {
  const parsed = targetId ? API['seals.correct'].input.safeParse(toCorrectionInput(targetId, v)) : API['seals.recordUse'].input.safeParse(toUseInput(v));
  const errors: FieldErrors = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) errors[String(issue.path[0] ?? '_')] ??= issue.message;
  }
  if (!v.sealId) errors.sealId = '请选择印章';
  if (!v.unitId) errors.unitId = '请从单位名录中选择申请单位';
  if (v.useKind === 'document' && !v.outgoingId) errors.outgoingId = '公文用印须选择关联发文（已签发并编号的发文）';
  if (v.useKind === 'other') {
    if (!v.approverId) errors.approverId = '其他用印须从人员名录中选择批准人';
    if (v.approvedAt.trim() === '') errors.approvedAt = '其他用印须填写批准时间';
  }
  return errors;
}
