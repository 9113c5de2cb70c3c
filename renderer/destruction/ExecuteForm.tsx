import { SimpleGrid, TextInput } from '@mantine/core';
import { useEffect } from 'react';
import { API } from '../../shared/api';
import type { DestructionBatch } from '../../shared/destruction/api';
import { DESTRUCTION_METHOD_LABELS, DESTRUCTION_METHODS, type DestructionMethod } from '../../shared/destruction/vocabulary';
import { invoke } from '../api/client';
import { schemaErrors } from '../form/field-errors';
import { ListField } from '../form/ListField';
import { useEntryForm } from '../form/useEntryForm';
import { nowText } from '../incoming/form-values';
import { ActionForm } from '../incoming/workflow/ActionForm';
import { toMeetingAt } from '../outgoing/meeting-time';
import { TimeField } from '../seals/TimeField';
import { splitNames } from './names';

const METHODS = DESTRUCTION_METHODS.map((m) => ({ value: m, label: DESTRUCTION_METHOD_LABELS[m] }));

interface Values {
  destroyedAt: string;
  method: DestructionMethod | null;
  facility: string;
  place: string;
  escort: string;
  /** As typed: 张三、李四. */
  supervisors: string;
}

interface Props {
  batch: DestructionBatch;
  onSaved: (batch: DestructionBatch, what: string) => void;
  onCancel: () => void;
}

/** 执行销毁 (R29/R30): after the approval, with at least two 监销人; every copy on the list becomes 已销毁. */
export function ExecuteForm({ batch, onSaved, onCancel }: Props) {
  const input = (v: Values) => ({
    batchId: batch.id,
    destroyedAt: toMeetingAt(v.destroyedAt),
    method: v.method as DestructionMethod,
    facility: v.facility,
    place: v.place,
    escort: v.escort,
    supervisors: splitNames(v.supervisors),
  });
  const form = useEntryForm({
    initial: { destroyedAt: nowText(), method: null, facility: '', place: '', escort: '', supervisors: '' } as Values,
    check: (v) => {
      const errors = schemaErrors(API['destruction.execute'].input, input(v));
      if (splitNames(v.supervisors).length < 2) errors.supervisors ??= '监销人至少两人，用顿号分开';
      return errors;
    },
    submit: (v) => invoke('destruction.execute', input(v)),
    onSaved: (saved: DestructionBatch) => onSaved(saved, `已销毁：销毁批次 ${saved.batchNo}`),
    onCancel,
  });
  const { focusFirst, values, set, errors } = form;
  useEffect(() => focusFirst(), [focusFirst]);
  return (
    <ActionForm title="执行销毁" formProps={form.formProps} generalError={form.generalError} saving={form.saving} submitLabel="登记销毁" onCancel={onCancel}>
      <SimpleGrid cols={2} spacing="xs">
        <TimeField label="销毁时间" value={values.destroyedAt} onChange={(t) => set('destroyedAt', t)} error={errors.destroyedAt} />
        <ListField label="销毁方式" data={METHODS} value={values.method} onChange={(m: DestructionMethod) => set('method', m)} error={errors.method} />
      </SimpleGrid>
      <TextInput label="机构或设备" description="销毁机构名称，或碎纸机的型号编号" autoComplete="off" {...form.text('facility')} />
      <TextInput label="地点" autoComplete="off" {...form.text('place')} />
      <TextInput label="押运人" description="送销毁机构时填写" autoComplete="off" {...form.text('escort')} />
      <TextInput
        label="监销人"
        description="至少两人，用顿号分开"
        autoComplete="off"
        value={values.supervisors}
        onChange={(e) => set('supervisors', e.currentTarget.value)}
        error={errors.supervisors ?? Object.entries(errors).find(([k]) => k.startsWith('supervisors.'))?.[1]}
      />
    </ActionForm>
  );
}
