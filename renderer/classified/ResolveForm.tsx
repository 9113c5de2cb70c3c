import { Textarea } from '@mantine/core';
import { useEffect } from 'react';
import { API } from '../../shared/api';
import type { StockCheck, StockCheckItem } from '../../shared/classified/api';
import { formatCopyNumber } from '../../shared/incoming/copy-numbers';
import { invoke } from '../api/client';
import { schemaErrors } from '../form/field-errors';
import { useEntryForm } from '../form/useEntryForm';
import { ActionForm } from '../incoming/workflow/ActionForm';

interface Props {
  item: StockCheckItem;
  onSaved: (check: StockCheck) => void;
  onCancel: () => void;
}

/** A copy not seen in the check stays an alert until the officer writes down what was found. */
export function ResolveForm({ item, onSaved, onCancel }: Props) {
  const input = (v: { resolution: string }) => ({ itemId: item.id, resolution: v.resolution });
  const form = useEntryForm({
    initial: { resolution: '' },
    check: (v) => schemaErrors(API['classified.resolveDiscrepancy'].input, input(v)),
    submit: (v) => invoke('classified.resolveDiscrepancy', input(v)),
    onSaved,
    onCancel,
  });
  const { focusFirst, values, set, errors } = form;
  useEffect(() => focusFirst(), [focusFirst]);
  return (
    <ActionForm
      title="处理差异"
      subtitle={`${item.serialText} 份号 ${formatCopyNumber(item.copyNo)}`}
      formProps={form.formProps}
      generalError={form.generalError}
      saving={form.saving}
      submitLabel="保存处理说明"
      onCancel={onCancel}
    >
      <Textarea
        label="处理说明"
        description="查明的去向和所作处理"
        autosize
        minRows={2}
        maxRows={6}
        value={values.resolution}
        error={errors.resolution}
        onChange={(e) => set('resolution', e.currentTarget.value)}
      />
    </ActionForm>
  );
}
