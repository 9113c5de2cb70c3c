import { describe, expect, it } from 'vitest';
import { CLASSIFIED_EXPORT_HEADERS } from '../../../electron/core/classified/export';
import { DESTRUCTION_EXPORT_HEADERS } from '../../../electron/core/destruction/export';
import { count, downloadExport, useCores } from './support';
import { classifiedOffice, copyOf, registerSecret, type ClassifiedOffice } from './classified-support';
import type { TestCore } from '../../helpers/core';

/** A batch holding copy 1 of a kept 机密 document, approved by the office director. */
function approvedBatch(t: TestCore, o: ClassifiedOffice) {
  const doc = registerSecret(t, o);
  const batch = t.ok(o.officer, 'destruction.draft', { applicant: '郑保密' });
  t.ok(o.officer, 'destruction.addItem', { batchId: batch.id, kind: 'copy', copyId: copyOf(doc, 1).id, reason: '传阅完毕，无保存价值' });
  t.ok(o.officer, 'destruction.approve', { batchId: batch.id, approverId: o.director, approvedAt: '2026-11-27T16:00' });
  return { doc, batch };
}

const execution = { destroyedAt: '2026-11-28T09:00', method: 'institution' as const, facility: '县保密局涉密载体销毁中心', place: '县保密局', escort: '钱押运', supervisors: ['郑保密', '赵主任'] };

describe('清查 (stock check)', () => {
  const open = useCores();

  it('lists every copy held, and what was not confirmed stays a discrepancy until resolved with a note', () => {
    const t = open();
    const o = classifiedOffice(t);
    const doc = registerSecret(t, o);
    t.ok(o.officer, 'classified.send', { copyId: copyOf(doc, 2).id, readerId: o.readers.a, folderNo: '1', sentAt: '2026-11-28T08:00' });
    const check = t.ok(o.officer, 'classified.startCheck', {});
    expect(new Set(check.items.map((i) => i.checkId))).toEqual(new Set([check.id]));
    expect(check.items.map((i) => [i.copyNo, i.expected, i.expectedHolder])).toEqual([
      [1, 'inStock', ''],
      [2, 'out', '张建国'],
      [3, 'inStock', ''],
    ]);
    expect(t.call(o.officer, 'classified.startCheck', {})).toMatchObject({ error: { code: 'CONFLICT', message: '上一次清查尚未结束，请先结束它再开始新的清查。' } });
    t.ok(o.officer, 'classified.confirmCopy', { itemId: check.items[0].id });
    t.ok(o.officer, 'classified.confirmCopy', { itemId: check.items[1].id });
    const done = t.ok(o.officer, 'classified.finishCheck', { id: check.id });
    expect(done.items.map((i) => [i.copyNo, i.confirmedAt !== null, i.discrepancy])).toEqual([
      [1, true, false],
      [2, true, false],
      [3, false, true],
    ]);
    expect(t.call(o.officer, 'classified.confirmCopy', { itemId: check.items[2].id })).toMatchObject({ error: { code: 'CONFLICT' } });
    expect(t.ok(o.officer, 'classified.dashboard').discrepancies.map((i) => i.copyNo)).toEqual([3]);
    expect(t.call(o.officer, 'classified.resolveDiscrepancy', { itemId: check.items[0].id, resolution: '无' })).toMatchObject({ error: { message: '这一份在清查中已确认，没有差异需要处理。' } });
    const resolved = t.ok(o.officer, 'classified.resolveDiscrepancy', { itemId: check.items[2].id, resolution: '在保密柜第二层找到，已归位' });
    expect(resolved.items[2]).toMatchObject({ discrepancy: true, resolution: '在保密柜第二层找到，已归位' });
    expect(t.ok(o.officer, 'classified.dashboard').discrepancies).toEqual([]);
    expect(t.ok(o.officer, 'classified.check', {})).toMatchObject({ id: check.id, finishedAt: expect.any(String) });
  });
});

describe('销毁登记 (R28–R30)', () => {
  const open = useCores();

  it('R29: no destruction without a prior approval and two distinct 监销人; copies become 已销毁', () => {
    const t = open();
    const o = classifiedOffice(t);
    const doc = registerSecret(t, o);
    const batch = t.ok(o.officer, 'destruction.draft', { applicant: '郑保密' });
    expect(batch).toMatchObject({ batchNo: '2026-1', state: 'draft' });
    expect(t.call(o.officer, 'destruction.approve', { batchId: batch.id, approverId: o.director, approvedAt: '2026-11-27T16:00' })).toMatchObject({
      error: { message: '销毁清单是空的，请先添加要销毁的物品。' },
    });
    t.ok(o.officer, 'destruction.addItem', { batchId: batch.id, kind: 'copy', copyId: copyOf(doc, 1).id, reason: '传阅完毕' });
    expect(t.call(o.officer, 'destruction.execute', { batchId: batch.id, ...execution })).toMatchObject({
      error: { code: 'CONFLICT', message: '销毁批次 2026-1 尚未审批，不能销毁：须先登记审批人和审批时间。' },
    });
    t.ok(o.officer, 'destruction.approve', { batchId: batch.id, approverId: o.director, approvedAt: '2026-11-28T08:30' });
    expect(t.call(o.officer, 'destruction.addItem', { batchId: batch.id, kind: 'free', title: '废旧草稿', copies: 3, reason: '无保存价值' })).toMatchObject({
      error: { code: 'CONFLICT', message: '销毁批次 2026-1 已审批，清单不能再改动；如需补充说明，请追加说明。' },
    });
    expect(t.call(o.officer, 'destruction.execute', { batchId: batch.id, ...execution, escort: '' })).toMatchObject({ error: { fields: { escort: '送销毁机构时须填写押运人' } } });
    expect(t.call(o.officer, 'destruction.execute', { batchId: batch.id, ...execution, supervisors: ['郑保密'] })).toMatchObject({ error: { fields: { supervisors: '监销人至少两人，且不能是同一人' } } });
    expect(t.call(o.officer, 'destruction.execute', { batchId: batch.id, ...execution, supervisors: ['郑保密', ' 郑保密 '] })).toMatchObject({ error: { fields: { supervisors: '监销人至少两人，且不能是同一人' } } });
    expect(t.call(o.officer, 'destruction.execute', { batchId: batch.id, ...execution, destroyedAt: '2026-11-28T08:29' })).toMatchObject({
      error: { fields: { destroyedAt: '销毁时间不能早于审批时间（2026-11-28 08:30）：先审批，后销毁' } },
    });
    const done = t.ok(o.officer, 'destruction.execute', { batchId: batch.id, ...execution });
    expect(done).toMatchObject({ state: 'done', approverName: '赵主任', supervisors: ['郑保密', '赵主任'], destroyedAt: '2026-11-28T09:00' });
    const after = t.ok(o.officer, 'classified.get', { id: doc.id });
    expect(copyOf(after, 1)).toMatchObject({ place: 'destroyed' });
    expect(copyOf(after, 1).events.at(-1)).toMatchObject({ kind: 'destroy', batchNo: '2026-1' });
    // R30: a destroyed copy never circulates again, nor is destroyed twice.
    expect(t.call(o.officer, 'classified.send', { copyId: copyOf(doc, 1).id, readerId: o.readers.a, folderNo: '1', sentAt: '2026-11-28T09:30' })).toMatchObject({
      error: { code: 'CONFLICT', message: '份号 000001已销毁，不能传阅。' },
    });
    const next = t.ok(o.officer, 'destruction.draft', { applicant: '郑保密' });
    expect(t.call(o.officer, 'destruction.addItem', { batchId: next.id, kind: 'copy', copyId: copyOf(doc, 1).id, reason: '再次' })).toMatchObject({ error: { message: '份号 000001已销毁，不能销毁。' } });
    expect(t.call(o.officer, 'destruction.execute', { batchId: batch.id, ...execution })).toMatchObject({ error: { code: 'CONFLICT', message: '销毁批次 2026-1 已于 2026-11-28 09:00 销毁。' } });
  });

  it('R28: a copy owed to its issuer, one out with a reader, or one already on a list is refused', () => {
    const t = open();
    const o = classifiedOffice(t);
    const owed = registerSecret(t, o, { returnBy: '2026-12-31' });
    const kept = registerSecret(t, o);
    const batch = t.ok(o.officer, 'destruction.draft', { applicant: '郑保密' });
    const add = (copyId: string) => t.call(o.officer, 'destruction.addItem', { batchId: batch.id, kind: 'copy', copyId, reason: '到期' });
    expect(add(copyOf(owed, 1).id)).toMatchObject({ error: { code: 'CONFLICT', message: '份号 000001须在 2026-12-31 前清退给市人民政府办公室，不能销毁。' } });
    t.ok(o.officer, 'classified.send', { copyId: copyOf(kept, 2).id, readerId: o.readers.a, folderNo: '1', sentAt: '2026-11-28T08:00' });
    expect(add(copyOf(kept, 2).id)).toMatchObject({ error: { message: '份号 000002正在张建国处传阅（夹号 1，2026-11-28 08:00 送出），须先退回保密员，才能销毁。' } });
    expect(add(copyOf(kept, 1).id).ok).toBe(true);
    const other = t.ok(o.officer, 'destruction.draft', { applicant: '郑保密' });
    expect(t.call(o.officer, 'destruction.addItem', { batchId: other.id, kind: 'copy', copyId: copyOf(kept, 1).id, reason: '到期' })).toMatchObject({
      error: { message: '份号 000001已列入销毁批次 2026-1。' },
    });
    // Withdrawn (never deleted), the copy may go on another list.
    const item = t.ok(o.officer, 'destruction.get', { id: batch.id }).items[0];
    const withdrawn = t.ok(o.officer, 'destruction.withdrawItem', { itemId: item.id, reason: '领导要求留存' });
    expect(withdrawn.items[0]).toMatchObject({ withdrawn: true, withdrawReason: '领导要求留存' });
    expect(t.call(o.officer, 'destruction.addItem', { batchId: other.id, kind: 'copy', copyId: copyOf(kept, 1).id, reason: '到期' }).ok).toBe(true);
    // A copy on a list taken out for reading after approval is not destroyed with the batch.
    t.ok(o.officer, 'destruction.approve', { batchId: other.id, approverId: o.director, approvedAt: '2026-11-28T08:30' });
    t.ok(o.officer, 'classified.send', { copyId: copyOf(kept, 1).id, readerId: o.readers.a, folderNo: '2', sentAt: '2026-11-28T08:40' });
    expect(t.call(o.officer, 'destruction.execute', { batchId: other.id, ...execution }).ok).toBe(false);
    expect(copyOf(t.ok(o.officer, 'classified.get', { id: kept.id }), 1).place).toBe('out');
  });

  it('the clerk proposes non-classified items only; batches and items are never deleted; notes are appended', () => {
    const t = open();
    const o = classifiedOffice(t);
    const { doc, batch } = approvedBatch(t, o);
    const clerkBatch = t.ok(o.clerk, 'destruction.draft', { applicant: '李文秘' });
    expect(t.ok(o.clerk, 'destruction.addItem', { batchId: clerkBatch.id, kind: 'free', title: '2019年会议材料', copies: 40, reason: '超过保存期限' }).items).toMatchObject([
      { kind: 'free', title: '2019年会议材料', copies: 40, secrecyLevel: 'none', proposedBy: '李文秘' },
    ]);
    expect(t.call(o.clerk, 'destruction.addItem', { batchId: clerkBatch.id, kind: 'copy', copyId: copyOf(doc, 2).id, reason: '到期' })).toMatchObject({
      error: { code: 'FORBIDDEN', message: '密件由保密员列入销毁清单。' },
    });
    expect(t.call(o.clerk, 'destruction.addItem', { batchId: clerkBatch.id, kind: 'free', title: '', reason: '无' })).toMatchObject({ error: { fields: { title: '请填写要销毁的文件资料名称' } } });
    expect(t.call(o.clerk, 'destruction.approve', { batchId: clerkBatch.id, approverId: o.director, approvedAt: '2026-11-28T08:00' })).toMatchObject({ error: { code: 'FORBIDDEN' } });
    t.ok(o.officer, 'destruction.execute', { batchId: batch.id, ...execution });
    const noted = t.ok(o.officer, 'destruction.addNote', { batchId: batch.id, text: '监销人赵主任签字补记' });
    expect(noted.notes).toEqual([{ at: '2026-11-28T02:00:00.000Z', by: '郑保密', text: '监销人赵主任签字补记' }]);
    const sqlite = t.core.connection.sqlite;
    expect(() => sqlite.prepare('DELETE FROM destruction_batches').run()).toThrow('destruction_batches rows are never deleted');
    expect(() => sqlite.prepare('DELETE FROM destruction_items').run()).toThrow('destruction_items rows are never deleted');
    expect(() => sqlite.prepare('UPDATE destruction_notes SET text = ?').run('改')).toThrow('destruction_notes rows are never changed');
    expect(count(t, 'destruction_batches')).toBe(2);
    const sheet = t.ok(o.clerk, 'destruction.sheet', { id: batch.id });
    expect(sheet).toMatchObject({ officeName: '凤凰县人民政府办公室', batch: { batchNo: '2026-1', items: [{ copyNo: 1, secrecyLevel: 'confidential', title: '关于某重大事项的通报' }] } });
    expect(t.ok(o.clerk, 'destruction.list', {}).map((b) => [b.batchNo, b.state, b.items, b.copies])).toEqual([
      ['2026-2', 'draft', 1, 40],
      ['2026-1', 'done', 1, 1],
    ]);
  });
});

describe('密件 and 销毁 exports', () => {
  const open = useCores();

  it('export one line per copy with where it is, and every destruction item with its batch', async () => {
    const t = open();
    const o = classifiedOffice(t);
    const { doc, batch } = approvedBatch(t, o);
    t.ok(o.officer, 'classified.send', { copyId: copyOf(doc, 2).id, readerId: o.readers.a, folderNo: '7', sentAt: '2026-11-28T08:00' });
    t.ok(o.officer, 'destruction.execute', { batchId: batch.id, ...execution });
    const copies = await downloadExport(t, o.clerk, t.ok(o.clerk, 'classified.export', {}).ticket);
    expect(copies.header).toEqual(CLASSIFIED_EXPORT_HEADERS);
    const col = (name: string) => CLASSIFIED_EXPORT_HEADERS.indexOf(name);
    expect(copies.body.map((r) => [r[col('份号')], r[col('去向')], r[col('阅件人')] ?? null])).toEqual([
      ['000001', '已销毁', null],
      ['000002', '传阅中', '张建国'],
      ['000003', '在库', null],
    ]);
    expect((await downloadExport(t, o.clerk, t.ok(o.clerk, 'classified.export', { place: 'out' }).ticket)).body).toHaveLength(1);
    const items = await downloadExport(t, o.clerk, t.ok(o.clerk, 'destruction.export', {}).ticket);
    expect(items.header).toEqual(DESTRUCTION_EXPORT_HEADERS);
    const at = (name: string) => DESTRUCTION_EXPORT_HEADERS.indexOf(name);
    expect(items.body.map((r) => [r[at('批次号')], r[at('状态')], r[at('份号')], r[at('监销人')]])).toEqual([['2026-1', '已销毁', '000001', '郑保密、赵主任']]);
  });
});
