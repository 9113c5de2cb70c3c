import { SimpleGrid, Textarea } from '@mantine/core';
import { useEffect } from 'react';
import { API } from '../../../shared/api';
import type { IncomingRecord } from '../../../shared/incoming/api';
import { invoke } from '../../api/client';
import { DateField } from '../../common/DateField';
import { schemaErrors } from '../../form/field-errors';
import { useEntryForm } from '../../form/useEntryForm';
import { ActionForm } from './ActionForm';
import { today, typedDate } from './dates';

interface Props {
  record: IncomingRecord;
  onSaved: (record: IncomingRecord) => void;
  onCancel: () => void;
}

/** The last 办结日期 of the units, else today. */
function lastDoneDate(r: IncomingRecord): string {
  const dates = r.assignments.map((a) => a.doneDate).filter((d): d is string => !!d);
  return dates.length ? dates.sort().at(-1)! : today();
}

/** 办结: the document's 办理结果 once every unit has finished. */
export function CompleteForm({ record, onSaved, onCancel }: Props) {
  const initial = { handlingResult: record.handlingResult, doneDate: lastDoneDate(record) };
  const input = (v: typeof initial) => ({ id: record.id, handlingResult: v.handlingResult, doneDate: typedDate(v.doneDate) });
  const form = useEntryForm({
    initial,
    check: (v) => schemaErrors(API['incoming.complete'].input, input(v)),
    submit: (v) => invoke('incoming.complete', input(v)),
    onSaved: (saved) => onSaved(saved),
    onCancel,
  });
  const { focusFirst, values, set, errors } = form;
  useEffect(() => focusFirst(), [focusFirst]);

  return (
    <ActionForm title="办结" formProps={form.formProps} generalError={form.generalError} saving={form.saving} submitLabel="办结" onCancel={onCancel}>
      <Textarea label="办理结果" autosize minRows={2} maxRows={5} value={values.handlingResult} error={errors.handlingResult} onChange={(e) => set('handlingResult', e.currentTarget.value)} />
      <SimpleGrid cols={2} spacing="xs">
        <DateField label="办结日期" value={values.doneDate} onChange={(v) => set('doneDate', v)} error={errors.doneDate} />
      </SimpleGrid>
    </ActionForm>
  );
}
