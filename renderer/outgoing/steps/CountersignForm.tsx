import { SimpleGrid, TextInput } from '@mantine/core';
import { useEffect } from 'react';
import { API } from '../../../shared/api';
import type { OutgoingRecord } from '../../../shared/outgoing/api';
import type { Unit } from '../../../shared/units/api';
import { invoke } from '../../api/client';
import { DateField } from '../../common/DateField';
import { UnitPicker } from '../../dictionaries/UnitPicker';
import { schemaErrors } from '../../form/field-errors';
import { SelectAllOnFocus } from '../../form/ListField';
import { useEntryForm } from '../../form/useEntryForm';
import { ActionForm } from '../../incoming/workflow/ActionForm';
import { today, typedDate } from '../../incoming/workflow/dates';
import type { StepFormProps } from './step-form';

interface Values {
  unitId: string | null;
  who: string;
  date: string;
}

/** 会签: one unit that countersigned, who for it, and when; several units are several entries. */
export function CountersignForm({ record, units, onSaved, onCancel }: StepFormProps & { units: readonly Unit[] }) {
  const input = (v: Values) => ({ id: record.id, unitId: v.unitId ?? '', who: v.who, date: typedDate(v.date) });
  const form = useEntryForm({
    initial: { unitId: null, who: '', date: today() } as Values,
    check: (v) => {
      const errors = schemaErrors(API['outgoing.countersign'].input, input(v));
      if (!v.unitId) errors.unitId = '请从单位名录中选择会签单位';
      return errors;
    },
    submit: (v) => invoke('outgoing.countersign', input(v)),
    onSaved: (saved: OutgoingRecord) => onSaved(saved, '已登记会签'),
    onCancel,
  });
  const { focusFirst, values, set, errors } = form;
  useEffect(() => focusFirst(), [focusFirst]);
  return (
    <ActionForm title="会签" formProps={form.formProps} generalError={form.generalError} saving={form.saving} submitLabel="保存会签" onCancel={onCancel}>
      <SelectAllOnFocus>
        <UnitPicker label="会签单位" units={units} value={values.unitId} onChange={(id) => set('unitId', id)} error={errors.unitId} />
      </SelectAllOnFocus>
      <SimpleGrid cols={2} spacing="xs">
        <TextInput label="会签人" autoComplete="off" {...form.text('who')} />
        <DateField label="会签日期" value={values.date} onChange={(v) => set('date', v)} error={errors.date} />
      </SimpleGrid>
    </ActionForm>
  );
}
