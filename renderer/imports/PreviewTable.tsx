import { Badge } from '@mantine/core';
import type { Mapping, PreviewRow, RowStatus } from '../../shared/imports/api';
import { IMPORT_FIELDS } from '../../shared/imports/fields';
import type { ImportRegister } from '../../shared/imports/registers';
import { LedgerTable, type Column } from '../common/LedgerTable';
import { problemText } from './report-text';

const STATUS: Record<RowStatus, { label: string; color: string }> = {
  new: { label: '将导入', color: 'teal' },
  present: { label: '已有', color: 'gray' },
  invalid: { label: '有误', color: 'red' },
};

interface Props {
  register: ImportRegister;
  mapping: Mapping;
  rows: readonly PreviewRow[];
}

/** Step 3: the first rows with the value each field would get, and what is wrong with a row. */
export function PreviewTable({ register, mapping, rows }: Props) {
  const used = new Set([...mapping.columns.filter((k): k is string => k !== null), ...Object.keys(mapping.defaults).filter((k) => mapping.defaults[k])]);
  const fields = IMPORT_FIELDS[register].filter((f) => used.has(f.key) || rows.some((r) => r.shown[f.key] !== undefined));
  const columns: Column<PreviewRow>[] = [
    { header: '行', cell: (r) => r.row, kind: 'num', width: 48 },
    {
      header: '状态',
      width: 88,
      cell: (r) => (
        <Badge variant="light" color={STATUS[r.status].color} radius="sm" fw={500}>
          {STATUS[r.status].label}
        </Badge>
      ),
    },
    // Before the fields, so what is wrong with a row is in view however many fields there are.
    { header: '说明', cell: (r) => <div className="import-note">{r.note || r.problems.map(problemText).join('；')}</div>, kind: 'wrap' },
    ...fields.map((f): Column<PreviewRow> => ({ header: f.label, cell: (r) => r.shown[f.key] ?? '' })),
  ];
  return <LedgerTable label="导入预览" columns={columns} rows={rows} rowKey={(r) => String(r.row)} empty="表头下面没有可导入的行。" />;
}
