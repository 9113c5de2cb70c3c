import { SimpleGrid, Text, Textarea, TextInput } from '@mantine/core';
import { useEffect } from 'react';
import { API } from '../../shared/api';
import type { GapEntry, NumberCounter } from '../../shared/outgoing/api';
import type { Person } from '../../shared/people/api';
import { invoke } from '../api/client';
import { PersonPicker } from '../dictionaries/PersonPicker';
import { schemaErrors } from '../form/field-errors';
import { ListField, SelectAllOnFocus } from '../form/ListField';
import { useEntryForm } from '../form/useEntryForm';
import { ActionForm } from '../incoming/workflow/ActionForm';
import { today } from '../incoming/workflow/dates';
import { codeChoices } from './options';

/** Which number: a document's own (numberId), or the next unused one of a 代字 and year. */
export type VoidTarget = { kind: 'taken'; numberId: string; docNumber: string } | { kind: 'next' };

interface Values {
  codeId: string | null;
  year: string;
  reason: string;
  approverId: string | null;
}

interface Props {
  target: VoidTarget;
  counters: readonly NumberCounter[];
  people: readonly Person[];
  onSaved: (entry: GapEntry) => void;
  onCancel: () => void;
}

/** 作废号 (R14): a number is never deleted; it stays in the gap report with the reason and who approved it. */
export function VoidForm({ target, counters, people, onSaved, onCancel }: Props) {
  const input = (v: Values) => ({
    target: target.kind === 'taken' ? { numberId: target.numberId } : { codeId: v.codeId ?? '', year: Number(v.year.trim()) },
    reason: v.reason,
    approverId: v.approverId ?? '',
  });
  const form = useEntryForm({
    initial: { codeId: null, year: today().slice(0, 4), reason: '', approverId: null } as Values,
    check: (v) => {
      const errors = schemaErrors(API['outgoing.voidNumber'].input, input(v));
      // The target's own messages are named after the field the clerk sees.
      if (target.kind === 'next') {
        if (!v.codeId) errors.codeId = '请选择机关代字';
        if (!/^\d{4}$/.test(v.year.trim())) errors.year = '年份应写成 2026 这样的四位数字';
      }
      if (!v.approverId) errors.approverId = '请从人员名录中选择批准人';
      return errors;
    },
    submit: (v) => invoke('outgoing.voidNumber', input(v)),
    onSaved: (entry: GapEntry) => onSaved(entry),
    onCancel,
  });
  const { focusFirst, values, set, errors } = form;
  useEffect(() => focusFirst(), [focusFirst]);
  return (
    <ActionForm
      title="作废文号"
      subtitle={target.kind === 'taken' ? target.docNumber : '下一个未用的文号'}
      formProps={form.formProps}
      generalError={form.generalError}
      saving={form.saving}
      submitLabel="作废"
      onCancel={onCancel}
    >
      {target.kind === 'next' ? (
        <SimpleGrid cols={2} spacing="xs">
          <ListField label="机关代字" data={codeChoices(counters)} value={values.codeId} onChange={(v: string) => set('codeId', v)} error={errors.codeId} />
          <TextInput label="年份" inputMode="numeric" autoComplete="off" {...form.text('year')} />
        </SimpleGrid>
      ) : (
        <Text size="sm">作废后这份公文回到“已签发”，可重新取号；作废的文号不再使用。</Text>
      )}
      <Textarea label="作废理由" autosize minRows={2} maxRows={4} value={values.reason} error={errors.reason} onChange={(e) => set('reason', e.currentTarget.value)} />
      <SelectAllOnFocus>
        <PersonPicker label="批准人" people={people} value={values.approverId} onChange={(id) => set('approverId', id)} error={errors.approverId} />
      </SelectAllOnFocus>
    </ActionForm>
  );
}
