import { SimpleGrid } from '@mantine/core';
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

/** 归档: the date the file copy went to the archive; the last step. */
export function ArchiveForm({ record, onSaved, onCancel }: StepFormProps) {
  const input = (v: { date: string }) => ({ id: record.id, date: typedDate(v.date) });
  const form = useEntryForm({
    initial: { date: today() },
    check: (v) => schemaErrors(API['outgoing.archive'].input, input(v)),
    submit: (v) => invoke('outgoing.archive', input(v)),
    onSaved: (saved: OutgoingRecord) => onSaved(saved, '已归档'),
    onCancel,
  });
  const { focusFirst, values, set, errors } = form;
  useEffect(() => focusFirst(), [focusFirst]);
  return (
    <ActionForm title="归档" formProps={form.formProps} generalError={form.generalError} saving={form.saving} submitLabel="保存归档" onCancel={onCancel}>
      <SimpleGrid cols={2} spacing="xs">
        <DateField label="归档日期" value={values.date} onChange={(v) => set('date', v)} error={errors.date} />
      </SimpleGrid>
    </ActionForm>
  );
}
