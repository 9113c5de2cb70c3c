import type { CallContext } from '../api/context';
import type { Role } from '../../../shared/auth/roles';
import type { IncomingRecord, IncomingRow } from '../../../shared/incoming/api';
import type { IncomingState } from '../../../shared/incoming/states';
import type { Addressee, DocType, IncomingClass, SecrecyLevel, Urgency } from '../../../shared/incoming/vocabulary';
import type { RowOf } from '../db/write-path';
import { readSettings } from '../settings/store';

export const MASKED_TITLE = '「密件」';

/** Roles with need to know the titles of classified documents (R33). */
const NEED_TO_KNOW: readonly Role[] = ['clerk', 'secrecyOfficer'];

/** Whether the caller sees classified titles: need to know, or the administrator turned masking off. */
export function seesClassifiedTitles(ctx: CallContext): boolean {
  if (ctx.user?.roles.some((r) => NEED_TO_KNOW.includes(r))) return true;
  return !readSettings(ctx.sqlite).maskClassifiedTitles;
}

/** The columns a list shows. */
export type ListedRow = Pick<
  RowOf<'incoming'>,
  | 'id'
  | 'year'
  | 'serial'
  | 'receiptNo'
  | 'ftsRowid'
  | 'receivedDate'
  | 'fromUnitName'
  | 'docNumber'
  | 'title'
  | 'docType'
  | 'secrecyLevel'
  | 'urgency'
  | 'incomingClass'
  | 'copies'
  | 'state'
>;

export function toRow(r: ListedRow, seesTitles: boolean): IncomingRow {
  const masked = !seesTitles && r.secrecyLevel !== 'none';
  return {
    id: r.id,
    receiptNo: r.receiptNo,
    year: r.year,
    serial: r.serial,
    receivedDate: r.receivedDate,
    fromUnitName: r.fromUnitName,
    docNumber: r.docNumber,
    title: masked ? MASKED_TITLE : r.title,
    titleMasked: masked,
    docType: r.docType as DocType,
    secrecyLevel: r.secrecyLevel as SecrecyLevel,
    urgency: r.urgency as Urgency,
    incomingClass: r.incomingClass as IncomingClass,
    copies: r.copies,
    state: r.state as IncomingState,
  };
}

/** The record's own fields; detail.ts adds its 批示 and 交办. */
export function toRecord(
  r: RowOf<'incoming'>,
  seesTitles: boolean,
  resubmittedAs: IncomingRecord['resubmittedAs'],
): Omit<IncomingRecord, 'assignedFirst' | 'instructions' | 'assignments'> {
  return {
    ...toRow(r, seesTitles),
    receivedAt: r.receivedAt,
    signedBy: r.signedBy,
    fromUnitId: r.fromUnitId,
    writtenDate: r.writtenDate,
    submittedDate: r.submittedDate,
    secrecyPeriodMonths: r.secrecyPeriodMonths,
    copyNumbers: r.copyNumbers,
    pages: r.pages,
    addressee: r.addressee as Addressee,
    proposal: r.proposal,
    proposedBy: r.proposedBy,
    proposedDate: r.proposedDate,
    handlingResult: r.handlingResult,
    doneDate: r.doneDate,
    reply: r.reply,
    archiveNo: r.archiveNo,
    remarks: r.remarks,
    resubmissionOf: r.resubmissionOf,
    resubmittedAs,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}
