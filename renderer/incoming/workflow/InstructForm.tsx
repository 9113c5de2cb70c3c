import { SimpleGrid, Textarea } from '@mantine/core';
import { useEffect } from 'react';
import { API } from '../../../shared/api';
import type { IncomingRecord } from '../../../shared/incoming/api';
import type { Person } from '../../../shared/people/api';
import { invoke } from '../../api/client';
import { DateField } from '../../common/DateField';
import { PersonPicker } from '../../dictionaries/PersonPicker';
import { schemaErrors } from '../../form/field-errors';
import { useEntryForm } from '../../form/useEntryForm';
import { ActionForm } from './ActionForm';
import { today, typedDate } from './dates';

interface Props {
  record: IncomingRecord;
  people: readonly Person[];
  /** After 先行交办 the 批示 is recorded as 补签 (R8). */
  late: boolean;
  onSaved: (record: IncomingRecord) => void;
  onCancel: () => void;
}

interface Values {
  leaderId: string | null;
  text: string;
  date: string;
}

/** 记录批示 (or 补签): which leader, what he wrote, and when. */
export function InstructForm({ record, people, late, onSaved, onCancel }: Props) {
  const input = (v: Values) => ({ id: record.id, leaderId: v.leaderId ?? '', text: v.text, date: typedDate(v.date) });
  const form = useEntryForm({
    initial: { leaderId: null, text: '', date: today() } as Values,
    check: (v) => {
      const errors = schemaErrors(API['incoming.instruct'].input, input(v));
      if (!v.leaderId) errors.leaderId = '请从人员名录中选择批示领导';
      return errors;
    },
    submit: (v) => invoke('incoming.instruct', input(v)),
    onSaved: (saved) => onSaved(saved),
    onCancel,
  });
  const { focusFirst, values, set, errors } = form;
  useEffect(() => focusFirst(), [focusFirst]);

  const title = late ? '补签批示' : '记录批示';
  return (
    <ActionForm title={title} formProps={form.formProps} generalError={form.generalError} saving={form.saving} submitLabel={late ? '保存补签' : '保存批示'} onCancel={onCancel}>
      <PersonPicker label="批示领导" people={people} value={values.leaderId} onChange={(id) => set('leaderId', id)} error={errors.leaderId} />
      <Textarea label="批示内容" autosize minRows={2} maxRows={6} value={values.text} error={errors.text} onChange={(e) => set('text', e.currentTarget.value)} />
      <SimpleGrid cols={2} spacing="xs">
        <DateField label="批示日期" value={values.date} onChange={(v) => set('date', v)} error={errors.date} />
      </SimpleGrid>
    </ActionForm>
  );
}
