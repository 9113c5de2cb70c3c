import { maySign } from '../../../shared/outgoing/signers';
import { SECRECY_LEVEL_LABELS, type SecrecyLevel } from '../../../shared/incoming/vocabulary';
import type { Issuer, Matter } from '../../../shared/outgoing/vocabulary';
import type { CallContext } from '../api/context';
import type { Handlers } from '../api/dispatcher';
import { invalid, refuse } from '../api/errors';
import { uuidv7 } from '../ids';
import { ensureDefaultCodes } from './codes';
import { mustBeAt, mustGet, recordOf, signaturesOf } from './detail';
import { newOutgoingRow } from './draft';

function notBefore(field: string, date: string, earliest: string | null, what: string, earlierName: string) {
  if (earliest && date < earliest) throw invalid(field, `${what}不能早于${earlierName}（${earliest}）`);
}

const insertChild = (ctx: CallContext) => ({ id: uuidv7(ctx.now.getTime()), createdAt: ctx.at, updatedAt: ctx.at });

export const outgoingHandlers: Pick<
  Handlers,
  | 'outgoing.draft'
  | 'outgoing.get'
  | 'outgoing.review'
  | 'outgoing.countersign'
  | 'outgoing.sign'
  | 'outgoing.legalReview'
  | 'outgoing.print'
  | 'outgoing.distribute'
  | 'outgoing.archive'
> = {
  'outgoing.draft': (ctx, input) => {
    ensureDefaultCodes(ctx);
    return recordOf(ctx, ctx.insert('outgoing', newOutgoingRow(ctx, input, input.codeId)));
  },

  'outgoing.get': (ctx, { id }) => recordOf(ctx, mustGet(ctx, id)),

  'outgoing.review': (ctx, input) => {
    const row = mustGet(ctx, input.id);
    mustBeAt(row, 'review');
    notBefore('date', input.date, row.draftDate, '核稿日期', '拟稿日期');
    return recordOf(ctx, ctx.update('outgoing', row.id, { reviewer: input.reviewer, reviewDate: input.date, updatedAt: ctx.at }));
  },

  'outgoing.countersign': (ctx, input) => {
    const row = mustGet(ctx, input.id);
    mustBeAt(row, 'countersign');
    notBefore('date', input.date, row.draftDate, '会签日期', '拟稿日期');
    const unit = ctx.get('units', input.unitId);
    if (!unit || unit.deletedAt || unit.disabled) throw invalid('unitId', '会签单位须从单位名录中选择（不能是已停用的单位）');
    ctx.insert('outgoingCountersigns', { ...insertChild(ctx), outgoingId: row.id, unitId: unit.id, unitName: unit.fullName, who: input.who, date: input.date });
    return recordOf(ctx, row);
  },

  /** Art. 17: each 审核/签发 by a person of the directory; a 签发 only by a 职务 allowed for this document. */
  'outgoing.sign': (ctx, input) => {
    const row = mustGet(ctx, input.id);
    mustBeAt(row, 'sign');
    if (!row.reviewer) throw refuse('CONFLICT', '请先登记核稿（核稿人和日期），再登记审核或签发。');
    notBefore('date', input.date, row.reviewDate, '签批日期', '核稿日期');
    const person = ctx.get('people', input.personId);
    if (!person || person.deletedAt || person.disabled) throw invalid('personId', '签批人须从人员名录中选择（不能是已停用的人员）');
    if (input.step === 'sign') {
      const allowed = maySign(row.issuer as Issuer, row.matter as Matter, person.title);
      if (allowed !== true) throw invalid('personId', `${person.name}（${person.title}）：${allowed}`);
    }
    ctx.insert('outgoingSignatures', {
      ...insertChild(ctx),
      outgoingId: row.id,
      personId: person.id,
      personName: person.name,
      personTitle: person.title,
      step: input.step,
      date: input.date,
    });
    // 成文日期 is the last 签发 date, derived again on every signature.
    const signDates = signaturesOf(ctx, row.id).filter((s) => s.step === 'sign').map((s) => s.date);
    if (signDates.length === 0) return recordOf(ctx, row);
    const writtenDate = signDates.reduce((a, b) => (a > b ? a : b));
    return recordOf(ctx, ctx.update('outgoing', row.id, { state: 'signed', writtenDate, updatedAt: ctx.at }));
  },

  'outgoing.legalReview': (ctx, input) => {
    const row = mustGet(ctx, input.id);
    if (!row.normative) throw refuse('CONFLICT', '只有规范性文件需要登记合法性审查。');
    mustBeAt(row, 'legalReview');
    notBefore('date', input.date, row.draftDate, '审查日期', '拟稿日期');
    const patch = { legalReviewer: input.reviewer, legalReviewDate: input.date, legalConclusion: input.conclusion, updatedAt: ctx.at };
    return recordOf(ctx, ctx.update('outgoing', row.id, patch));
  },

  'outgoing.print': (ctx, input) => {
    const row = mustGet(ctx, input.id);
    mustBeAt(row, 'print');
    // R16: a document is not sent out before it was written.
    notBefore('printedDate', input.printedDate, row.writtenDate, '印发日期', '成文日期');
    const classified = row.secrecyLevel !== 'none';
    const { copyFrom, copyTo, copies } = input;
    if (classified && (copyFrom === null || copyTo === null)) {
      throw invalid('copyFrom', `${SECRECY_LEVEL_LABELS[row.secrecyLevel as SecrecyLevel]}文件须填写份号起止`);
    }
    if ((copyFrom === null) !== (copyTo === null)) throw invalid('copyTo', '份号起止须同时填写');
    if (copyFrom !== null && copyTo !== null) {
      if (copyFrom > copyTo) throw invalid('copyTo', '终止份号不能小于起始份号');
      if (copyTo > copies) throw invalid('copyTo', `份号应在1至印数${copies}之间`);
    }
    const patch = { copies, copyFrom, copyTo, printedDate: input.printedDate, state: 'printed', updatedAt: ctx.at };
    return recordOf(ctx, ctx.update('outgoing', row.id, patch));
  },

  'outgoing.distribute': (ctx, input) => {
    const row = mustGet(ctx, input.id);
    mustBeAt(row, 'distribute');
    notBefore('date', input.date, row.printedDate, '分发日期', '印发日期');
    ctx.insert('outgoingDistributions', { ...insertChild(ctx), outgoingId: row.id, recipients: input.recipients, date: input.date });
    return recordOf(ctx, ctx.update('outgoing', row.id, { state: 'distributed', updatedAt: ctx.at }));
  },

  'outgoing.archive': (ctx, input) => {
    const row = mustGet(ctx, input.id);
    mustBeAt(row, 'archive');
    notBefore('date', input.date, row.printedDate, '归档日期', '印发日期');
    return recordOf(ctx, ctx.update('outgoing', row.id, { state: 'archived', archivedDate: input.date, updatedAt: ctx.at }));
  },
};
