import { useEffect } from 'react';
import { API } from '../../shared/api';
import type { DestructionBatch } from '../../shared/destruction/api';
import type { Person } from '../../shared/people/api';
import { invoke } from '../api/client';
import { PersonPicker } from '../dictionaries/PersonPicker';
import { schemaErrors } from '../form/field-errors';
import { SelectAllOnFocus } from '../form/ListField';
import { useEntryForm } from '../form/useEntryForm';
import { nowText } from '../incoming/form-values';
import { ActionForm } from '../incoming/workflow/ActionForm';
import { toMeetingAt } from '../outgoing/meeting-time';
import { TimeField } from '../seals/TimeField';

interface Values {
  approverId: string | null;
  approvedAt: string;
}

interface Props {
  batch: DestructionBatch;
  people: readonly Person[];
  onSaved: (batch: DestructionBatch, what: string) => void;
  onCancel: () => void;
}

/** 审批 (R29): by a person of the directory, recorded before the destruction; the list is fixed from then on. */
export function ApproveForm({ batch, people, onSaved, onCancel }: Props) {
  const input = (v: Values) => ({ batchId: batch.id, approverId: v.approverId ?? '', approvedAt: toMeetingAt(v.approvedAt) });
  const form = useEntryForm({
    initial: { approverId: null, approvedAt: nowText() } as Values,
    check: (v) => {
      const errors = schemaErrors(API['destruction.approve'].input, input(v));
      if (!v.approverId) errors.approverId = '请从人员名录中选择审批人';
      return errors;
    },
    submit: (v) => invoke('destruction.approve', input(v)),
    onSaved: (saved: DestructionBatch) => onSaved(saved, `已审批：销毁批次 ${saved.batchNo}，审批人 ${saved.approverName}`),
    onCancel,
  });
  const { focusFirst, values, set, errors } = form;
  useEffect(() => focusFirst(), [focusFirst]);
  return (
    <ActionForm title="审批" formProps={form.formProps} generalError={form.generalError} saving={form.saving} submitLabel="登记审批" onCancel={onCancel}>
      <SelectAllOnFocus>
        <PersonPicker label="审批人" people={people} value={values.approverId} onChange={(id) => set('approverId', id)} error={errors.approverId} />
      </SelectAllOnFocus>
      <TimeField label="审批时间" value={values.approvedAt} onChange={(t) => set('approvedAt', t)} error={errors.approvedAt} />
    </ActionForm>
  );
}
