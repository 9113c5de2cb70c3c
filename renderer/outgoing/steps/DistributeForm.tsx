import { SimpleGrid, Textarea } from '@mantine/core';
import { useEffect } from 'react';
import { API } from '../../../shared/api';
import type { OutgoingRecord } from '../../../shared/outgoing/api';
import { invoke } from '../../api/client';
import { DateField } from '../../common/DateField';
import { schemaErrors } from '../../form/field-errors';
import { useEntryForm } from '../../form/useEntryForm';
import { ActionForm } from '../../incoming/workflow/ActionForm';
import { today, typedDate } from '../../incoming/workflow/dates';
import type { StepFormProps } from './step-form';

interface Values {
  recipients: string;
  date: string;
}

/** 县财政局、县教育局 or one per line, as a clerk copies them from the 主送/抄送 lines. */
const recipientsOf = (text: string) =>
  text
    .split(/[\n、，,；;]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');

/** 分发: to whom the printed copies went, and when; a later batch is another entry. */
export function DistributeForm({ record, onSaved, onCancel }: StepFormProps) {
  const input = (v: Values) => ({ id: record.id, recipients: recipientsOf(v.recipients), date: typedDate(v.date) });
  const carried = [record.mainTo, record.ccTo].filter((s) => s.trim() !== '').join('、');
  const form = useEntryForm({
    initial: { recipients: record.distributions.length === 0 ? carried : '', date: today() } as Values,
    check: (v) => schemaErrors(API['outgoing.distribute'].input, input(v)),
    submit: (v) => invoke('outgoing.distribute', input(v)),
    onSaved: (saved: OutgoingRecord) => onSaved(saved, '已登记分发'),
    onCancel,
  });
  const { focusFirst, values, set, errors } = form;
  useEffect(() => focusFirst(), [focusFirst]);
  return (
    <ActionForm title="分发" formProps={form.formProps} generalError={form.generalError} saving={form.saving} submitLabel="保存分发" onCancel={onCancel}>
      <Textarea
        label="分发对象"
        description="用顿号或换行分开"
        autosize
        minRows={2}
        maxRows={6}
        value={values.recipients}
        error={errors.recipients ?? errors['recipients.0']}
        onChange={(e) => set('recipients', e.currentTarget.value)}
      />
      <SimpleGrid cols={2} spacing="xs">
        <DateField label="分发日期" value={values.date} onChange={(v) => set('date', v)} error={errors.date} />
      </SimpleGrid>
    </ActionForm>
  );
}
