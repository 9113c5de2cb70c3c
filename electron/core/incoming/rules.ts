import { todayInShanghai, yearOf } from '../../../shared/dates';
import { checkDates, checkSecrecy } from '../../../shared/incoming/checks';
import type { ParsedInputOf } from '../../../shared/api';
import type { CallContext } from '../api/context';
import { invalid, refuse } from '../api/errors';
import type { NewRowOf } from '../db/write-path';
import { uuidv7 } from '../ids';
import { formatReceiptNo } from './numbering';

type Registration = Omit<ParsedInputOf<'incoming.register'>, 'resubmissionOf'>;

/** 收文日期 is the office's calendar day of 收文日期时间 (Asia/Shanghai). */
export const receivedDateOf = (receivedAt: string) => todayInShanghai(new Date(receivedAt));

/**
 * The rules a registration must meet before anything is saved (R4, R5), the
 * same functions the form runs while the clerk types. Throws a VALIDATION
 * refusal naming every field at fault.
 */
export function checkRegistration(
  ctx: CallContext,
  input: Registration,
  /** Correcting an old record keeps its unit even if the unit was disabled since. */
  currentUnitId: string | null = null,
): { fromUnitName: string; receivedDate: string } {
  const unit = ctx.get('units', input.fromUnitId);
  if (!unit || unit.deletedAt) throw invalid('fromUnitId', '来文单位不在单位名录中，请从名录中选择');
  if (unit.disabled && unit.id !== currentUnitId) throw invalid('fromUnitId', `“${unit.fullName}”已停用，请选择其他单位或请管理员启用`);
  const receivedDate = receivedDateOf(input.receivedAt);
  const fields: Record<string, string> = {
    ...checkSecrecy({
      level: input.secrecyLevel,
      periodMonths: input.secrecyPeriodMonths,
      copies: input.copies,
      copyNumbers: input.copyNumbers,
    }),
    ...checkDates({ receivedDate, writtenDate: input.writtenDate, submittedDate: input.submittedDate }),
  };
  // checkDates names 收文日期 receivedDate; the form's field is 收文日期时间.
  if (fields.receivedDate) {
    fields.receivedAt = fields.receivedDate;
    delete fields.receivedDate;
  }
  const messages = Object.values(fields);
  if (messages.length) {
    throw refuse('VALIDATION', messages.length === 1 ? messages[0] : `有 ${messages.length} 处需要修改：${messages.join('；')}`, fields);
  }
  return { fromUnitName: unit.fullName, receivedDate };
}

/** The columns the clerk fills in, as stored; shared by registration and correction. */
export function registrationColumns(input: Registration, checked: { fromUnitName: string; receivedDate: string }) {
  return {
    receivedAt: input.receivedAt,
    receivedDate: checked.receivedDate,
    signedBy: input.signedBy,
    fromUnitId: input.fromUnitId,
    fromUnitName: checked.fromUnitName,
    docNumber: input.docNumber,
    title: input.title,
    docType: input.docType,
    writtenDate: input.writtenDate,
    // 报送日期 left empty is the 收文日期 (domain.md [config]).
    submittedDate: input.submittedDate ?? checked.receivedDate,
    secrecyLevel: input.secrecyLevel,
    secrecyPeriodMonths: input.secrecyPeriodMonths,
    copyNumbers: input.copyNumbers,
    urgency: input.urgency,
    copies: input.copies,
    pages: input.pages,
    incomingClass: input.incomingClass,
    addressee: input.addressee,
    remarks: input.remarks,
  };
}

/** The stored row of a new registration: defaults of a fresh record, 收文号 from the counter. */
export function newIncomingRow(
  ctx: CallContext,
  input: Omit<ParsedInputOf<'incoming.register'>, 'resubmissionOf'> & { resubmissionOf: string | null },
  checked: { fromUnitName: string; receivedDate: string },
  numbering: { serial: number; ftsRowid: number },
  prefix: string,
): NewRowOf<'incoming'> {
  const year = yearOf(checked.receivedDate);
  return {
    id: uuidv7(ctx.now.getTime()),
    year,
    serial: numbering.serial,
    receiptNo: formatReceiptNo(prefix, year, numbering.serial),
    ftsRowid: numbering.ftsRowid,
    ...registrationColumns(input, checked),
    state: 'registered',
    proposal: '',
    handlingResult: '',
    reply: '',
    archiveNo: '',
    remarks: input.remarks,
    resubmissionOf: input.resubmissionOf,
    assignedFirst: false,
    createdAt: ctx.at,
    updatedAt: ctx.at,
  };
}
