import { TextInput } from '@mantine/core';
import { useEffect } from 'react';
import { API } from '../../shared/api';
import type { ClassifiedCopy, ClassifiedDoc } from '../../shared/classified/api';
import { formatCopyNumber } from '../../shared/incoming/copy-numbers';
import type { Unit } from '../../shared/units/api';
import { invoke } from '../api/client';
import { DateField } from '../common/DateField';
import { UnitPicker } from '../dictionaries/UnitPicker';
import { schemaErrors } from '../form/field-errors';
import { SelectAllOnFocus } from '../form/ListField';
import { useEntryForm } from '../form/useEntryForm';
import { ActionForm } from '../incoming/workflow/ActionForm';
import { today, typedDate } from '../incoming/workflow/dates';

interface Values {
  date: string;
  unitId: string | null;
  receiver: string;
}

interface Props {
  doc: ClassifiedDoc;
  copy: ClassifiedCopy;
  units: readonly Unit[];
  onSaved: (doc: ClassifiedDoc, what: string) => void;
  onCancel: () => void;
}

/** 清退: a copy in stock goes back to its issuer, who is offered first as the receiving unit. */
export function SurrenderForm({ doc, copy, units, onSaved, onCancel }: Props) {
  const copyNo = formatCopyNumber(copy.copyNo);
  const issuer = units.find((u) => u.fullName === doc.issuerName)?.id ?? null;
  const input = (v: Values) => ({ copyId: copy.id, date: typedDate(v.date), unitId: v.unitId ?? '', receiver: v.receiver });
  const form = useEntryForm({
    initial: { date: today(), unitId: issuer, receiver: '' } as Values,
    check: (v) => {
      const errors = schemaErrors(API['classified.surrender'].input, input(v));
      if (!v.unitId) errors.unitId = '请从单位名录中选择接收单位';
      return errors;
    },
    submit: (v) => invoke('classified.surrender', input(v)),
    onSaved: (saved: ClassifiedDoc) => {
      const unit = saved.copies.find((c) => c.id === copy.id)?.events.findLast((e) => e.kind === 'surrender')?.unitName ?? '';
      onSaved(saved, `已清退：份号 ${copyNo} 交回${unit}`);
    },
    onCancel,
  });
  const { focusFirst, values, set, errors } = form;
  useEffect(() => focusFirst(), [focusFirst]);
  return (
    <ActionForm title="清退" subtitle={`份号 ${copyNo}`} formProps={form.formProps} generalError={form.generalError} saving={form.saving} submitLabel="登记清退" onCancel={onCancel}>
      <DateField label="清退日期" value={values.date} onChange={(v) => set('date', v)} error={errors.date} w={160} />
      <SelectAllOnFocus>
        <UnitPicker label="接收单位" units={units} value={values.unitId} onChange={(id) => set('unitId', id)} error={errors.unitId} />
      </SelectAllOnFocus>
      <TextInput label="接收人" autoComplete="off" {...form.text('receiver')} />
    </ActionForm>
  );
}
