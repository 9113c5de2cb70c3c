import type { Mapping } from './api';
import { DERIVED } from './derive';
import { fieldOf, IMPORT_FIELDS } from './fields';
import { columnLetter } from './headers';
import type { ImportRegister } from './registers';

/** What is wrong with a mapping, by path (mapping.columns, mapping.defaults): an unknown field, or a field given two columns. */
export function mappingProblems(register: ImportRegister, mapping: Mapping): Record<string, string> {
  const problems: Record<string, string> = {};
  const columnsOf = new Map<string, number[]>();
  mapping.columns.forEach((key, c) => {
    if (key) columnsOf.set(key, [...(columnsOf.get(key) ?? []), c]);
  });
  for (const [key, columns] of columnsOf) {
    const field = fieldOf(register, key);
    if (!field) problems['mapping.columns'] ??= `没有“${key}”这一项，请重新选择列的对应`;
    else if (columns.length > 1) problems['mapping.columns'] ??= `「${field.label}」对应了 ${columns.map(columnLetter).join('、')} 列，请只选其中一列`;
  }
  const unknown = Object.keys(mapping.defaults).find((key) => !fieldOf(register, key));
  if (unknown) problems['mapping.defaults'] = `没有“${unknown}”这一项，请重新填写默认值`;
  return problems;
}

/** Keys of the required fields that have no column, no default for blanks, and cannot be worked out from another field. */
export function missingFields(register: ImportRegister, mapping: Mapping): string[] {
  const given = new Set<string>(mapping.columns.filter((k): k is string => k !== null));
  for (const [key, text] of Object.entries(mapping.defaults)) if (text.trim()) given.add(key);
  return IMPORT_FIELDS[register]
    .filter((f) => f.required && !given.has(f.key))
    .filter((f) => {
      const source = DERIVED[register][f.key];
      return source === undefined || (source !== true && !given.has(source));
    })
    .map((f) => f.key);
}
