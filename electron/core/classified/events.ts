import type { CopyEventKind } from '../../../shared/classified/vocabulary';
import type { CallContext } from '../api/context';
import type { NewRowOf, RowOf } from '../db/write-path';
import { uuidv7 } from '../ids';

type EventFields = Partial<Pick<NewRowOf<'classifiedEvents'>, 'folderNo' | 'personId' | 'personName' | 'unitId' | 'unitName' | 'signedOff' | 'instruction' | 'batchId' | 'batchNo'>>;

/**
 * Moves a copy to its new place and appends the line of its history that says so, in one
 * call's transaction: the copy's place (R27) and its history never disagree.
 */
export function moveCopy(
  ctx: CallContext,
  copy: RowOf<'classifiedCopies'>,
  kind: CopyEventKind,
  at: string,
  place: Pick<NewRowOf<'classifiedCopies'>, 'place' | 'holderId' | 'holderName' | 'folderNo' | 'since'>,
  fields: EventFields = {},
): void {
  ctx.update('classifiedCopies', copy.id, { ...place, updatedAt: ctx.at });
  ctx.insert('classifiedEvents', {
    id: uuidv7(ctx.now.getTime()),
    copyId: copy.id,
    docId: copy.docId,
    kind,
    at,
    folderNo: '',
    personId: null,
    personName: '',
    unitId: null,
    unitName: '',
    signedOff: false,
    instruction: '',
    batchId: null,
    batchNo: '',
    ...fields,
    officer: ctx.user!.displayName,
    createdAt: ctx.at,
    updatedAt: ctx.at,
  });
}

export const IN_STOCK = { place: 'inStock', holderId: null, holderName: '', folderNo: '', since: null } as const;
