import type { ImportMode, Mapping, RowProblem, RowStatus } from '../../../shared/imports/api';
import { cellText, type Cell } from '../../../shared/imports/cells';
import { convertRow } from '../../../shared/imports/convert';
import { labelOf } from '../../../shared/imports/fields';
import type { SheetRow } from '../../../shared/imports/headers';
import type { ImportRegister } from '../../../shared/imports/registers';
import type { CallContext } from '../api/context';
import { Refusal } from '../api/errors';
import { Directory } from './directory';
import type { FieldProblems, Importer } from './importer';
import { incomingImporter } from './incoming';
import { outgoingImporter } from './outgoing';
import { sealsImporter } from './seals';
import { unitsImporter } from './units';

export interface RowOutcome {
  row: SheetRow;
  status: RowStatus;
  values: Readonly<Record<string, unknown>>;
  problems: RowProblem[];
  note: string;
}

export interface Processed {
  records: number;
  valid: number;
  present: number;
  /** Every row not imported because something is wrong with it. */
  rejected: RowOutcome[];
  imported: number;
  /** Every row's outcome, when asked for (the preview's few rows). */
  outcomes: RowOutcome[];
}

/**
 * How a run ends: write keeps what was added (mode 'all' only when no row was wrong);
 * otherwise everything is rolled back, so a check or a refused import leaves the register
 * exactly as it was.
 */
export interface RunOptions {
  write: boolean;
  mode: ImportMode | null;
  keepOutcomes: boolean;
}

function importerFor(register: ImportRegister, ctx: CallContext): Importer<unknown> {
  const directory = new Directory(ctx);
  const make = { incoming: incomingImporter, outgoing: outgoingImporter, seals: sealsImporter, units: unitsImporter }[register];
  return make(ctx, directory) as Importer<unknown>;
}

/**
 * A row's cells by field: the mapped column's cell, or the default the user set for a blank one;
 * `only` the given fields (the numbering a first pass reads).
 */
function cellsReader(mapping: Mapping, only?: readonly string[]): (row: SheetRow) => Record<string, Cell> {
  const columns = mapping.columns.flatMap((key, c) => (key && (!only || only.includes(key)) ? [[key, c] as const] : []));
  const defaults = Object.entries(mapping.defaults).filter(([key, text]) => text.trim() && (!only || only.includes(key)));
  return (row) => {
    const cells: Record<string, Cell> = {};
    for (const [key, c] of columns) cells[key] = row.cells[c] ?? null;
    for (const [key, text] of defaults) if (cellText(cells[key] ?? null) === '') cells[key] = text;
    return cells;
  };
}

class Rollback extends Error {}

/** Rows checked and written at a time: what the import holds in memory is one batch, whatever the file's size. */
export const BATCH_ROWS = 5_000;

/** Every row of `rows` (read afresh for each pass) through the register's importer, in one savepoint. */
export function processRows(ctx: CallContext, register: ImportRegister, rows: () => Iterable<SheetRow>, mapping: Mapping, options: RunOptions): Processed {
  const importer = importerFor(register, ctx);
  const problemsOf = (row: SheetRow, fields: FieldProblems): RowProblem[] =>
    Object.entries(fields).map(([key, message]) => ({ row: row.row, field: labelOf(register, key), message }));
  const addOne = ctx.sqlite.transaction((built: unknown) => importer.add(built));
  const result: Processed = { records: 0, valid: 0, present: 0, rejected: [], imported: 0, outcomes: [] };
  const seen = new Map<string, number>();

  /** What becomes of one row: added (new), skipped as already there (present), or refused (invalid) and why. */
  const check = (row: SheetRow, values: Readonly<Record<string, unknown>>, unread: FieldProblems): [RowStatus, RowProblem[]?, string?] => {
    if (Object.keys(unread).length) return ['invalid', problemsOf(row, unread)];
    const built = importer.build(values);
    if (!built.ok) return ['invalid', problemsOf(row, built.problems)];
    const keys = importer.keys(built.row);
    const repeat = keys.find((k) => seen.has(k.key));
    if (repeat) {
      const twin = seen.get(repeat.key);
      const message = repeat.field ? `与第 ${twin} 行相同，不能重复` : `与第 ${twin} 行是同一条记录，不能重复导入`;
      return ['invalid', problemsOf(row, { [repeat.field]: message })];
    }
    for (const k of keys) seen.set(k.key, row.row);
    const there = importer.existing(built.row);
    if (there && 'present' in there) return ['present', [], `已有：${there.present}`];
    if (there) return ['invalid', problemsOf(row, there.problems)];
    try {
      if (importer.writesEachRow) addOne(built.row);
      else importer.add(built.row);
    } catch (error) {
      if (!(error instanceof Refusal)) throw error;
      return ['invalid', problemsOf(row, error.fields && Object.keys(error.fields).length ? error.fields : { '': error.message })];
    }
    return ['new'];
  };

  // A batch written only to be rolled back is time lost: a check keeps nothing, nor does mode 'all' once a row is wrong.
  const keeps = () => options.write && !(options.mode === 'all' && result.rejected.length > 0);
  const cellsOf = cellsReader(mapping);
  const work = () => {
    const numberingOf = cellsReader(mapping, importer.numbering);
    let numbering: Readonly<Record<string, unknown>>[] | null = null;
    importer.begin(() => (numbering ??= Array.from(rows(), (row) => convertRow(register, numberingOf(row), importer.numbering).values)));
    for (const row of rows()) {
      if (result.records > 0 && result.records % BATCH_ROWS === 0 && keeps()) importer.flush(true);
      result.records += 1;
      const { values, problems: unread } = convertRow(register, cellsOf(row));
      const settle = (status: RowStatus, problems: RowProblem[] = [], note = '') => {
        const outcome = { row, status, values, problems, note };
        if (status === 'invalid') result.rejected.push(outcome);
        else if (status === 'present') result.present += 1;
        else result.valid += 1;
        if (options.keepOutcomes) result.outcomes.push(outcome);
      };
      settle(...check(row, values, unread));
    }
    if (!keeps()) throw new Rollback();
    importer.flush(false);
    result.imported = result.valid;
  };

  try {
    ctx.sqlite.transaction(work)();
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  }
  return result;
}
