import { SimpleGrid, Text, TextInput } from '@mantine/core';
import { useEffect } from 'react';
import { API } from '../../../shared/api';
import type { OutgoingRecord } from '../../../shared/outgoing/api';
import type { Person } from '../../../shared/people/api';
import { invoke } from '../../api/client';
import { DateField } from '../../common/DateField';
import { PersonPicker } from '../../dictionaries/PersonPicker';
import { schemaErrors } from '../../form/field-errors';
import { SelectAllOnFocus } from '../../form/ListField';
import { useEntryForm } from '../../form/useEntryForm';
import { ActionForm } from '../../incoming/workflow/ActionForm';
import { today, typedDate } from '../../incoming/workflow/dates';
import type { StepFormProps } from './step-form';

interface Values {
  authority: string;
  date: string;
  signerId: string | null;
}

/**
 * 规范性文件备案 (art. 17): 备案机关, 备案日期 (not before 印发日期) and who signed the 备案报告 —
 * the office's 主任; the core refuses anyone else, and the refusal shows under the signer.
 */
export function FilingForm({ record, people, onSaved, onCancel }: StepFormProps & { people: readonly Person[] }) {
  const input = (v: Values) => ({ id: record.id, authority: v.authority, date: typedDate(v.date), signerId: v.signerId ?? '' });
  const form = useEntryForm({
    initial: {
      authority: record.filingAuthority,
      date: record.filingDate ?? today(),
      signerId: record.filingSigner?.personId ?? null,
    } as Values,
    check: (v) => {
      const errors = schemaErrors(API['outgoing.recordFiling'].input, input(v));
      if (!v.signerId) errors.signerId = '请从人员名录中选择备案报告签发人';
      return errors;
    },
    submit: (v) => invoke('outgoing.recordFiling', input(v)),
    onSaved: (saved: OutgoingRecord) => onSaved(saved, '已登记备案'),
    onCancel,
  });
  const { focusFirst, values, set, errors } = form;
  useEffect(() => focusFirst(), [focusFirst]);
  return (
    <ActionForm title="规范性文件备案" formProps={form.formProps} generalError={form.generalError} saving={form.saving} submitLabel="保存备案" onCancel={onCancel}>
      <SimpleGrid cols={2} spacing="xs">
        <TextInput label="备案机关" placeholder="如 县人大常委会" autoComplete="off" {...form.text('authority')} />
        <DateField label="备案日期" value={values.date} onChange={(v) => set('date', v)} error={errors.date} />
      </SimpleGrid>
      <SelectAllOnFocus>
        <PersonPicker label="备案报告签发人" people={people} value={values.signerId} onChange={(id) => set('signerId', id)} error={errors.signerId} />
      </SelectAllOnFocus>
      <Text size="sm" c="dimmed">
        规范性文件备案，由县政府办主任签发（工作规则第十七条）。备案日期不早于印发日期。
      </Text>
    </ActionForm>
  );
}
