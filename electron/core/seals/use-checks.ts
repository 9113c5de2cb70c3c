import type { ParsedInputOf } from '../../../shared/api';
import { nowInShanghai } from '../../../shared/dates';
import { mayApprove } from '../../../shared/seals/approval';
import type { CallContext } from '../api/context';
import { invalid, refuse } from '../api/errors';
import { MASKED_TITLE } from '../incoming/view';
import type { NewRowOf, RowOf } from '../db/write-path';
import { mustGetSeal } from './catalog';
import { stampedCopies, takeOutCovering, useAfter, type EffectiveLine } from './effective';
import { serialText } from './lines';

type UseInput = Omit<ParsedInputOf<'seals.recordUse'>, never>;

/** The values of a use line that the rules decide: everything but its identity, 序号 and chain. */
export type UseValues = Pick<
  NewRowOf<'sealEntries'>,
  | 'sealId' | 'sealName' | 'useKind' | 'outgoingId' | 'docNumber' | 'secrecyLevel' | 'usedAt' | 'reason' | 'fileName' | 'copies'
  | 'unitId' | 'unitName' | 'handler' | 'approverId' | 'approverName' | 'approverTitle' | 'approvedAt' | 'method' | 'remarks'
>;

const showTime = (t: string) => t.replace('T', ' ');

const describe = (line: EffectiveLine) => `序号 ${serialText(line)}，${showTime(line.usedAt)} 由${line.unitName}${line.handler}外带`;

/** R20: a 公文用印 stamps a signed, numbered and printed document, within its 印数. */
function checkedDocument(ctx: CallContext, input: UseInput, exceptRoot: string | null): Pick<UseValues, 'outgoingId' | 'docNumber' | 'secrecyLevel' | 'fileName'> {
  if (!input.outgoingId) throw invalid('outgoingId', '公文用印须选择关联发文');
  const doc = ctx.get('outgoing', input.outgoingId);
  if (!doc || doc.deletedAt) throw invalid('outgoingId', '关联发文须从发文登记中选择');
  if (!doc.docNumber) {
    const why = doc.state === 'draft' ? '尚未签发' : '已签发但尚未编号';
    throw invalid('outgoingId', `《${doc.title}》${why}：公文用印须在签发并编号之后`);
  }
  if (doc.copies === null) {
    throw invalid('outgoingId', `${doc.docNumber}尚未登记印制份数（印数），请先在发文登记中登记印制`);
  }
  const stamped = stampedCopies(ctx.sqlite, doc.id, exceptRoot);
  if (stamped + input.copies > doc.copies) {
    const left = doc.copies - stamped;
    throw invalid('copies', `${doc.docNumber}印数 ${doc.copies} 份，已用印 ${stamped} 份，${left > 0 ? `本次最多还能用印 ${left} 份` : '不能再用印'}`);
  }
  // A reader without need to know saw 「密件」 for the title: that placeholder is never stored as the file's name.
  const fileName = input.fileName && input.fileName !== MASKED_TITLE ? input.fileName : doc.title;
  return { outgoingId: doc.id, docNumber: doc.docNumber, secrecyLevel: doc.secrecyLevel, fileName };
}

/** R21: any other use is approved, before it happens, by someone allowed to approve that seal. */
function checkedApproval(ctx: CallContext, input: UseInput, seal: RowOf<'seals'>): Pick<UseValues, 'approverId' | 'approverName' | 'approverTitle' | 'approvedAt'> {
  if (!input.approverId) {
    throw invalid('approverId', '请填写批准人：除制发公文用印外，其他用印必须履行审批手续（工作规则第二十一条）');
  }
  const person = ctx.get('people', input.approverId);
  if (!person) throw invalid('approverId', '批准人须从人员名录中选择');
  const verdict = mayApprove(seal, person);
  if (verdict !== true) throw invalid('approverId', verdict);
  if (!input.approvedAt) throw invalid('approvedAt', '请填写批准时间');
  if (input.approvedAt > input.usedAt) throw invalid('approvedAt', `批准时间不能晚于用印时间（${showTime(input.usedAt)}）：先批准，后用印`);
  return { approverId: person.id, approverName: person.name, approverTitle: person.title, approvedAt: input.approvedAt };
}

/** R22: while a seal is out (外带) it is used nowhere else; a 外带 cannot cover a use already recorded. */
function checkTakeOutLock(ctx: CallContext, input: UseInput, seal: RowOf<'seals'>, exceptRoot: string | null): void {
  const covering = takeOutCovering(ctx.sqlite, seal.id, input.usedAt, exceptRoot);
  if (covering) {
    const back = covering.returnedAt ? `，${showTime(covering.returnedAt)} 才归还` : '，尚未归还';
    throw refuse('CONFLICT', `${seal.name}已外带（${describe(covering)}${back}），归还登记之前不能再用印。`);
  }
  if (input.method !== 'takeOut') return;
  const later = useAfter(ctx.sqlite, seal.id, input.usedAt, exceptRoot);
  if (later) {
    throw refuse('CONFLICT', `${showTime(input.usedAt)} 之后${seal.name}已有用印登记（序号 ${serialText(later)}，${showTime(later.usedAt)}），外带不能登记在它之前。`);
  }
}

/**
 * Every rule a use must satisfy, for a new use and for the values of a 更正 alike;
 * `exceptRoot` is the use being corrected (its own old values do not count against it).
 */
export function checkedUse(ctx: CallContext, input: UseInput, exceptRoot: string | null): UseValues {
  const seal = mustGetSeal(ctx, input.sealId);
  if (seal.retired) throw invalid('sealId', `${seal.name}已停用，不能再登记用印`);
  const now = nowInShanghai(ctx.now);
  if (input.usedAt > now) throw invalid('usedAt', `用印时间不能晚于现在（${showTime(now)}）`);
  const unit = ctx.get('units', input.unitId);
  if (!unit || unit.deletedAt) throw invalid('unitId', '申请单位须从单位名录中选择');
  const document =
    input.useKind === 'document'
      ? checkedDocument(ctx, input, exceptRoot)
      : { outgoingId: null, docNumber: '', secrecyLevel: 'none', fileName: input.fileName };
  const approval =
    input.useKind === 'document'
      ? { approverId: null, approverName: '', approverTitle: '', approvedAt: null }
      : checkedApproval(ctx, input, seal);
  checkTakeOutLock(ctx, input, seal, exceptRoot);
  return {
    sealId: seal.id,
    sealName: seal.name,
    useKind: input.useKind,
    usedAt: input.usedAt,
    reason: input.reason,
    copies: input.copies,
    unitId: unit.id,
    unitName: unit.fullName,
    handler: input.handler,
    method: input.method,
    remarks: input.remarks,
    ...document,
    ...approval,
  };
}
