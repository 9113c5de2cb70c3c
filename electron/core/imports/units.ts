import { API, type ParsedInputOf } from '../../../shared/api';
import { fold } from '../../../shared/imports/cells';
import type { CallContext } from '../api/context';
import { prepared } from '../db/statements';
import { unitsHandlers } from '../units/handlers';
import { parseInput, type Importer } from './importer';

type NewUnit = ParsedInputOf<'units.add'>;

/** 单位名录: each row is a units.add (its pinyin keys, one live unit per full name); a full name already there is skipped. */
export function unitsImporter(ctx: CallContext): Importer<NewUnit> {
  const add = unitsHandlers['units.add'];
  return {
    writesEachRow: true,
    numbering: [],
    begin() {},
    build: (v) =>
      parseInput(
        API['units.add'].input,
        { fullName: v.fullName, shortName: v.shortName ?? '', category: v.category, initialsOverride: v.initialsOverride ?? '' },
        {},
      ),
    keys: (row) => [{ key: fold(row.fullName), field: 'fullName' }],
    existing(row) {
      const there = prepared(ctx.sqlite, 'SELECT 1 FROM units WHERE full_name = ? AND deleted_at IS NULL').get(row.fullName);
      return there ? { present: row.fullName } : null;
    },
    add(row) {
      add(ctx, row);
    },
    flush() {},
  };
}
