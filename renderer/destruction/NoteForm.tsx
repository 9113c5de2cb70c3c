import { Textarea } from '@mantine/core';
import { useEffect } from 'react';
import { API } from '../../shared/api';
import type { DestructionBatch } from '../../shared/destruction/api';
import { invoke } from '../api/client';
import { schemaErrors } from '../form/field-errors';
import { useEntryForm } from '../form/useEntryForm';
import { ActionForm } from '../incoming/workflow/ActionForm';

interface Props {
  batch: DestructionBatch;
  onSaved: (batch: DestructionBatch, what: string) => void;
  onCancel: () => void;
}

/** 追加说明: the batch is never changed once recorded; a correction is a note appended to it. */
export function NoteForm({ batch, onSaved, onCancel }: Props) {
  const input = (v: { text: string }) => ({ batchId: batch.id, text: v.text });
  const form = useEntryForm({
    initial: { text: '' },
    check: (v) => schemaErrors(API['destruction.addNote'].input, input(v)),
    submit: (v) => invoke('destruction.addNote', input(v)),
    onSaved: (saved: DestructionBatch) => onSaved(saved, `已追加说明：销毁批次 ${saved.batchNo}`),
    onCancel,
  });
  const { focusFirst, values, set, errors } = form;
  useEffect(() => focusFirst(), [focusFirst]);
  return (
    <ActionForm title="追加说明" formProps={form.formProps} generalError={form.generalError} saving={form.saving} submitLabel="追加" onCancel={onCancel}>
      <Textarea label="说明" autosize minRows={2} maxRows={6} value={values.text} error={errors.text} onChange={(e) => set('text', e.currentTarget.value)} />
    </ActionForm>
  );
}
