import { maySign, maySignFiling } from '../../../shared/outgoing/signers';
import { SECRECY_LEVEL_LABELS, type SecrecyLevel } from '../../../shared/incoming/vocabulary';
import type { Issuer, Matter } from '../../../shared/outgoing/vocabulary';
import type { CallContext } from '../api/context';
import type { Handlers } from '../api/dispatcher';
import { invalid, refuse } from '../api/errors';
import { prepared } from '../db/statements';
import type { RowOf } from '../db/write-path';
import { uuidv7 } from '../ids';
import { ensureDefaultCodes } from './codes';
import { mustBeAt, mustGet, recordOf, signaturesOf } from './detail';
import { checkedDraftColumns, newOutgoingRow } from './draft';

function notBefore(field: string, date: string, earliest: string | null, what: string, earlierName: string) {
  if (earliest && date < earliest) throw invalid(field, `${what}不能早于${earlierName}（${earliest}）`);
}

/**
 * A draft is corrected only before any 签发: the signed text is what the leader approved,
 * and a number is taken only after 签发.
 */
function mustBeUnsigned(ctx: CallContext, row: RowOf<'outgoing'>): void {
  if (row.docNumber) throw refuse('CONFLICT', `这份发文已编号（${row.docNumber}），拟稿内容不能再修改。`);
  const signed = row.state !== 'draft' || signaturesOf(ctx, row.id).some((s) => s.step === 'sign');
  if (signed) {
    throw refuse(
      'CONFLICT',
      `这份发文已签发${row.writtenDate ? `（${row.writtenDate}）` : ''}，拟稿内容不能再修改：签发稿是领导审定的文本。确需改动的，请重新拟稿并送签。`,
    );
  }
}

/** The earliest date recorded on a draft since it was drafted (核稿, 会签, 审核, 合法性审查), with its name. */
function earliestStepDate(ctx: CallContext, row: RowOf<'outgoing'>): { date: string; name: string } | null {
  const dates: { date: string; name: string }[] = [];
  if (row.reviewDate) dates.push({ date: row.reviewDate, name: '核稿日期' });
  if (row.legalReviewDate) dates.push({ date: row.legalReviewDate, name: '合法性审查日期' });
  for (const s of signaturesOf(ctx, row.id)) dates.push({ date: s.date, name: '审核日期' });
  const countersigns = prepared(ctx.sqlite, 'SELECT date FROM outgoing_countersigns WHERE outgoing_id = ? AND deleted_at IS NULL').all(row.id) as { date: string }[];
  for (const c of countersigns) dates.push({ date: c.date, name: '会签日期' });
  return dates.reduce<{ date: string; name: string } | null>((a, b) => (a === null || b.date < a.date ? b : a), null);
}

const insertChild = (ctx: CallContext) => ({ id: uuidv7(ctx.now.getTime()), createdAt: ctx.at, updatedAt: ctx.at });

export const outgoingHandlers: Pick<
  Handlers,
  | 'outgoing.draft'
  | 'outgoing.updateDraft'
  | 'outgoing.get'
  | 'outgoing.recordFiling'
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

  'outgoing.updateDraft': (ctx, input) => {
    const row = mustGet(ctx, input.id);
    mustBeUnsigned(ctx, row);
    const { id: _id, codeId, ...fields } = input;
    const columns = checkedDraftColumns(ctx, fields, codeId, row);
    const earliest = earliestStepDate(ctx, row);
    if (earliest && columns.draftDate > earliest.date) {
      throw invalid('draftDate', `拟稿日期不能晚于已登记的${earliest.name}（${earliest.date}）`);
    }
    // Through the write path: only the fields that differ are logged and audited.
    return recordOf(ctx, ctx.update('outgoing', row.id, { ...columns, updatedAt: ctx.at }));
  },

  'outgoing.get': (ctx, { id }) => recordOf(ctx, mustGet(ctx, id)),

  /** Art. 17: 规范性文件备案，由县政府办主任签发 — recorded once the document is printed (again, to correct it). */
  'outgoing.recordFiling': (ctx, input) => {
    const row = mustGet(ctx, input.id);
    if (!row.normative) throw refuse('CONFLICT', '只有规范性文件需要登记备案。');
    mustBeAt(row, 'filing');
    // A back-filled document has no 印发日期 of its own: its 成文日期 is the bound then.
    if (row.printedDate) notBefore('date', input.date, row.printedDate, '备案日期', '印发日期');
    else notBefore('date', input.date, row.writtenDate, '备案日期', '成文日期');
    const person = ctx.get('people', input.signerId);
    if (!person || person.deletedAt || person.disabled) throw invalid('signerId', '备案报告签发人须从人员名录中选择（不能是已停用的人员）');
    const allowed = maySignFiling(person.title);
    if (allowed !== true) throw invalid('signerId', `${person.name}（${person.title}）：${allowed}`);
    const patch = {
      filingAuthority: input.authority,
      filingDate: input.date,
      filingSignerId: person.id,
      filingSignerName: person.name,
      filingSignerTitle: person.title,
      updatedAt: ctx.at,
    };
    return recordOf(ctx, ctx.update('outgoing', row.id, patch));
  },

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
