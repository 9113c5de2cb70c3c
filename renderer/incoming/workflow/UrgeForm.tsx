import { Autocomplete, SimpleGrid, TextInput } from '@mantine/core';
import { useEffect } from 'react';
import { API } from '../../../shared/api';
import type { Assignment } from '../../../shared/incoming/api';
import { invoke } from '../../api/client';
import { DateField } from '../../common/DateField';
import { schemaErrors } from '../../form/field-errors';
import { useEntryForm } from '../../form/useEntryForm';
import { ActionForm } from './ActionForm';
import { today, typedDate } from './dates';

/** The usual ways; anything else may be typed. */
const WAYS = ['电话', '书面', '现场', '短信', '微信'];

interface Props {
  assignment: Assignment;
  onSaved: () => void;
  onCancel: () => void;
}

/** 催办: when, how, whom, and what they said. */
export function UrgeForm({ assignment, onSaved, onCancel }: Props) {
  const initial = { date: today(), how: '电话', whom: assignment.unitName, result: '' };
  const input = (v: typeof initial) => ({ assignmentId: assignment.id, date: typedDate(v.date), how: v.how.trim(), whom: v.whom.trim(), result: v.result });
  const form = useEntryForm({
    initial,
    check: (v) => schemaErrors(API['incoming.urge'].input, input(v)),
    submit: (v) => invoke('incoming.urge', input(v)),
    onSaved: () => onSaved(),
    onCancel,
  });
  const { focusFirst, values, set, errors } = form;
  useEffect(() => focusFirst(), [focusFirst]);

  return (
    <ActionForm title="催办" subtitle={assignment.unitName} formProps={form.formProps} generalError={form.generalError} saving={form.saving} submitLabel="保存催办" onCancel={onCancel}>
      <SimpleGrid cols={2} spacing="xs">
        <DateField label="催办日期" value={values.date} onChange={(v) => set('date', v)} error={errors.date} />
        <Autocomplete label="催办方式" data={WAYS} value={values.how} onChange={(v) => set('how', v)} error={errors.how} autoComplete="off" />
      </SimpleGrid>
      <TextInput label="催办对象" description="单位和联系人" autoComplete="off" {...form.text('whom')} />
      <TextInput label="催办结果" autoComplete="off" {...form.text('result')} />
    </ActionForm>
  );
}
