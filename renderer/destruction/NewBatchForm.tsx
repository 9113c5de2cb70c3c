import { TextInput } from '@mantine/core';
import { useEffect } from 'react';
import { API } from '../../shared/api';
import type { DestructionBatch } from '../../shared/destruction/api';
import { invoke } from '../api/client';
import { useSession } from '../app/session';
import { schemaErrors } from '../form/field-errors';
import { useEntryForm } from '../form/useEntryForm';
import { ActionForm } from '../incoming/workflow/ActionForm';

interface Props {
  onSaved: (batch: DestructionBatch) => void;
  onCancel: () => void;
}

/** 新建批次: the batch gets its 批次号; the items are listed next. */
export function NewBatchForm({ onSaved, onCancel }: Props) {
  const { user } = useSession();
  const form = useEntryForm({
    initial: { applicant: user.displayName },
    check: (v) => schemaErrors(API['destruction.draft'].input, v),
    submit: (v) => invoke('destruction.draft', v),
    onSaved,
    onCancel,
  });
  const { focusFirst } = form;
  useEffect(() => focusFirst(), [focusFirst]);
  return (
    <ActionForm title="新建销毁批次" formProps={form.formProps} generalError={form.generalError} saving={form.saving} submitLabel="新建批次" onCancel={onCancel}>
      <TextInput label="申请人" autoComplete="off" {...form.text('applicant')} />
    </ActionForm>
  );
}
