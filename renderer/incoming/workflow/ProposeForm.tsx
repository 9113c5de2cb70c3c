import { SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useEffect } from 'react';
import { API } from '../../../shared/api';
import type { IncomingRecord } from '../../../shared/incoming/api';
import { invoke } from '../../api/client';
import { useSession } from '../../app/session';
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

/** 拟办: the opinion proposed to the leader, by the clerk logged in unless someone else wrote it. */
export function ProposeForm({ record, onSaved, onCancel }: Props) {
  const { user } = useSession();
  const input = (v: typeof initial) => ({ id: record.id, proposal: v.proposal, proposedBy: v.proposedBy, proposedDate: typedDate(v.proposedDate) });
  const initial = { proposal: record.proposal, proposedBy: record.proposedBy ?? user.displayName, proposedDate: today() };
  const form = useEntryForm({
    initial,
    check: (v) => schemaErrors(API['incoming.propose'].input, input(v)),
    submit: (v) => invoke('incoming.propose', input(v)),
    onSaved: (saved) => onSaved(saved),
    onCancel,
  });
  const { focusFirst, values, set, errors } = form;
  useEffect(() => focusFirst(), [focusFirst]);

  return (
    <ActionForm title="拟办" formProps={form.formProps} generalError={form.generalError} saving={form.saving} submitLabel="保存拟办" onCancel={onCancel}>
      <Textarea
        label="拟办意见"
        autosize
        minRows={2}
        maxRows={5}
        value={values.proposal}
        error={errors.proposal}
        onChange={(e) => set('proposal', e.currentTarget.value)}
      />
      <SimpleGrid cols={2} spacing="xs">
        <TextInput label="拟办人" autoComplete="off" {...form.text('proposedBy')} />
        <DateField label="拟办日期" value={values.proposedDate} onChange={(v) => set('proposedDate', v)} error={errors.proposedDate} />
      </SimpleGrid>
    </ActionForm>
  );
}
