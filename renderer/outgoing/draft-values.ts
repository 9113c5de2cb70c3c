import { API, type InputOf } from '../../shared/api';
import type { SessionUser } from '../../shared/auth/api';
import { checkSecrecy } from '../../shared/incoming/checks';
import { formatSecrecyPeriod, isClassified, type DocType, type SecrecyLevel, type Urgency } from '../../shared/incoming/vocabulary';
import { checkPublicity } from '../../shared/outgoing/checks';
import type { OutgoingRecord } from '../../shared/outgoing/api';
import type { Issuer, Matter, MeetingType, Publicity } from '../../shared/outgoing/vocabulary';
import { normalizeDateText } from '../common/date-text';
import type { FieldErrors } from '../form/field-errors';
import { parsePeriod } from '../incoming/form-values';
import { today } from '../incoming/workflow/dates';
import { showMeetingAt, toMeetingAt } from './meeting-time';

/**
 * The 拟稿 form as typed: keys are the contract's field names, so a refusal from the core
 * lands under the right field; numbers and dates stay text until saving.
 */
export interface DraftValues {
  codeId: string | null;
  /** 补录历史文号 only: the number and 成文日期 from the paper register. */
  docNumber: string;
  writtenDate: string;
  docType: DocType | null;
  title: string;
  issuer: Issuer;
  matter: Matter;
  draftUnitId: string | null;
  drafter: string;
  draftDate: string;
  mainTo: string;
  ccTo: string;
  secrecyLevel: SecrecyLevel;
  /** As shown: 10年, 6个月. */
  secrecyPeriodMonths: string;
  urgency: Urgency;
  publicity: Publicity;
  publicityReason: string;
  normative: boolean;
  wordCount: string;
  /** 纪要 only: the meeting, its time typed as 2026-10-08 09:30. */
  meetingType: MeetingType | null;
  meetingAt: string;
}

export function blankDraft(user: SessionUser): DraftValues {
  return {
    codeId: null,
    docNumber: '',
    writtenDate: '',
    docType: null,
    title: '',
    issuer: 'office',
    matter: 'general',
    draftUnitId: null,
    drafter: user.displayName,
    draftDate: today(),
    mainTo: '',
    ccTo: '',
    secrecyLevel: 'none',
    secrecyPeriodMonths: '',
    urgency: 'normal',
    publicity: 'active',
    publicityReason: '',
    normative: false,
    wordCount: '',
    meetingType: null,
    meetingAt: '',
  };
}

/** The stored draft as the form shows it, for 修改 (outgoing.updateDraft). */
export function draftValuesOf(r: OutgoingRecord): DraftValues {
  return {
    codeId: r.codeId,
    docNumber: '',
    writtenDate: '',
    docType: r.docType,
    title: r.title,
    issuer: r.issuer,
    matter: r.matter,
    draftUnitId: r.draftUnitId,
    drafter: r.drafter,
    draftDate: r.draftDate,
    mainTo: r.mainTo,
    ccTo: r.ccTo,
    secrecyLevel: r.secrecyLevel,
    secrecyPeriodMonths: r.secrecyPeriodMonths ? formatSecrecyPeriod(r.secrecyPeriodMonths) : '',
    urgency: r.urgency,
    publicity: r.publicity,
    publicityReason: r.publicityReason,
    normative: r.normative,
    wordCount: r.wordCount === null ? '' : String(r.wordCount),
    meetingType: r.meetingType,
    meetingAt: r.meetingAt ? showMeetingAt(r.meetingAt) : '',
  };
}

type DraftInput = InputOf<'outgoing.draft'>;

/** The contract's input; what cannot be read is passed on as typed, so the schema names it. */
export function toDraftInput(v: DraftValues): DraftInput {
  const period = isClassified(v.secrecyLevel) ? parsePeriod(v.secrecyPeriodMonths) : null;
  const words = v.wordCount.trim();
  // Meeting fields filled before the 文种 changed away from 纪要 are not part of the document.
  const minutes = v.docType === 'minutes';
  const meetingAt = v.meetingAt.trim();
  return {
    codeId: v.codeId ?? '',
    docType: v.docType as DocType,
    title: v.title,
    draftUnitId: v.draftUnitId ?? '',
    drafter: v.drafter,
    draftDate: normalizeDateText(v.draftDate),
    mainTo: v.mainTo,
    ccTo: v.ccTo,
    secrecyLevel: v.secrecyLevel,
    secrecyPeriodMonths: typeof period === 'number' ? period : null,
    urgency: v.urgency,
    publicity: v.publicity,
    publicityReason: v.publicity === 'active' ? '' : v.publicityReason,
    normative: v.normative,
    wordCount: v.normative && words !== '' ? (/^\d+$/.test(words) ? Number(words) : (words as unknown as number)) : null,
    issuer: v.issuer,
    matter: v.matter,
    meetingType: minutes ? v.meetingType : null,
    meetingAt: minutes && meetingAt !== '' ? toMeetingAt(meetingAt) : null,
  };
}

export function toHistoricalInput(v: DraftValues): InputOf<'outgoing.recordHistoricalNumber'> {
  const { codeId: _code, ...rest } = toDraftInput(v);
  return { ...rest, docNumber: v.docNumber, writtenDate: normalizeDateText(v.writtenDate) };
}

/** The checks the core runs (schema, 保密期限, R18), named by the form's fields. */
export function checkDraftValues(v: DraftValues, historical: boolean): FieldErrors {
  const errors: FieldErrors = {};
  const parsed = historical
    ? API['outgoing.recordHistoricalNumber'].input.safeParse(toHistoricalInput(v))
    : API['outgoing.draft'].input.safeParse(toDraftInput(v));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) errors[String(issue.path[0] ?? '_')] ??= issue.message;
  }
  if (isClassified(v.secrecyLevel)) {
    const period = parsePeriod(v.secrecyPeriodMonths);
    // 份号 belong to 印制 here, not to the draft: only the period is checked now, as the core does.
    const found = typeof period === 'string' ? period : checkSecrecy({ level: v.secrecyLevel, periodMonths: period, copies: 0, copyNumbers: [] }).secrecyPeriodMonths;
    if (found) errors.secrecyPeriodMonths = found;
  }
  for (const [field, message] of Object.entries(checkPublicity(v.secrecyLevel, v.publicity, v.publicityReason))) errors[field] ??= message;
  if (!v.codeId && !historical) errors.codeId = '请选择机关代字';
  if (!v.draftUnitId) errors.draftUnitId = '请从单位名录中选择拟稿单位';
  if (v.docType === 'minutes') {
    if (!v.meetingType) errors.meetingType = '文种为纪要的，须填写会议类型';
    if (v.meetingAt.trim() === '') errors.meetingAt = '文种为纪要的，须填写会议时间';
  }
  return errors;
}
