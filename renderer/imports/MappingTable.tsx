import { Select } from '@mantine/core';
import type { HeaderColumn, Mapping } from '../../shared/imports/api';
import { IMPORT_FIELDS } from '../../shared/imports/fields';
import type { ImportRegister } from '../../shared/imports/registers';
import { LedgerTable, type Column } from '../common/LedgerTable';

interface Props {
  register: ImportRegister;
  columns: readonly HeaderColumn[];
  mapping: Mapping;
  onChange: (columns: (string | null)[]) => void;
}

const SKIP = '-';

/** Step 2: which field each column of the sheet fills, as suggested from its header; any column can be changed or left out. */
export function MappingTable({ register, columns, mapping, onChange }: Props) {
  const options = [
    { value: SKIP, label: '（不导入）' },
    ...IMPORT_FIELDS[register].map((f) => ({ value: f.key, label: f.required ? `${f.label}（必填）` : f.label })),
  ];
  const set = (index: number, key: string | null) => {
    const next = Array.from({ length: Math.max(mapping.columns.length, index + 1) }, (_, c) => mapping.columns[c] ?? null);
    next[index] = key;
    onChange(next);
  };
  const table: Column<HeaderColumn>[] = [
    { header: '列', cell: (c) => c.letter, width: 40 },
    { header: '表头', cell: (c) => c.name || '（无）' },
    { header: '前几行的内容', cell: (c) => <div className="import-note">{c.samples.join('；')}</div>, kind: 'wrap' },
    {
      header: '导入为',
      width: 180,
      cell: (c) => (
        <Select
          aria-label={`${c.letter} 列（${c.name || '无表头'}）导入为`}
          data={options}
          value={mapping.columns[c.index] ?? SKIP}
          onChange={(v) => set(c.index, v && v !== SKIP ? v : null)}
          allowDeselect={false}
          size="xs"
          comboboxProps={{ withinPortal: true }}
        />
      ),
    },
  ];
  return <LedgerTable label="列的对应" columns={table} rows={columns} rowKey={(c) => c.letter} empty="这一行没有表头，请换一个表头所在行。" />;
}
