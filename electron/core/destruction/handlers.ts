import type { DestructionBatchRow } from '../../../shared/destruction/api';
import { nowInShanghai, todayInShanghai } from '../../../shared/dates';
import type { CallContext } from '../api/context';
import type { Handlers } from '../api/dispatcher';
import { invalid, refuse } from '../api/errors';
import { prepared } from '../db/statements';
import type { RowOf } from '../db/write-path';
import { uuidv7 } from '../ids';
import { assertInStock } from '../classified/circulation';
import { copyLabel, mustGetCopy, mustGetDoc } from '../classified/docs';
import { moveCopy } from '../classified/events';
import { readSettings } from '../settings/store';
import { assertIssuesHere } from '../sync/issuers';
import { destructionExportHandlers } from './export';
import { activeItems, batchNo, batchOf, mustGetBatch } from './view';

const show = (t: string) => t.replace('T', ' ');

function mustBeDraft(batch: RowOf<'destructionBatches'>): void {
  if (batch.state !== 'draft') throw refuse('CONFLICT', `销毁批次 ${batchNo(batch)} 已审批，清单不能再改动；如需补充说明，请追加说明。`);
}

/** R28/R30 and no double listing: a copy can be destroyed only from stock, once, and never one owed to its issuer. */
function checkDestroyableCopy(ctx: CallContext, copy: RowOf<'classifiedCopies'>, exceptBatch: string | null): void {
  const doc = mustGetDoc(ctx, copy.docId);
  if (doc.returnBy) {
    throw refuse('CONFLICT', `${copyLabel(copy.copyNo)}须在 ${doc.returnBy} 前清退给${doc.issuerName}，不能销毁。`);
  }
  assertInStock(copy, '销毁');
  const listed = prepared(
    ctx.sqlite,
    `SELECT b.year, b.serial FROM destruction_items i JOIN destruction_batches b ON b.id = i.batch_id
     WHERE i.copy_id = ? AND i.withdrawn = 0 AND b.state != 'done' AND b.id IS NOT ?`,
  ).get(copy.id, exceptBatch) as { year: number; serial: number } | undefined;
  if (listed) throw refuse('CONFLICT', `${copyLabel(copy.copyNo)}已列入销毁批次 ${batchNo(listed)}。`);
}

const isOfficer = (ctx: CallContext) => ctx.user!.roles.includes('secrecyOfficer');

/** What an item is, taken from the register it points at; classified items only from the officer (art. 22). */
function itemFacts(ctx: CallContext, input: { kind: string; copyId: string | null; recordId: string | null; title: string; copies: number }) {
  if (input.kind === 'copy') {
    if (!isOfficer(ctx)) throw refuse('FORBIDDEN', '密件由保密员列入销毁清单。');
    if (!input.copyId) throw invalid('copyId', '请选择要销毁的密件份号');
    const copy = mustGetCopy(ctx, input.copyId);
    checkDestroyableCopy(ctx, copy, null);
    const doc = mustGetDoc(ctx, copy.docId);
    return { copyId: copy.id, recordId: doc.id, title: doc.title, secrecyLevel: doc.secrecyLevel, copyNo: copy.copyNo, copies: 1 };
  }
  if (input.kind === 'incoming' || input.kind === 'outgoing') {
    if (!input.recordId) throw invalid('recordId', `请选择要销毁的${input.kind === 'incoming' ? '收文' : '发文'}`);
    const row = input.kind === 'incoming' ? ctx.get('incoming', input.recordId) : ctx.get('outgoing', input.recordId);
    if (!row || row.deletedAt) throw invalid('recordId', `${input.kind === 'incoming' ? '收文' : '发文'}须从登记簿中选择`);
    if (row.secrecyLevel !== 'none' && !isOfficer(ctx)) throw refuse('FORBIDDEN', '涉密文件由保密员列入销毁清单。');
    return { copyId: null, recordId: row.id, title: row.title, secrecyLevel: row.secrecyLevel, copyNo: null, copies: input.copies };
  }
  if (!input.title) throw invalid('title', '请填写要销毁的文件资料名称');
  return { copyId: null, recordId: null, title: input.title, secrecyLevel: 'none', copyNo: null, copies: input.copies };
}

export const destructionHandlers: Pick<Handlers, `destruction.${string}` & keyof Handlers> = {
  ...destructionExportHandlers,
  'destruction.draft': (ctx, { applicant }) => {
    assertIssuesHere(ctx, 'destruction');
    const year = Number(todayInShanghai(ctx.now).slice(0, 4));
    const last = prepared(ctx.sqlite, 'SELECT max(serial) AS n FROM destruction_batches WHERE year = ?').get(year) as { n: number | null };
    const batch = ctx.insert('destructionBatches', {
      id: uuidv7(ctx.now.getTime()),
      year,
      serial: (last.n ?? 0) + 1,
      state: 'draft',
      applicant,
      approverId: null,
      approverName: '',
      approverTitle: '',
      approvedAt: null,
      method: null,
      facility: '',
      place: '',
      escort: '',
      supervisors: [],
      destroyedAt: null,
      createdAt: ctx.at,
      updatedAt: ctx.at,
    });
    return batchOf(ctx, batch);
  },

  'destruction.addItem': (ctx, { batchId, reason, ...input }) => {
    const batch = mustGetBatch(ctx, batchId);
    mustBeDraft(batch);
    ctx.insert('destructionItems', {
      id: uuidv7(ctx.now.getTime()),
      batchId: batch.id,
      kind: input.kind,
      ...itemFacts(ctx, input),
      reason,
      proposedBy: ctx.user!.displayName,
      withdrawn: false,
      withdrawReason: '',
      createdAt: ctx.at,
      updatedAt: ctx.at,
    });
    return batchOf(ctx, batch);
  },

  'destruction.withdrawItem': (ctx, { itemId, reason }) => {
    const item = ctx.get('destructionItems', itemId);
    if (!item) throw refuse('NOT_FOUND', '找不到这一销毁物品，请刷新。');
    const batch = mustGetBatch(ctx, item.batchId);
    mustBeDraft(batch);
    if (item.withdrawn) throw refuse('CONFLICT', '这一物品已撤出清单。');
    if (item.secrecyLevel !== 'none' && !isOfficer(ctx)) throw refuse('FORBIDDEN', '涉密物品由保密员撤出清单。');
    ctx.update('destructionItems', item.id, { withdrawn: true, withdrawReason: reason, updatedAt: ctx.at });
    return batchOf(ctx, batch);
  },

  /** R29: the approval is recorded before the destruction, by a person of the directory. */
  'destruction.approve': (ctx, { batchId, approverId, approvedAt }) => {
    const batch = mustGetBatch(ctx, batchId);
    mustBeDraft(batch);
    if (activeItems(ctx, batch.id).length === 0) throw refuse('CONFLICT', '销毁清单是空的，请先添加要销毁的物品。');
    const approver = ctx.get('people', approverId);
    if (!approver) throw invalid('approverId', '审批人须从人员名录中选择');
    const now = nowInShanghai(ctx.now);
    if (approvedAt > now) throw invalid('approvedAt', `审批时间不能晚于现在（${show(now)}）`);
    const updated = ctx.update('destructionBatches', batch.id, {
      state: 'approved',
      approverId: approver.id,
      approverName: approver.name,
      approverTitle: approver.title,
      approvedAt,
      updatedAt: ctx.at,
    });
    return batchOf(ctx, updated);
  },

  /** R29/R30: after the approval, with two distinct 监销人; every copy on the list becomes 已销毁. */
  'destruction.execute': (ctx, { batchId, destroyedAt, method, facility, place, escort, supervisors }) => {
    const batch = mustGetBatch(ctx, batchId);
    if (batch.state === 'draft') throw refuse('CONFLICT', `销毁批次 ${batchNo(batch)} 尚未审批，不能销毁：须先登记审批人和审批时间。`);
    if (batch.state === 'done') throw refuse('CONFLICT', `销毁批次 ${batchNo(batch)} 已于 ${show(batch.destroyedAt!)} 销毁。`);
    // Taken to the institution, the papers travel with someone who answers for them on the way.
    if (method === 'institution' && !escort) throw invalid('escort', '送销毁机构时须填写押运人');
    const distinct = [...new Set(supervisors.map((s) => s.trim()).filter(Boolean))];
    if (distinct.length < 2) throw invalid('supervisors', '监销人至少两人，且不能是同一人');
    if (destroyedAt < batch.approvedAt!) throw invalid('destroyedAt', `销毁时间不能早于审批时间（${show(batch.approvedAt!)}）：先审批，后销毁`);
    const now = nowInShanghai(ctx.now);
    if (destroyedAt > now) throw invalid('destroyedAt', `销毁时间不能晚于现在（${show(now)}）`);
    const no = batchNo(batch);
    for (const item of activeItems(ctx, batch.id)) {
      if (!item.copyId) continue;
      const copy = mustGetCopy(ctx, item.copyId);
      checkDestroyableCopy(ctx, copy, batch.id);
      moveCopy(ctx, copy, 'destroy', destroyedAt, { place: 'destroyed', holderId: null, holderName: '', folderNo: '', since: null }, { batchId: batch.id, batchNo: no });
    }
    const done = ctx.update('destructionBatches', batch.id, {
      state: 'done',
      method,
      facility,
      place,
      escort,
      supervisors: distinct,
      destroyedAt,
      updatedAt: ctx.at,
    });
    return batchOf(ctx, done);
  },

  'destruction.addNote': (ctx, { batchId, text }) => {
    const batch = mustGetBatch(ctx, batchId);
    ctx.insert('destructionNotes', { id: uuidv7(ctx.now.getTime()), batchId: batch.id, at: ctx.at, by: ctx.user!.displayName, text, createdAt: ctx.at, updatedAt: ctx.at });
    return batchOf(ctx, batch);
  },

  'destruction.get': (ctx, { id }) => batchOf(ctx, mustGetBatch(ctx, id)),

  'destruction.list': (ctx) =>
    (
      prepared(
        ctx.sqlite,
        `SELECT b.id, b.year, b.serial, b.state, b.applicant, b.created_at AS createdAt, b.approved_at AS approvedAt, b.destroyed_at AS destroyedAt,
           (SELECT count(*) FROM destruction_items i WHERE i.batch_id = b.id AND i.withdrawn = 0) AS items,
           (SELECT coalesce(sum(copies), 0) FROM destruction_items i WHERE i.batch_id = b.id AND i.withdrawn = 0) AS copies
         FROM destruction_batches b ORDER BY b.year DESC, b.serial DESC`,
      ).all() as (Omit<DestructionBatchRow, 'batchNo'> & { year: number; serial: number })[]
    ).map(({ year, serial, ...r }) => ({ ...r, batchNo: batchNo({ year, serial }) })),

  'destruction.sheet': (ctx, { id }) => ({ officeName: readSettings(ctx.sqlite).officeName, batch: batchOf(ctx, mustGetBatch(ctx, id)) }),
};
