import type { OutgoingRecord, Signature } from '../../../shared/outgoing/api';
import { normativeLengthWarning } from '../../../shared/outgoing/checks';
import { canDo, type OutgoingState, type Step } from '../../../shared/outgoing/states';
import type { Issuer, Matter, MeetingType, Publicity, SignStep } from '../../../shared/outgoing/vocabulary';
import type { DocType, SecrecyLevel, Urgency } from '../../../shared/incoming/vocabulary';
import type { CallContext } from '../api/context';
import { refuse } from '../api/errors';
import { prepared } from '../db/statements';
import { stampsOf } from '../seals/effective';
import type { RowOf } from '../db/write-path';
import { MASKED_TITLE, seesClassifiedTitles } from '../incoming/view';
import { loadWorkCalendar } from '../calendar/work-calendar';
import { minutesDeadlines } from './minutes';

export function mustGet(ctx: CallContext, id: string): RowOf<'outgoing'> {
  const row = ctx.get('outgoing', id);
  if (!row || row.deletedAt) throw refuse('NOT_FOUND', '找不到这份发文，可能已被删除，请刷新。');
  return row;
}

/** Refuses a step the document's state does not allow, naming what must come first (shared/outgoing/states). */
export function mustBeAt(row: RowOf<'outgoing'>, step: Step): void {
  const ok = canDo(step, row.state as OutgoingState);
  if (ok !== true) throw refuse('CONFLICT', `${ok}。`);
}

export function signaturesOf(ctx: CallContext, outgoingId: string): Signature[] {
  return prepared(
    ctx.sqlite,
    `SELECT id, person_id AS personId, person_name AS personName, person_title AS personTitle, step, date
     FROM outgoing_signatures WHERE outgoing_id = ? AND deleted_at IS NULL ORDER BY date, created_at, rowid`,
  ).all(outgoingId) as (Omit<Signature, 'step'> & { step: SignStep })[];
}

/** The document as the API shows it; a classified title is masked for roles without need to know (R33). */
export function recordOf(ctx: CallContext, row: RowOf<'outgoing'>): OutgoingRecord {
  const code = ctx.get('outgoingCodes', row.codeId)!;
  const countersigns = prepared(
    ctx.sqlite,
    `SELECT id, unit_id AS unitId, unit_name AS unitName, who, date FROM outgoing_countersigns
     WHERE outgoing_id = ? AND deleted_at IS NULL ORDER BY date, created_at, rowid`,
  ).all(row.id) as OutgoingRecord['countersigns'];
  const distributions = (
    prepared(
      ctx.sqlite,
      'SELECT id, recipients, date FROM outgoing_distributions WHERE outgoing_id = ? AND deleted_at IS NULL ORDER BY date, created_at, rowid',
    ).all(row.id) as { id: string; recipients: string; date: string }[]
  ).map((d) => ({ ...d, recipients: JSON.parse(d.recipients) as string[] }));
  const masked = row.secrecyLevel !== 'none' && !seesClassifiedTitles(ctx);
  const warning = normativeLengthWarning(row.normative, row.wordCount);
  return {
    id: row.id,
    state: row.state as OutgoingState,
    codeId: row.codeId,
    code: code.code,
    docType: row.docType as DocType,
    title: masked ? MASKED_TITLE : row.title,
    draftUnitId: row.draftUnitId,
    draftUnitName: row.draftUnitName,
    drafter: row.drafter,
    draftDate: row.draftDate,
    mainTo: row.mainTo,
    ccTo: row.ccTo,
    secrecyLevel: row.secrecyLevel as SecrecyLevel,
    secrecyPeriodMonths: row.secrecyPeriodMonths,
    urgency: row.urgency as Urgency,
    publicity: row.publicity as Publicity,
    publicityReason: row.publicityReason,
    normative: row.normative,
    wordCount: row.wordCount,
    issuer: row.issuer as Issuer,
    matter: row.matter as Matter,
    reviewer: row.reviewer,
    reviewDate: row.reviewDate,
    legalReviewer: row.legalReviewer,
    legalReviewDate: row.legalReviewDate,
    legalConclusion: row.legalConclusion,
    filingAuthority: row.filingAuthority,
    filingDate: row.filingDate,
    filingSigner:
      row.filingSignerName === null ? null : { personId: row.filingSignerId, personName: row.filingSignerName, personTitle: row.filingSignerTitle ?? '' },
    writtenDate: row.writtenDate,
    docNumber: row.docNumber,
    numberId: row.numberId,
    copies: row.copies,
    stamps: stampsOf(ctx.sqlite, row.id),
    copyFrom: row.copyFrom,
    copyTo: row.copyTo,
    printedDate: row.printedDate,
    archivedDate: row.archivedDate,
    signatures: signaturesOf(ctx, row.id),
    countersigns,
    distributions,
    meetingType: row.meetingType as MeetingType | null,
    meetingAt: row.meetingAt,
    minutesDeadlines: minutesDeadlines(row, ctx.now, loadWorkCalendar(ctx.sqlite)),
    warnings: warning ? [warning] : [],
  };
}
