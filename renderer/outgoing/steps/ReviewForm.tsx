import { SimpleGrid, TextInput } from '@mantine/core';
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

/** 核稿: who checked the draft, and when. */
export function ReviewForm({ record, onSaved, onCancel }: StepFormProps) {
  const input = (v: { reviewer: string; date: string }) => ({ id: record.id, reviewer: v.reviewer, date: typedDate(v.date) });
  const form = useEntryForm({
    initial: { reviewer: record.reviewer ?? '', date: today() },
    check: (v) => schemaErrors(API['outgoing.review'].input, input(v)),
    submit: (v) => invoke('outgoing.review', input(v)),
    onSaved: (saved: OutgoingRecord) => onSaved(saved, '已登记核稿'),
    onCancel,
  });
  const { focusFirst, values, set, errors } = form;
  useEffect(() => focusFirst(), [focusFirst]);
  return (
    <ActionForm title="核稿" formProps={form.formProps} generalError={form.generalError} saving={form.saving} submitLabel="保存核稿" onCancel={onCancel}>
      <SimpleGrid cols={2} spacing="xs">
        <TextInput label="核稿人" autoComplete="off" {...form.text('reviewer')} />
        <DateField label="核稿日期" value={values.date} onChange={(v) => set('date', v)} error={errors.date} />
      </SimpleGrid>
    </ActionForm>
  );
}
