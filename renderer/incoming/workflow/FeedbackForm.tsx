import { SimpleGrid, Textarea } from '@mantine/core';
import { useEffect } from 'react';
import { API } from '../../../shared/api';
import type { Assignment } from '../../../shared/incoming/api';
import { invoke } from '../../api/client';
import { DateField } from '../../common/DateField';
import { schemaErrors } from '../../form/field-errors';
import { useEntryForm } from '../../form/useEntryForm';
import { ActionForm } from './ActionForm';
import { optionalDate, today } from './dates';

interface Props {
  assignment: Assignment;
  onSaved: () => void;
  onCancel: () => void;
}

/** 办理反馈: what the unit reported, and its 办结日期 once it has finished. */
export function FeedbackForm({ assignment, onSaved, onCancel }: Props) {
  const initial = { feedback: assignment.feedback, doneDate: assignment.doneDate ?? today() };
  const input = (v: typeof initial) => ({ assignmentId: assignment.id, feedback: v.feedback, doneDate: optionalDate(v.doneDate) });
  const form = useEntryForm({
    initial,
    check: (v) => schemaErrors(API['incoming.feedback'].input, input(v)),
    submit: (v) => invoke('incoming.feedback', input(v)),
    onSaved: () => onSaved(),
    onCancel,
  });
  const { focusFirst, values, set, errors } = form;
  useEffect(() => focusFirst(), [focusFirst]);

  return (
    <ActionForm title="反馈" subtitle={assignment.unitName} formProps={form.formProps} generalError={form.generalError} saving={form.saving} submitLabel="保存反馈" onCancel={onCancel}>
      <Textarea label="反馈情况" autosize minRows={2} maxRows={5} value={values.feedback} error={errors.feedback} onChange={(e) => set('feedback', e.currentTarget.value)} />
      <SimpleGrid cols={2} spacing="xs">
        <DateField label="办结日期" description="尚未办结的清空" value={values.doneDate} onChange={(v) => set('doneDate', v)} error={errors.doneDate} />
      </SimpleGrid>
    </ActionForm>
  );
}
