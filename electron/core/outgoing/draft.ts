import { checkSecrecy } from '../../../shared/incoming/checks';
import type { draftFields } from '../../../shared/outgoing/api';
import { checkPublicity } from '../../../shared/outgoing/checks';
import type { z } from 'zod';
import type { CallContext } from '../api/context';
import { invalid, refuse } from '../api/errors';
import type { NewRowOf } from '../db/write-path';
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

type DraftInput = Omit<z.output<z.ZodObject<typeof draftFields>>, 'codeId'>;

/**
 * The checks every new document meets (a draft, or one back-filled from the
 * paper register), and its row. R4's 保密期限 rule is the incoming register's;
 * its 份号 half waits for 印制, where the outgoing copies are numbered.
 */
export function newOutgoingRow(ctx: CallContext, input: DraftInput, codeId: string): NewRowOf<'outgoing'> {
  const code = mustGetCode(ctx, codeId);
  if (code.disabled) throw invalid('codeId', `机关代字“${code.code}”已停用，请选择其他代字`);
  const period = checkSecrecy({ level: input.secrecyLevel, periodMonths: input.secrecyPeriodMonths, copies: 0, copyNumbers: [] }).secrecyPeriodMonths;
  if (period) throw invalid('secrecyPeriodMonths', period);
  const publicity = Object.entries(checkPublicity(input.secrecyLevel, input.publicity, input.publicityReason))[0];
  if (publicity) throw invalid(publicity[0], publicity[1]);
  checkMeeting(input);
  if (!input.normative && input.wordCount !== null) {
    // 字数 is recorded for the art. 16 limit of 规范性文件 only.
    throw invalid('wordCount', '只有规范性文件登记字数');
  }
  const unit = ctx.get('units', input.draftUnitId);
  if (!unit || unit.deletedAt || unit.disabled) throw invalid('draftUnitId', '拟稿单位须从单位名录中选择（不能是已停用的单位）');
  if (!ctx.user) throw refuse('UNAUTHENTICATED', '请先登录。');
  return {
    id: uuidv7(ctx.now.getTime()),
    ftsRowid: nextOutgoingKey(ctx.sqlite, ctx.now.getTime()),
    state: 'draft',
    codeId: code.id,
    docType: input.docType,
    title: input.title,
    draftUnitId: unit.id,
    draftUnitName: unit.fullName,
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
    legalConclusion: '',
    docNumber: '',
    year: Number(input.draftDate.slice(0, 4)),
    serial: null,
    meetingType: input.meetingType,
    meetingAt: input.meetingAt,
    createdAt: ctx.at,
    updatedAt: ctx.at,
  };
}
