import { Select, SimpleGrid, TextInput } from '@mantine/core';
import type { Mapping } from '../../shared/imports/api';
import { IMPORT_FIELDS, type ImportField } from '../../shared/imports/fields';
import type { ImportRegister } from '../../shared/imports/registers';

interface Props {
  register: ImportRegister;
  mapping: Mapping;
  missing: readonly string[];
  onChange: (defaults: Record<string, string>) => void;
}

/** The fields worth a default: those that have one, and the required ones nothing else fills. */
const shownFields = (register: ImportRegister, mapping: Mapping, missing: readonly string[]) =>
  IMPORT_FIELDS[register].filter((f) => mapping.defaults[f.key] !== undefined || missing.includes(f.key));

function hint(field: ImportField, mapped: boolean, missing: boolean): string {
  if (missing) return `表中没有这一列，请选择这批${field.label}统一使用的值`;
  const where = mapped ? '这一列空白的格子按此值导入' : '表中没有这一列，全部按此值导入';
  return field.note ? `${where}；${field.note}` : where;
}

/** Step 2, continued: what a blank cell (or a column the sheet lacks) means for each field. */
export function DefaultsForm({ register, mapping, missing, onChange }: Props) {
  const set = (key: string, value: string) => onChange({ ...mapping.defaults, [key]: value });
  return (
    <SimpleGrid cols={{ base: 2, lg: 4 }} spacing="sm" verticalSpacing="xs">
      {shownFields(register, mapping, missing).map((field) => {
        const common = {
          label: field.label,
          description: hint(field, mapping.columns.includes(field.key), missing.includes(field.key)),
          error: missing.includes(field.key) ? '请选择' : undefined,
          withAsterisk: field.required,
        };
        return field.labels ? (
          <Select
            key={field.key}
            {...common}
            data={Object.values(field.labels)}
            value={mapping.defaults[field.key] || null}
            onChange={(v) => set(field.key, v ?? '')}
            placeholder="（不填）"
            clearable
          />
        ) : (
          <TextInput key={field.key} {...common} value={mapping.defaults[field.key] ?? ''} onChange={(e) => set(field.key, e.currentTarget.value)} placeholder="（不填）" />
        );
      })}
    </SimpleGrid>
  );
}
