import { TextInput } from '@mantine/core';
import { useEffect } from 'react';
import { API } from '../../shared/api';
import type { DestructionBatch, DestructionItem } from '../../shared/destruction/api';
import { invoke } from '../api/client';
import { schemaErrors } from '../form/field-errors';
import { useEntryForm } from '../form/useEntryForm';
import { ActionForm } from '../incoming/workflow/ActionForm';

interface Props {
  item: DestructionItem;
  onSaved: (batch: DestructionBatch, what: string) => void;
  onCancel: () => void;
}

/** 撤出: the item stays on the list, struck through, with why. */
export function WithdrawForm({ item, onSaved, onCancel }: Props) {
  const input = (v: { reason: string }) => ({ itemId: item.id, reason: v.reason });
  const form = useEntryForm({
    initial: { reason: '' },
    check: (v) => schemaErrors(API['destruction.withdrawItem'].input, input(v)),
    submit: (v) => invoke('destruction.withdrawItem', input(v)),
    onSaved: (saved: DestructionBatch) => onSaved(saved, `已撤出：${item.title}`),
    onCancel,
  });
  const { focusFirst } = form;
  useEffect(() => focusFirst(), [focusFirst]);
  return (
    <ActionForm title="撤出清单" subtitle={item.title} formProps={form.formProps} generalError={form.generalError} saving={form.saving} submitLabel="撤出" onCancel={onCancel}>
      <TextInput label="撤出原因" autoComplete="off" {...form.text('reason')} />
    </ActionForm>
  );
}
