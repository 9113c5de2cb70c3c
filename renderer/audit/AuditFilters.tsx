import { Group, TextInput } from '@mantine/core';
import { API } from '../../shared/api';
import type { Result } from '../../shared/api';
import { DateField } from '../common/DateField';
import { normalizeDateText } from '../common/date-text';
import { FormActions } from '../form/FormActions';
import { schemaErrors } from '../form/field-errors';
import { useEntryForm } from '../form/useEntryForm';

export interface Filters {
  userName: string;
  from: string;
  to: string;
  method: string;
  record: string;
}

export const NO_FILTERS: Filters = { userName: '', from: '', to: '', method: '', record: '' };

/** audit.list input: empty dates are left out rather than sent as invalid ''. */
export function filterInput(f: Filters) {
  const from = normalizeDateText(f.from);
  const to = normalizeDateText(f.to);
  return {
    userName: f.userName,
    method: f.method,
    record: f.record.trim(),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  };
}

interface Props {
  filters: Filters;
  onQuery: (filters: Filters) => Promise<Result<unknown>>;
}

export function AuditFilters({ filters, onQuery }: Props) {
  const form = useEntryForm({
    initial: filters,
    check: (v) => schemaErrors(API['audit.list'].input, filterInput(v)),
    submit: onQuery,
    onSaved: () => undefined,
    onCancel: () => {
      form.reset(NO_FILTERS);
    },
    lastEnterSubmits: true,
  });

  return (
    <form {...form.formProps} aria-label="查询条件">
      <Group align="flex-start" gap="sm" wrap="wrap">
        <TextInput label="操作人" w={130} {...form.text('userName')} />
        <DateField label="开始日期" value={form.values.from} onChange={(v) => form.set('from', v)} error={form.errors.from} w={140} />
        <DateField label="结束日期" value={form.values.to} onChange={(v) => form.set('to', v)} error={form.errors.to} w={140} />
        <TextInput label="操作" placeholder="如：新增单位、登录" w={160} {...form.text('method')} />
        <TextInput label="记录" placeholder="记录编号" w={150} {...form.text('record')} />
        <div style={{ paddingTop: 25 }}>
          <FormActions
            generalError={form.generalError}
            saving={form.saving}
            submitLabel="查询"
            keysHint="Ctrl+S 查询 · Esc 清空条件"
          />
        </div>
      </Group>
    </form>
  );
}
