import { API, type InputOf } from '../../shared/api';
import { checkSecrecy } from '../../shared/incoming/checks';
import { parseCopyNumbers } from '../../shared/incoming/copy-numbers';
import type { ClassifiedLevel } from '../../shared/incoming/vocabulary';
import { normalizeDateText } from '../common/date-text';
import { schemaErrors, type FieldErrors } from '../form/field-errors';
import { parsePeriod } from '../incoming/form-values';

/** Where the document's facts come from: its classified incoming record, or typed from the paper. */
export type Source = 'incoming' | 'direct';
/** 清退要求: back to the issuer by a date, or kept. */
export type Requirement = 'surrender' | 'keep';

/** The 登记密件 form as typed; keys are the contract's, so the core's refusals land under their fields. */
export interface RegisterValues {
  source: Source;
  incomingId: string | null;
  title: string;
  docNumber: string;
  issuerUnitId: string | null;
  secrecyLevel: ClassifiedLevel | null;
  /** As shown: 10年, 6个月. */
  secrecyPeriodMonths: string;
  receivedDate: string;
  /** As typed: 1-3、5. */
  copyNumbers: string;
  scope: string[];
  requirement: Requirement;
  returnBy: string;
  remarks: string;
}

export const blankRegister = (today: string): RegisterValues => ({
  source: 'incoming',
  incomingId: null,
  title: '',
  docNumber: '',
  issuerUnitId: null,
  secrecyLevel: null,
  secrecyPeriodMonths: '',
  receivedDate: today,
  copyNumbers: '',
  scope: [],
  requirement: 'keep',
  returnBy: '',
  remarks: '',
});

const dateOrNull = (text: string) => {
  const t = normalizeDateText(text);
  return t === '' ? null : t;
};

/** The contract's input; from an incoming record only 知悉范围 and 清退要求 are the form's own. */
export function toRegisterInput(v: RegisterValues): InputOf<'classified.register'> {
  const own = { scope: v.scope, returnBy: v.requirement === 'surrender' ? dateOrNull(v.returnBy) : null, remarks: v.remarks };
  if (v.source === 'incoming') return { incomingId: v.incomingId, ...own };
  const period = parsePeriod(v.secrecyPeriodMonths);
  const copies = v.copyNumbers.trim() === '' ? null : parseCopyNumbers(v.copyNumbers);
  return {
    incomingId: null,
    title: v.title,
    docNumber: v.docNumber,
    issuerUnitId: v.issuerUnitId,
    secrecyLevel: v.secrecyLevel,
    secrecyPeriodMonths: typeof period === 'number' ? period : null,
    receivedDate: dateOrNull(v.receivedDate),
    copyNumbers: Array.isArray(copies) ? copies : null,
    ...own,
  };
}

/** The schema, and the facts the core asks of a document typed from paper (R4), named by the form's fields. */
export function checkRegisterValues(v: RegisterValues): FieldErrors {
  const errors = schemaErrors(API['classified.register'].input, toRegisterInput(v));
  if (v.requirement === 'surrender' && v.returnBy.trim() === '') errors.returnBy ??= '请填写清退期限，或选择留存';
  if (v.source === 'incoming') {
    if (!v.incomingId) errors.incomingId ??= '请从收文登记中选择这份密件';
    return errors;
  }
  if (v.title.trim() === '') errors.title ??= '请填写标题';
  if (!v.issuerUnitId) errors.issuerUnitId ??= '请选择发文机关（清退时交回的单位）';
  if (v.receivedDate.trim() === '') errors.receivedDate ??= '请填写收到日期';
  if (!v.secrecyLevel) {
    errors.secrecyLevel ??= '请选择密级';
    return errors;
  }
  const period = parsePeriod(v.secrecyPeriodMonths);
  if (typeof period === 'string') errors.secrecyPeriodMonths ??= period;
  // 份数 is the number of 份号 typed here, so only the 份号 themselves are checked.
  const secrecy = checkSecrecy({ level: v.secrecyLevel, periodMonths: typeof period === 'number' ? period : null, copies: NaN, copyNumbers: v.copyNumbers });
  for (const [field, message] of Object.entries(secrecy)) errors[field] ??= message;
  return errors;
}
