import type { DestructionBatch, DestructionItem } from '../../../shared/destruction/api';
import type { BatchState, DestructionMethod, ItemKind } from '../../../shared/destruction/vocabulary';
import type { SecrecyLevel } from '../../../shared/incoming/vocabulary';
import type { CallContext } from '../api/context';
import { refuse } from '../api/errors';
import { prepared } from '../db/statements';
import type { RowOf } from '../db/write-path';
import { MASKED_TITLE, seesClassifiedTitles } from '../incoming/view';

export const batchNo = (b: { year: number; serial: number }) => `${b.year}-${b.serial}`;

export function mustGetBatch(ctx: CallContext, id: string): RowOf<'destructionBatches'> {
  const row = ctx.get('destructionBatches', id);
  if (!row) throw refuse('NOT_FOUND', '找不到这个销毁批次，请刷新。');
  return row;
}

/** The items still on the list (not withdrawn). */
export const activeItems = (ctx: CallContext, batchId: string) =>
  prepared(ctx.sqlite, 'SELECT id FROM destruction_items WHERE batch_id = ? AND withdrawn = 0 ORDER BY created_at, rowid')
    .all(batchId)
    .map((r) => ctx.get('destructionItems', (r as { id: string }).id)!);

export function batchOf(ctx: CallContext, row: RowOf<'destructionBatches'>): DestructionBatch {
  const sees = seesClassifiedTitles(ctx);
  const items = (prepared(ctx.sqlite, 'SELECT id FROM destruction_items WHERE batch_id = ? ORDER BY created_at, rowid').all(row.id) as { id: string }[]).map(
    ({ id }): DestructionItem => {
      const i = ctx.get('destructionItems', id)!;
      return {
        id: i.id,
        kind: i.kind as ItemKind,
        copyId: i.copyId,
        recordId: i.recordId,
        title: i.secrecyLevel !== 'none' && !sees ? MASKED_TITLE : i.title,
        secrecyLevel: i.secrecyLevel as SecrecyLevel,
        copyNo: i.copyNo,
        copies: i.copies,
        reason: i.reason,
        proposedBy: i.proposedBy,
        withdrawn: i.withdrawn,
        withdrawReason: i.withdrawReason,
      };
    },
  );
  const notes = prepared(ctx.sqlite, 'SELECT at, by, text FROM destruction_notes WHERE batch_id = ? ORDER BY at, rowid').all(row.id) as DestructionBatch['notes'];
  return {
    id: row.id,
    batchNo: batchNo(row),
    state: row.state as BatchState,
    applicant: row.applicant,
    createdAt: row.createdAt,
    approverId: row.approverId,
    approverName: row.approverName,
    approverTitle: row.approverTitle,
    approvedAt: row.approvedAt,
    method: row.method as DestructionMethod | null,
    facility: row.facility,
    place: row.place,
    escort: row.escort,
    supervisors: row.supervisors,
    destroyedAt: row.destroyedAt,
    notes,
    items,
  };
}
