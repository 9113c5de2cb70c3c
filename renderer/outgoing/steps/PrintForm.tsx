import { SimpleGrid, Text, TextInput } from '@mantine/core';
import { useEffect } from 'react';
import { API } from '../../../shared/api';
import { isClassified } from '../../../shared/incoming/vocabulary';
import type { OutgoingRecord } from '../../../shared/outgoing/api';
import { invoke } from '../../api/client';
import { DateField } from '../../common/DateField';
import { schemaErrors } from '../../form/field-errors';
import { useEntryForm } from '../../form/useEntryForm';
import { ActionForm } from '../../incoming/workflow/ActionForm';
import { today, typedDate } from '../../incoming/workflow/dates';
import type { StepFormProps } from './step-form';

interface Values {
  copies: string;
  copyFrom: string;
  copyTo: string;
  printedDate: string;
}

// Typed text stays text when it is not a number, so the schema names the field.
const int = (t: string) => (/^\d+$/.test(t.trim()) ? Number(t.trim()) : (t as unknown as number));
const optionalInt = (t: string) => (t.trim() === '' ? null : int(t));

/** 印制: 印数, 份号起止 (required for a classified document) and 印发日期 (not before 成文日期). */
export function PrintForm({ record, onSaved, onCancel }: StepFormProps) {
  const classified = isClassified(record.secrecyLevel);
  const input = (v: Values) => ({
    id: record.id,
    copies: int(v.copies),
    copyFrom: optionalInt(v.copyFrom),
    copyTo: optionalInt(v.copyTo),
    printedDate: typedDate(v.printedDate),
  });
  const form = useEntryForm({
    initial: { copies: '', copyFrom: '', copyTo: '', printedDate: today() } as Values,
    check: (v) => schemaErrors(API['outgoing.print'].input, input(v)),
    submit: (v) => invoke('outgoing.print', input(v)),
    onSaved: (saved: OutgoingRecord) => onSaved(saved, '已登记印制'),
    onCancel,
  });
  const { focusFirst, values, set, errors } = form;
  useEffect(() => focusFirst(), [focusFirst]);
  return (
    <ActionForm title="印制" formProps={form.formProps} generalError={form.generalError} saving={form.saving} submitLabel="保存印制" onCancel={onCancel}>
      <SimpleGrid cols={2} spacing="xs">
        <TextInput label="印数" inputMode="numeric" autoComplete="off" {...form.text('copies')} />
        <DateField label="印发日期" value={values.printedDate} onChange={(v) => set('printedDate', v)} error={errors.printedDate} description={record.writtenDate ? `不早于成文日期 ${record.writtenDate}` : undefined} />
        <TextInput label="起始份号" inputMode="numeric" autoComplete="off" {...form.text('copyFrom')} />
        <TextInput label="终止份号" inputMode="numeric" autoComplete="off" {...form.text('copyTo')} />
      </SimpleGrid>
      <Text size="sm" c="dimmed">
        {classified ? '涉密文件须填写份号起止。' : '非密文件可不填份号。'}
      </Text>
    </ActionForm>
  );
}
