import type { SealFigures, SealStats } from '../../../shared/seals/api';
import type { Handlers } from '../api/dispatcher';
import { prepared } from '../db/statements';
import { ensureDefaultSeals } from './catalog';
import { EFFECTIVE } from './effective';

const zero = (): SealFigures => ({ uses: 0, copies: 0 });
const add = (into: SealFigures, uses: number, copies: number) => {
  into.uses += uses;
  into.copies += copies;
};

/** Uses that happened (as corrected, 未实际用印 left out) in the year of 用印时间. */
const IN_YEAR = `${EFFECTIVE} AND e.cancelled = 0 AND e.used_at >= @from AND e.used_at < @to`;

export const statsHandlers: Pick<Handlers, 'seals.stats'> = {
  'seals.stats': (ctx, { year }) => {
    ensureDefaultSeals(ctx);
    const range = { from: String(year), to: String(year + 1) };
    const bySealMonth = prepared(
      ctx.sqlite,
      `SELECT e.seal_id AS sealId, CAST(substr(e.used_at, 6, 2) AS INTEGER) AS month, count(*) AS uses, sum(e.copies) AS copies
       FROM seal_entries e WHERE ${IN_YEAR} GROUP BY e.seal_id, month`,
    ).all(range) as { sealId: string; month: number; uses: number; copies: number }[];
    const sealRows = prepared(ctx.sqlite, 'SELECT id, name FROM seals ORDER BY retired, created_at, rowid').all() as { id: string; name: string }[];
    const seals = new Map(sealRows.map((s) => [s.id, { sealId: s.id, sealName: s.name, total: zero(), months: Array.from({ length: 12 }, zero) }]));
    const months = Array.from({ length: 12 }, zero);
    const total = zero();
    for (const r of bySealMonth) {
      const seal = seals.get(r.sealId)!;
      add(seal.months[r.month - 1], r.uses, r.copies);
      add(seal.total, r.uses, r.copies);
      add(months[r.month - 1], r.uses, r.copies);
      add(total, r.uses, r.copies);
    }
    const units = prepared(
      ctx.sqlite,
      `SELECT e.unit_id AS unitId, max(e.unit_name) AS unitName, count(*) AS uses, sum(e.copies) AS copies
       FROM seal_entries e WHERE ${IN_YEAR} GROUP BY e.unit_id ORDER BY uses DESC, copies DESC, unitName`,
    ).all(range) as { unitId: string | null; unitName: string; uses: number; copies: number }[];
    const result: SealStats = {
      year,
      seals: [...seals.values()],
      units: units.map(({ uses, copies, ...u }) => ({ ...u, total: { uses, copies } })),
      months,
      total,
    };
    return result;
  },
};
