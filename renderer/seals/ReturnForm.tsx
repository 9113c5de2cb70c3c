import { Text, TextInput } from '@mantine/core';
import { useEffect } from 'react';
import { API } from '../../shared/api';
import type { LedgerEntry, Seal } from '../../shared/seals/api';
import { invoke } from '../api/client';
import { schemaErrors } from '../form/field-errors';
import { useEntryForm } from '../form/useEntryForm';
import { ActionForm } from '../incoming/workflow/ActionForm';
import { showMeetingAt, toMeetingAt } from '../outgoing/meeting-time';
import { TimeField } from './TimeField';
import { nowText } from './use-values';

interface Values {
  returnedAt: string;
  remarks: string;
}

interface Props {
  seal: Pick<Seal, 'name'> & { out: NonNullable<Seal['out']> };
  onSaved: (entry: LedgerEntry) => void;
  onCancel: () => void;
}

/** 登记归还 of a seal taken out (外带): until this is recorded the seal cannot be used again (R22). */
export function ReturnForm({ seal, onSaved, onCancel }: Props) {
  const input = (v: Values) => ({ useId: seal.out.entryId, returnedAt: toMeetingAt(v.returnedAt), remarks: v.remarks });
  const form = useEntryForm({
    initial: { returnedAt: nowText(), remarks: '' } as Values,
    check: (v) => schemaErrors(API['seals.recordReturn'].input, input(v)),
    submit: (v) => invoke('seals.recordReturn', input(v)),
    onSaved: (entry: LedgerEntry) => onSaved(entry),
    onCancel,
  });
  const { focusFirst, values, set, errors } = form;
  useEffect(() => focusFirst(), [focusFirst]);
  const out = seal.out;
  return (
    <ActionForm title="登记归还" subtitle={seal.name} formProps={form.formProps} generalError={form.generalError} saving={form.saving} submitLabel="登记归还" onCancel={onCancel}>
      <Text size="sm">
        {out.serialText}：{showMeetingAt(out.usedAt)} 由{out.unitName}
        {out.handler}带出。
      </Text>
      <TimeField label="归还时间" value={values.returnedAt} onChange={(t) => set('returnedAt', t)} error={errors.returnedAt} />
      <TextInput label="备注" autoComplete="off" {...form.text('remarks')} />
    </ActionForm>
  );
}
