import { SimpleGrid, Text } from '@mantine/core';
import { useEffect } from 'react';
import { API } from '../../../shared/api';
import type { OutgoingRecord } from '../../../shared/outgoing/api';
import { SIGNERS } from '../../../shared/outgoing/signers';
import { ISSUER_LABELS, MATTER_LABELS, SIGN_STEP_LABELS, SIGN_STEPS, type SignStep } from '../../../shared/outgoing/vocabulary';
import type { Person } from '../../../shared/people/api';
import { invoke } from '../../api/client';
import { DateField } from '../../common/DateField';
import { PersonPicker } from '../../dictionaries/PersonPicker';
import { schemaErrors } from '../../form/field-errors';
import { ListField, SelectAllOnFocus } from '../../form/ListField';
import { useEntryForm } from '../../form/useEntryForm';
import { ActionForm } from '../../incoming/workflow/ActionForm';
import { today, typedDate } from '../../incoming/workflow/dates';
import type { StepFormProps } from './step-form';

const STEPS = SIGN_STEPS.map((s) => ({ value: s, label: SIGN_STEP_LABELS[s] }));

interface Values {
  personId: string | null;
  step: SignStep;
  date: string;
}

/**
 * 审核/签发 (art. 17): the signer comes from the people directory; whether that 职务 may sign
 * is the core's decision, and its refusal shows under 签批人.
 */
export function SignForm({ record, people, onSaved, onCancel }: StepFormProps & { people: readonly Person[] }) {
  const input = (v: Values) => ({ id: record.id, personId: v.personId ?? '', step: v.step, date: typedDate(v.date) });
  const form = useEntryForm({
    initial: { personId: null, step: 'sign', date: today() } as Values,
    check: (v) => {
      const errors = schemaErrors(API['outgoing.sign'].input, input(v));
      if (!v.personId) errors.personId = '请从人员名录中选择签批人';
      return errors;
    },
    submit: (v) => invoke('outgoing.sign', input(v)),
    onSaved: (saved: OutgoingRecord, v) => onSaved(saved, `已登记${SIGN_STEP_LABELS[v.step]}`),
    onCancel,
  });
  const { focusFirst, values, set, errors } = form;
  useEffect(() => focusFirst(), [focusFirst]);
  const signers = SIGNERS[record.issuer][record.matter].join('、');
  return (
    <ActionForm title="审核/签发" formProps={form.formProps} generalError={form.generalError} saving={form.saving} submitLabel="保存签批" onCancel={onCancel}>
      <SelectAllOnFocus>
        <PersonPicker label="签批人" people={people} value={values.personId} onChange={(id) => set('personId', id)} error={errors.personId} />
      </SelectAllOnFocus>
      <SimpleGrid cols={2} spacing="xs">
        <ListField label="签批类别" data={STEPS} value={values.step} onChange={(v: SignStep) => set('step', v)} error={errors.step} />
        <DateField label="签批日期" value={values.date} onChange={(v) => set('date', v)} error={errors.date} />
      </SimpleGrid>
      <Text size="sm" c="dimmed">
        以{ISSUER_LABELS[record.issuer]}名义制发的{MATTER_LABELS[record.matter]}：{signers}签发。签发日期即成文日期。
      </Text>
    </ActionForm>
  );
}
