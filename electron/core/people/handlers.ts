import type { Person } from '../../../shared/people/api';
import type { CallContext } from '../api/context';
import type { Handlers } from '../api/dispatcher';
import { invalid, refuse } from '../api/errors';
import { pinyinKeys } from '../../../shared/dictionaries/pinyin';
import type { RowOf } from '../db/write-path';
import { uuidv7 } from '../ids';
import { people } from '../db/schema';
import { asc, isNull, sql } from 'drizzle-orm';

const toPerson = (r: RowOf<'people'>): Person => ({
  id: r.id,
  name: r.name,
  title: r.title,
  unitId: r.unitId,
  initials: r.initialsOverride || r.initials,
  pinyin: r.pinyin,
  initialsOverride: r.initialsOverride,
  disabled: r.disabled,
});

function checkUnit(ctx: CallContext, unitId: string | null): void {
  if (unitId === null) return;
  const unit = ctx.get('units', unitId);
  if (!unit || unit.deletedAt) throw invalid('unitId', '所在单位不在单位名录中，请从名录中选择');
}

export const peopleHandlers: Pick<Handlers, 'people.list' | 'people.add' | 'people.update'> = {
  'people.list': (ctx) => {
    const rows = ctx.db.select().from(people).where(isNull(people.deletedAt)).orderBy(asc(people.disabled), sql`coalesce(nullif(${people.initialsOverride}, ''), ${people.initials})`).all();
    return rows.map(toPerson);
  },

  'people.add': (ctx, input) => {
    checkUnit(ctx, input.unitId);
    const row = ctx.insert('people', {
      id: uuidv7(),
      name: input.name,
      title: input.title,
      unitId: input.unitId,
      ...pinyinKeys(input.name),
      initialsOverride: input.initialsOverride.toLowerCase(),
      disabled: false,
      createdAt: ctx.at,
      updatedAt: ctx.at,
    });
    return toPerson(row);
  },

  'people.update': (ctx, input) => {
    const existing = ctx.get('people', input.id);
    if (!existing || existing.deletedAt) throw refuse('NOT_FOUND', '找不到该人员，可能已被删除，请刷新。');
    checkUnit(ctx, input.unitId);
    const row = ctx.update('people', input.id, {
      name: input.name,
      title: input.title,
      unitId: input.unitId,
      ...pinyinKeys(input.name),
      initialsOverride: input.initialsOverride.toLowerCase(),
      disabled: input.disabled,
      updatedAt: ctx.at,
    });
    return toPerson(row);
  },
};
