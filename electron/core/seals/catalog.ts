import type { Seal } from '../../../shared/seals/api';
import { DEFAULT_SEALS } from '../../../shared/seals/approval';
import type { CallContext } from '../api/context';
import type { Handlers } from '../api/dispatcher';
import { invalid, refuse } from '../api/errors';
import { prepared } from '../db/statements';
import type { RowOf } from '../db/write-path';
import { stableId, uuidv7 } from '../ids';
import { openTakeOut } from './effective';
import { serialText } from './lines';

/**
 * The three seals of art. 21 (县人民政府印章, 县政府办印章, 县长专用章) with their approval
 * rules, created the first time the ledger is used — so an office set up before this
 * register gets them too.
 */
export function ensureDefaultSeals(ctx: CallContext): void {
  if (prepared(ctx.sqlite, 'SELECT 1 FROM seals LIMIT 1').get()) return;
  for (const seal of DEFAULT_SEALS) {
    ctx.insert('seals', {
      id: stableId('seal', seal.name),
      name: seal.name,
      custodian: '文秘办机要员',
      approverTitles: [...seal.approverTitles],
      approvalRule: seal.approvalRule,
      retired: false,
      createdAt: ctx.at,
      updatedAt: ctx.at,
    });
  }
}

export function mustGetSeal(ctx: CallContext, id: string, field = 'sealId'): RowOf<'seals'> {
  const row = ctx.get('seals', id);
  if (!row) throw invalid(field, '印章须从印章目录中选择');
  return row;
}

export function sealView(ctx: CallContext, row: RowOf<'seals'>): Seal {
  const out = openTakeOut(ctx.sqlite, row.id);
  return {
    id: row.id,
    name: row.name,
    custodian: row.custodian,
    approverTitles: row.approverTitles,
    approvalRule: row.approvalRule,
    retired: row.retired,
    out: out ? { entryId: out.rootId, serialText: serialText(out), usedAt: out.usedAt, handler: out.handler, unitName: out.unitName } : null,
  };
}

/** Two seals with one name would make the printed ledger ambiguous. */
function assertUniqueName(ctx: CallContext, name: string, exceptId: string | null): void {
  const same = prepared(ctx.sqlite, 'SELECT id FROM seals WHERE name = ? AND id IS NOT ?').get(name, exceptId);
  if (same) throw invalid('name', `已有名为“${name}”的印章`);
}

const cleanTitles = (titles: string[]) => [...new Set(titles)];

export const catalogHandlers: Pick<Handlers, 'seals.catalog' | 'seals.addSeal' | 'seals.updateSeal'> = {
  'seals.catalog': (ctx) => {
    ensureDefaultSeals(ctx);
    const ids = prepared(ctx.sqlite, 'SELECT id FROM seals ORDER BY retired, created_at, rowid').all() as { id: string }[];
    return ids.map(({ id }) => sealView(ctx, ctx.get('seals', id)!));
  },

  'seals.addSeal': (ctx, input) => {
    ensureDefaultSeals(ctx);
    assertUniqueName(ctx, input.name, null);
    const row = ctx.insert('seals', {
      id: uuidv7(ctx.now.getTime()),
      ...input,
      approverTitles: cleanTitles(input.approverTitles),
      retired: false,
      createdAt: ctx.at,
      updatedAt: ctx.at,
    });
    return sealView(ctx, row);
  },

  'seals.updateSeal': (ctx, { id, ...fields }) => {
    const row = ctx.get('seals', id);
    if (!row) throw refuse('NOT_FOUND', '找不到这枚印章，请刷新。');
    assertUniqueName(ctx, fields.name, id);
    if (fields.retired && !row.retired && openTakeOut(ctx.sqlite, id)) {
      throw refuse('CONFLICT', `${row.name}已外带尚未归还，请先登记归还再停用。`);
    }
    const updated = ctx.update('seals', id, { ...fields, approverTitles: cleanTitles(fields.approverTitles), updatedAt: ctx.at });
    return sealView(ctx, updated);
  },
};
