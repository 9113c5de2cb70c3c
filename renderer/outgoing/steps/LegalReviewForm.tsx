import { SimpleGrid, Textarea, TextInput } from '@mantine/core';
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
  reviewer: string;
  date: string;
  conclusion: string;
}

/** 合法性审查 of a 规范性文件 (R17): who, when and the conclusion, before it may be numbered. */
export function LegalReviewForm({ record, onSaved, onCancel }: StepFormProps) {
  const input = (v: Values) => ({ id: record.id, reviewer: v.reviewer, date: typedDate(v.date), conclusion: v.conclusion });
  const form = useEntryForm({
    initial: { reviewer: '', date: today(), conclusion: '' } as Values,
    check: (v) => schemaErrors(API['outgoing.legalReview'].input, input(v)),
    submit: (v) => invoke('outgoing.legalReview', input(v)),
    onSaved: (saved: OutgoingRecord) => onSaved(saved, '已登记合法性审查'),
    onCancel,
  });
  const { focusFirst, values, set, errors } = form;
  useEffect(() => focusFirst(), [focusFirst]);
  return (
    <ActionForm title="合法性审查" formProps={form.formProps} generalError={form.generalError} saving={form.saving} submitLabel="保存审查" onCancel={onCancel}>
      <SimpleGrid cols={2} spacing="xs">
        <TextInput label="审查人" autoComplete="off" {...form.text('reviewer')} />
        <DateField label="审查日期" value={values.date} onChange={(v) => set('date', v)} error={errors.date} />
      </SimpleGrid>
      <Textarea label="审查结论" autosize minRows={2} maxRows={5} value={values.conclusion} error={errors.conclusion} onChange={(e) => set('conclusion', e.currentTarget.value)} />
    </ActionForm>
  );
}
