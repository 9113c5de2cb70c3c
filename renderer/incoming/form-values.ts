import { API, type InputOf } from '../../shared/api';
import type { SessionUser } from '../../shared/auth/api';
import { checkDates, checkSecrecy } from '../../shared/incoming/checks';
import type { IncomingRecord } from '../../shared/incoming/api';
import { formatCopyRanges, parseCopyNumbers } from '../../shared/incoming/copy-numbers';
import {
  formatSecrecyPeriod,
  isClassified,
  SECRECY_PERIODS,
  type Addressee,
  type DocType,
  type IncomingClass,
  type SecrecyLevel,
  type Urgency,
} from '../../shared/incoming/vocabulary';
import { normalizeDateText } from '../common/date-text';
import { shanghaiMinute } from '../common/time';
import type { FieldErrors } from '../form/field-errors';

/**
 * The registration form as typed: every key is the contract's field name, so a
 * refusal from the core lands under the right field; numbers and dates stay text
 * until saving, so a wrong entry keeps what was typed.
 */
export interface RegistrationValues {
  receivedAt: string;
  signedBy: string;
  fromUnitId: string | null;
  docNumber: string;
  title: string;
  docType: DocType | null;
  writtenDate: string;
  submittedDate: string;
  secrecyLevel: SecrecyLevel;
  /** As shown: 10年, 6个月, 1年6个月. */
  secrecyPeriodMonths: string;
  /** As typed: 1-5、7. */
  copyNumbers: string;
  urgency: Urgency;
  copies: string;
  pages: string;
  incomingClass: IncomingClass | null;
  addressee: Addressee | null;
  remarks: string;
}

/** What carries over from one document to the next in a batch (ui.md). */
export type CarriedOver = Pick<RegistrationValues, 'fromUnitId' | 'receivedAt' | 'docType' | 'incomingClass' | 'addressee'>;

export const nowText = () => shanghaiMinute(new Date().toISOString());

export function blankRegistration(user: SessionUser, carried?: CarriedOver): RegistrationValues {
  return {
    receivedAt: carried?.receivedAt ?? nowText(),
    signedBy: user.displayName,
    fromUnitId: carried?.fromUnitId ?? null,
    docNumber: '',
    title: '',
    docType: carried?.docType ?? null,
    writtenDate: '',
    submittedDate: '',
    secrecyLevel: 'none',
    secrecyPeriodMonths: '',
    copyNumbers: '',
    urgency: 'normal',
    copies: '1',
    pages: '',
    incomingClass: carried?.incomingClass ?? null,
    addressee: carried?.addressee ?? null,
    remarks: '',
  };
}

/** The form filled with a registered record, for 修改 and 重新报送. */
export function registrationOf(r: IncomingRecord): RegistrationValues {
  return {
    receivedAt: shanghaiMinute(r.receivedAt),
    signedBy: r.signedBy,
    fromUnitId: r.fromUnitId,
    docNumber: r.docNumber,
    title: r.title,
    docType: r.docType,
    writtenDate: r.writtenDate ?? '',
    submittedDate: r.submittedDate ?? '',
    secrecyLevel: r.secrecyLevel,
    secrecyPeriodMonths: r.secrecyPeriodMonths ? formatSecrecyPeriod(r.secrecyPeriodMonths) : '',
    copyNumbers: r.copyNumbers.length ? formatCopyRanges(r.copyNumbers) : '',
    urgency: r.urgency,
    copies: String(r.copies),
    pages: r.pages === null ? '' : String(r.pages),
    incomingClass: r.incomingClass,
    addressee: r.addressee,
    remarks: r.remarks,
  };
}

export const defaultPeriodText = (level: SecrecyLevel) =>
  isClassified(level) ? formatSecrecyPeriod(SECRECY_PERIODS[level].defaultMonths) : '';

/** '10年', '6个月', '1年6个月', '10' (years) -> months; '' -> null; anything else -> a message. */
export function parsePeriod(text: string): number | null | string {
  const t = text.trim().replace(/\s+/g, '');
  if (t === '') return null;
  const m = /^(?:(\d+)年)?(?:(\d+)个?月)?$/.exec(t);
  if (m && (m[1] || m[2])) return Number(m[1] ?? 0) * 12 + Number(m[2] ?? 0);
  if (/^\d+$/.test(t)) return Number(t) * 12;
  return '保密期限应写成 10年、6个月 或 1年6个月';
}

/** 2026-10-08 09:30 (also 2026/10/8 9:30, or a date alone at 00:00) -> 2026-10-08T09:30:00+08:00. */
export function toReceivedAt(text: string): string {
  const t = text.trim();
  const m = /^(.+?)[\sT]+(\d{1,2})[:：](\d{2})$/.exec(t);
  const date = normalizeDateText(m ? m[1] : t);
  const time = m ? `${m[2].padStart(2, '0')}:${m[3]}` : '00:00';
  return `${date}T${time}:00+08:00`;
}

function intOrText(text: string): number | string {
  const t = text.trim();
  return /^\d+$/.test(t) ? Number(t) : t;
}

const dateOrNull = (text: string) => {
  const t = normalizeDateText(text);
  return t === '' ? null : t;
};

type RegisterInput = InputOf<'incoming.register'>;

/** The contract's input; values that cannot be read are passed on as typed, so the schema names them. */
export function toRegistration(v: RegistrationValues): RegisterInput {
  const classified = isClassified(v.secrecyLevel);
  const period = classified ? parsePeriod(v.secrecyPeriodMonths) : null;
  const copies = classified && v.copyNumbers.trim() !== '' ? parseCopyNumbers(v.copyNumbers) : [];
  return {
    receivedAt: toReceivedAt(v.receivedAt),
    signedBy: v.signedBy,
    fromUnitId: v.fromUnitId ?? '',
    docNumber: v.docNumber,
    title: v.title,
    docType: v.docType as DocType,
    writtenDate: dateOrNull(v.writtenDate),
    submittedDate: dateOrNull(v.submittedDate),
    secrecyLevel: v.secrecyLevel,
    secrecyPeriodMonths: typeof period === 'number' ? period : null,
    copyNumbers: Array.isArray(copies) ? copies : [],
    urgency: v.urgency,
    copies: intOrText(v.copies) as number,
    pages: v.pages.trim() === '' ? null : (intOrText(v.pages) as number),
    incomingClass: v.incomingClass as IncomingClass,
    addressee: v.addressee as Addressee,
    remarks: v.remarks,
  };
}

/** The same checks the core runs (schema, R4, R5), named by the form's fields. */
export function checkRegistrationValues(v: RegistrationValues): FieldErrors {
  const input = toRegistration(v);
  const errors: FieldErrors = {};
  const schema = API['incoming.register'].input.safeParse(input);
  if (!schema.success) {
    for (const issue of schema.error.issues) errors[String(issue.path[0] ?? '_')] ??= issue.message;
  }
  if (isClassified(v.secrecyLevel)) {
    const period = parsePeriod(v.secrecyPeriodMonths);
    if (typeof period === 'string') errors.secrecyPeriodMonths = period;
    const secrecy = checkSecrecy({
      level: v.secrecyLevel,
      periodMonths: typeof period === 'number' ? period : null,
      copies: typeof input.copies === 'number' ? input.copies : NaN,
      copyNumbers: v.copyNumbers,
    });
    for (const [field, message] of Object.entries(secrecy)) errors[field] ??= message;
  }
  if (!errors.receivedAt) {
    const dates = checkDates({
      receivedDate: input.receivedAt.slice(0, 10),
      writtenDate: input.writtenDate,
      submittedDate: input.submittedDate,
    });
    if (dates.receivedDate) errors.receivedAt ??= dates.receivedDate;
    if (dates.writtenDate) errors.writtenDate ??= dates.writtenDate;
    if (dates.submittedDate) errors.submittedDate ??= dates.submittedDate;
  }
  return errors;
}
