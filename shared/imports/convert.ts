import { formatCopyRanges } from '../incoming/copy-numbers';
import { formatSecrecyPeriod } from '../incoming/vocabulary';
import { cellText, readChoice, readCopyNumbers, readDate, readFlag, readInt, readMonths, readSerial, type Cell, type Read, type SerialNumber } from './cells';
import { deriveValues } from './derive';
import { IMPORT_FIELDS, type ImportField } from './fields';
import type { ImportRegister } from './registers';

/** One row read field by field, before the core looks names up and applies the register's rules. */
export interface ConvertedRow {
  /** Field key → the value as the register's input takes it; names (units, people, seals, 发文字号) still as text. */
  values: Record<string, unknown>;
  /** Field key → why its cell could not be read. */
  problems: Record<string, string>;
}

const plain = (value: unknown): Read<unknown> => ({ ok: true, value });

function read(cell: Cell, field: ImportField): Read<unknown> {
  switch (field.kind) {
    case 'date':
      return readDate(cell, false);
    case 'instant': {
      const r = readDate(cell, true);
      return r.ok ? plain(`${r.value.date}T${r.value.time}:00+08:00`) : r;
    }
    case 'localTime': {
      const r = readDate(cell, true);
      return r.ok ? plain(`${r.value.date}T${r.value.time}`) : r;
    }
    case 'int':
      return readInt(cell);
    case 'months':
      return readMonths(cell);
    case 'copyNumbers':
      return readCopyNumbers(cell);
    case 'flag':
      return readFlag(cell);
    case 'serial':
      return readSerial(cell);
    case 'choice':
      return readChoice(cell, field);
    default:
      return plain(cellText(cell));
  }
}

/** A value as the screen shows it: dates with a space before the time, choices by label. */
export function showValue(field: ImportField, value: unknown): string {
  switch (field.kind) {
    case 'instant':
      return String(value).slice(0, 16).replace('T', ' ');
    case 'localTime':
      return String(value).replace('T', ' ');
    case 'months':
      return formatSecrecyPeriod(value as number);
    case 'copyNumbers':
      return formatCopyRanges(value as number[]);
    case 'flag':
      return value ? '是' : '否';
    case 'serial': {
      const { year, serial } = value as SerialNumber;
      return year === null ? `第${serial}号` : `${year}年第${serial}号`;
    }
    case 'choice':
      return field.labels?.[value as string] ?? String(value);
    default:
      return String(value);
  }
}

/**
 * Reads one row: `cells` holds, for each field, its cell (or the default the user set for a
 * blank one). Blank fields stay absent; what a blank means by the register's own practice
 * (文种 from the title, 保密期限 by law, 拟稿日期 = 成文日期 …) is filled in by deriveValues.
 * `only` reads just those fields, as they are written.
 */
export function convertRow(register: ImportRegister, cells: Readonly<Record<string, Cell>>, only?: readonly string[]): ConvertedRow {
  const values: Record<string, unknown> = {};
  const problems: Record<string, string> = {};
  for (const field of IMPORT_FIELDS[register]) {
    if (only && !only.includes(field.key)) continue;
    const cell = cells[field.key] ?? null;
    if (cellText(cell) === '') continue;
    const r = read(cell, field);
    if (r.ok) values[field.key] = r.value;
    else problems[field.key] = r.message;
  }
  if (!only) deriveValues(register, values, cells);
  return { values, problems };
}

/** Field key → the value as the import screen shows it. */
export function showRow(register: ImportRegister, values: Readonly<Record<string, unknown>>): Record<string, string> {
  const shown: Record<string, string> = {};
  for (const field of IMPORT_FIELDS[register]) {
    if (values[field.key] !== undefined) shown[field.key] = showValue(field, values[field.key]);
  }
  return shown;
}

/** A cell as its field would read it (a date serial as the date), or as written when it does not read. */
export function showCell(field: ImportField | undefined, cell: Cell): string {
  const r = field && cellText(cell) !== '' ? read(cell, field) : null;
  return r?.ok ? showValue(field!, r.value) : cellText(cell);
}
