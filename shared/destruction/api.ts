import { z } from 'zod';
import { method, type MethodSpec } from '../api/define';
import { intField, localDateTime, optionalText, recordId, requiredText } from '../api/fields';
import type { Role } from '../auth/roles';
import type { SecrecyLevel } from '../incoming/vocabulary';
import { DESTRUCTION_METHODS, ITEM_KINDS, type BatchState, type DestructionMethod, type ItemKind } from './vocabulary';

/** The officer destroys (art. 23: only the secretariat, by designated staff); the clerk may propose non-classified items. */
const OFFICER: readonly Role[] = ['secrecyOfficer'];
const PROPOSERS: readonly Role[] = ['secrecyOfficer', 'clerk'];

export interface DestructionItem {
  id: string;
  kind: ItemKind;
  /** The copy (kind copy) or the register record (incoming/outgoing). */
  copyId: string | null;
  recordId: string | null;
  /** 「密件」 for a classified title the reader has no need to know (R33). */
  title: string;
  secrecyLevel: SecrecyLevel;
  /** 份号 of a classified copy. */
  copyNo: number | null;
  copies: number;
  reason: string;
  proposedBy: string;
  /** Taken off the list before approval, with why (items are never deleted). */
  withdrawn: boolean;
  withdrawReason: string;
}

export interface DestructionBatch {
  id: string;
  /** 批次号: 2026-3. */
  batchNo: string;
  state: BatchState;
  applicant: string;
  createdAt: string;
  approverId: string | null;
  approverName: string;
  approverTitle: string;
  approvedAt: string | null;
  method: DestructionMethod | null;
  /** 机构或设备. */
  facility: string;
  place: string;
  escort: string;
  supervisors: string[];
  destroyedAt: string | null;
  /** Notes appended after the fact (corrections), oldest first. */
  notes: { at: string; by: string; text: string }[];
  items: DestructionItem[];
}

export interface DestructionBatchRow {
  id: string;
  batchNo: string;
  state: BatchState;
  applicant: string;
  createdAt: string;
  approvedAt: string | null;
  destroyedAt: string | null;
  items: number;
  copies: number;
}

export interface DestructionSheet {
  officeName: string;
  batch: DestructionBatch;
}

export const destructionApi = {
  'destruction.draft': method<DestructionBatch>()({
    input: z.object({ applicant: requiredText('申请人', 20) }),
    access: PROPOSERS,
    title: '拟定销毁批次',
  }),
  'destruction.addItem': method<DestructionBatch>()({
    input: z.object({
      batchId: recordId('销毁批次'),
      kind: z.enum(ITEM_KINDS, { error: '请选择销毁物品类别' }),
      copyId: z.string().max(64).nullable().default(null),
      recordId: z.string().max(64).nullable().default(null),
      title: optionalText('名称', 200),
      copies: intField('份数', 1, 100_000).default(1),
      reason: requiredText('销毁原因', 200),
    }),
    access: PROPOSERS,
    title: '添加销毁物品',
  }),
  'destruction.withdrawItem': method<DestructionBatch>()({
    input: z.object({ itemId: recordId('销毁物品'), reason: requiredText('撤出原因', 200) }),
    access: PROPOSERS,
    title: '撤出销毁物品',
  }),
  'destruction.approve': method<DestructionBatch>()({
    input: z.object({ batchId: recordId('销毁批次'), approverId: recordId('审批人'), approvedAt: localDateTime('审批时间') }),
    access: OFFICER,
    title: '登记销毁审批',
  }),
  'destruction.execute': method<DestructionBatch>()({
    input: z.object({
      batchId: recordId('销毁批次'),
      destroyedAt: localDateTime('销毁时间'),
      method: z.enum(DESTRUCTION_METHODS, { error: '请选择销毁方式' }),
      facility: requiredText('销毁机构或设备', 100),
      place: requiredText('销毁地点', 100),
      escort: optionalText('押运人', 20),
      supervisors: z.array(requiredText('监销人', 20), { error: '请填写监销人' }).max(10, '监销人最多 10 人'),
    }),
    access: OFFICER,
    title: '登记销毁',
  }),
  /** A note appended to a batch after the fact: the batch and its items are never changed or deleted. */
  'destruction.addNote': method<DestructionBatch>()({
    input: z.object({ batchId: recordId('销毁批次'), text: requiredText('更正说明', 500) }),
    access: OFFICER,
    title: '补充销毁批次说明',
  }),
  'destruction.get': method<DestructionBatch>()({ input: z.object({ id: recordId('销毁批次') }), access: PROPOSERS, title: '查看销毁批次' }),
  'destruction.list': method<DestructionBatchRow[]>()({ input: z.object({}).default({}), access: PROPOSERS, title: '查看销毁登记' }),
  /** 导出: every item of every batch, with its batch. */
  'destruction.export': method<{ ticket: string; fileName: string; savedTo?: string | null }>()({ input: z.object({}).default({}), access: PROPOSERS, title: '导出销毁登记' }),
  'destruction.sheet': method<DestructionSheet>()({ input: z.object({ id: recordId('销毁批次') }), access: PROPOSERS, title: '打印销毁清单' }),
} satisfies Record<string, MethodSpec>;
