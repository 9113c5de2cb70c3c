import type { Unit, UnitCategory } from '../../../shared/units/api';
import type { CallContext } from '../api/context';
import type { Handlers } from '../api/dispatcher';
import { refuse } from '../api/errors';
import { pinyinKeys } from '../../../shared/dictionaries/pinyin';
import type { RowOf } from '../db/write-path';
import { prepared } from '../db/statements';
import { uuidv7 } from '../ids';
import { units } from '../db/schema';
import { asc, isNull, sql } from 'drizzle-orm';

const toUnit = (r: RowOf<'units'>): Unit => ({
  id: r.id,
  fullName: r.fullName,
  shortName: r.shortName,
  category: r.category as UnitCategory,
  initials: r.initialsOverride || r.initials,
  pinyin: r.pinyin,
  initialsOverride: r.initialsOverride,
  disabled: r.disabled,
});

/** Two live units with one full name would make 来文单位 ambiguous in every register. */
function checkUniqueName(ctx: CallContext, fullName: string, exceptId: string | null): void {
  const clash = prepared(ctx.sqlite, 'SELECT id FROM units WHERE full_name = ? AND deleted_at IS NULL').all(fullName) as {
    id: string;
  }[];
  if (clash.some((c) => c.id !== exceptId)) {
    throw refuse('CONFLICT', `单位“${fullName}”已在名录中。`, { fullName: '名录中已有同名单位' });
  }
}

function mustGet(ctx: CallContext, id: string): RowOf<'units'> {
  const row = ctx.get('units', id);
  if (!row || row.deletedAt) throw refuse('NOT_FOUND', '找不到该单位，可能已被删除，请刷新。');
  return row;
}

export const unitsHandlers: Pick<Handlers, 'units.list' | 'units.add' | 'units.update'> = {
  'units.list': (ctx) => {
    const rows = ctx.db.select().from(units).where(isNull(units.deletedAt)).orderBy(asc(units.disabled), sql`coalesce(nullif(${units.initialsOverride}, ''), ${units.initials})`).all();
    return rows.map(toUnit);
  },

  'units.add': (ctx, input) => {
    checkUniqueName(ctx, input.fullName, null);
    const row = ctx.insert('units', {
      id: uuidv7(),
      fullName: input.fullName,
      shortName: input.shortName,
      category: input.category,
      ...pinyinKeys(input.fullName),
      initialsOverride: input.initialsOverride.toLowerCase(),
      disabled: false,
      createdAt: ctx.at,
      updatedAt: ctx.at,
    });
    return toUnit(row);
  },

  'units.update': (ctx, input) => {
    mustGet(ctx, input.id);
    checkUniqueName(ctx, input.fullName, input.id);
    const row = ctx.update('units', input.id, {
      fullName: input.fullName,
      shortName: input.shortName,
      category: input.category,
      ...pinyinKeys(input.fullName),
      initialsOverride: input.initialsOverride.toLowerCase(),
      disabled: input.disabled,
      updatedAt: ctx.at,
    });
    return toUnit(row);
  },
};
