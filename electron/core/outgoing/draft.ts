import { checkSecrecy } from '../../../shared/incoming/checks';
import type { draftFields } from '../../../shared/outgoing/api';
import { checkPublicity } from '../../../shared/outgoing/checks';
import type { z } from 'zod';
import type { CallContext } from '../api/context';
import { invalid, refuse } from '../api/errors';
import type { NewRowOf, RowOf } from '../db/write-path';
import { uuidv7 } from '../ids';
import { mustGetCode } from './codes';
import { nextOutgoingKey } from './view';

/** 会议类型 and 会议时间 belong to 纪要 and to nothing else (art. 7). */
function checkMeeting(input: DraftInput): void {
  if (input.docType === 'minutes') {
    if (!input.meetingType) throw invalid('meetingType', '文种为纪要的，须填写会议类型');
    if (!input.meetingAt) throw invalid('meetingAt', '文种为纪要的，须填写会议时间');
    if (input.draftDate < input.meetingAt.slice(0, 10)) throw invalid('draftDate', `纪要的拟稿日期不能早于会议日期（${input.meetingAt.slice(0, 10)}）`);
    return;
  }
  if (input.meetingType) throw invalid('meetingType', '只有文种为纪要的公文才填写会议类型');
  if (input.meetingAt) throw invalid('meetingAt', '只有文种为纪要的公文才填写会议时间');
}

export type DraftInput = Omit<z.output<z.ZodObject<typeof draftFields>>, 'codeId'>;

/**
 * The draft rules (保密期限, R18 公开属性, art. 7 meeting fields, 字数, the directory's unit
 * and an enabled 代字) and the columns they give. `before` is the stored draft when it is
 * corrected: its own 代字 and unit stay acceptable even if disabled since, and the unit keeps
 * the name it was drafted under.
 */
export function checkedDraftColumns(ctx: CallContext, input: DraftInput, codeId: string, before?: RowOf<'outgoing'>) {
  const code = mustGetCode(ctx, codeId);
  if (code.disabled && code.id !== before?.codeId) throw invalid('codeId', `机关代字“${code.code}”已停用，请选择其他代字`);
  const period = checkSecrecy({ level: input.secrecyLevel, periodMonths: input.secrecyPeriodMonths, copies: 0, copyNumbers: [] }).secrecyPeriodMonths;
  if (period) throw invalid('secrecyPeriodMonths', period);
  const publicity = Object.entries(checkPublicity(input.secrecyLevel, input.publicity, input.publicityReason))[0];
  if (publicity) throw invalid(publicity[0], publicity[1]);
  checkMeeting(input);
  if (!input.normative && input.wordCount !== null) {
    // 字数 is recorded for the art. 16 limit of 规范性文件 only.
    throw invalid('wordCount', '只有规范性文件登记字数');
  }
  const sameUnit = before !== undefined && input.draftUnitId === before.draftUnitId;
  const unit = ctx.get('units', input.draftUnitId);
  if (!unit || unit.deletedAt || (unit.disabled && !sameUnit)) throw invalid('draftUnitId', '拟稿单位须从单位名录中选择（不能是已停用的单位）');
  return {
    codeId: code.id,
    docType: input.docType,
    title: input.title,
    draftUnitId: unit.id,
    draftUnitName: sameUnit ? before.draftUnitName : unit.fullName,
    drafter: input.drafter,
    draftDate: input.draftDate,
    mainTo: input.mainTo,
    ccTo: input.ccTo,
    secrecyLevel: input.secrecyLevel,
    secrecyPeriodMonths: input.secrecyPeriodMonths,
    urgency: input.urgency,
    publicity: input.publicity,
    publicityReason: input.publicity === 'active' ? '' : input.publicityReason,
    normative: input.normative,
    wordCount: input.wordCount,
    issuer: input.issuer,
    matter: input.matter,
    year: Number(input.draftDate.slice(0, 4)),
    meetingType: input.meetingType,
    meetingAt: input.meetingAt,
  };
}

/**
 * The checks every new document meets (a draft, or one back-filled from the
 * paper register), and its row. R4's 保密期限 rule is the incoming register's;
 * its 份号 half waits for 印制, where the outgoing copies are numbered.
 */
export function newOutgoingRow(ctx: CallContext, input: DraftInput, codeId: string): NewRowOf<'outgoing'> {
  const columns = checkedDraftColumns(ctx, input, codeId);
  if (!ctx.user) throw refuse('UNAUTHENTICATED', '请先登录。');
  return {
    id: uuidv7(ctx.now.getTime()),
    ftsRowid: nextOutgoingKey(ctx.sqlite, ctx.now.getTime()),
    state: 'draft',
    ...columns,
    legalConclusion: '',
    docNumber: '',
    serial: null,
    createdAt: ctx.at,
    updatedAt: ctx.at,
  };
}
