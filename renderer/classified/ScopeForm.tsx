import { TextInput } from '@mantine/core';
import { useEffect } from 'react';
import { API } from '../../shared/api';
import type { ClassifiedDoc } from '../../shared/classified/api';
import type { Person } from '../../shared/people/api';
import { invoke } from '../api/client';
import { schemaErrors } from '../form/field-errors';
import { useEntryForm } from '../form/useEntryForm';
import { ActionForm } from '../incoming/workflow/ActionForm';
import { optionalDate } from '../incoming/workflow/dates';
import type { Requirement } from './register-values';
import { RequirementFields } from './RequirementFields';
import { ScopePicker } from './ScopePicker';

interface Values {
  scope: string[];
  requirement: Requirement;
  returnBy: string;
  remarks: string;
}

interface Props {
  doc: ClassifiedDoc;
  people: readonly Person[];
  onSaved: (doc: ClassifiedDoc, what: string) => void;
  onCancel: () => void;
}

/** 知悉范围, 清退要求 and 备注 change as the leaders decide; the document's facts and copies do not. */
export function ScopeForm({ doc, people, onSaved, onCancel }: Props) {
  const input = (v: Values) => ({ id: doc.id, scope: v.scope, returnBy: v.requirement === 'surrender' ? optionalDate(v.returnBy) : null, remarks: v.remarks });
  const form = useEntryForm({
    initial: { scope: doc.scope.map((p) => p.personId), requirement: doc.returnBy ? 'surrender' : 'keep', returnBy: doc.returnBy ?? '', remarks: doc.remarks } as Values,
    check: (v) => {
      const errors = schemaErrors(API['classified.update'].input, input(v));
      if (v.requirement === 'surrender' && v.returnBy.trim() === '') errors.returnBy ??= '请填写清退期限，或选择留存';
      return errors;
    },
    submit: (v) => invoke('classified.update', input(v)),
    onSaved: (saved: ClassifiedDoc) => onSaved(saved, `已修改知悉范围和清退要求：${saved.serialText}`),
    onCancel,
  });
  const { focusFirst, values, set, errors } = form;
  useEffect(() => focusFirst(), [focusFirst]);
  return (
    <ActionForm title="修改知悉范围" formProps={form.formProps} generalError={form.generalError} saving={form.saving} submitLabel="保存" onCancel={onCancel}>
      <ScopePicker people={people} value={values.scope} onChange={(ids) => set('scope', ids)} error={errors.scope} />
      <RequirementFields
        requirement={values.requirement}
        returnBy={values.returnBy}
        onRequirement={(r) => set('requirement', r)}
        onReturnBy={(t) => set('returnBy', t)}
        error={errors.returnBy}
      />
      <TextInput label="备注" autoComplete="off" {...form.text('remarks')} />
    </ActionForm>
  );
}
