import { Checkbox, Textarea } from '@mantine/core';
import { useEffect } from 'react';
import { API } from '../../shared/api';
import type { ClassifiedCopy, ClassifiedDoc } from '../../shared/classified/api';
import { formatCopyNumber } from '../../shared/incoming/copy-numbers';
import { invoke } from '../api/client';
import { schemaErrors } from '../form/field-errors';
import { useEntryForm } from '../form/useEntryForm';
import { nowText } from '../incoming/form-values';
import { ActionForm } from '../incoming/workflow/ActionForm';
import { toMeetingAt } from '../outgoing/meeting-time';
import { TimeField } from '../seals/TimeField';

interface Values {
  returnedAt: string;
  signedOff: boolean;
  instruction: string;
}

interface Props {
  copy: ClassifiedCopy;
  onSaved: (doc: ClassifiedDoc, what: string) => void;
  onCancel: () => void;
}

/** 退回: the folder is back with the officer, with the reader's 阅签 and 批示 as written on the 传阅单. */
export function ReceiveForm({ copy, onSaved, onCancel }: Props) {
  const copyNo = formatCopyNumber(copy.copyNo);
  const input = (v: Values) => ({ copyId: copy.id, returnedAt: toMeetingAt(v.returnedAt), signedOff: v.signedOff, instruction: v.instruction });
  const form = useEntryForm({
    initial: { returnedAt: nowText(), signedOff: false, instruction: '' } as Values,
    check: (v) => schemaErrors(API['classified.receive'].input, input(v)),
    submit: (v) => invoke('classified.receive', input(v)),
    onSaved: (saved: ClassifiedDoc) => onSaved(saved, `已登记退回：份号 ${copyNo}（${copy.holderName}）`),
    onCancel,
  });
  const { focusFirst, values, set, errors } = form;
  useEffect(() => focusFirst(), [focusFirst]);
  return (
    <ActionForm
      title="登记退回"
      subtitle={`份号 ${copyNo}，${copy.holderName}，夹号 ${copy.folderNo}`}
      formProps={form.formProps}
      generalError={form.generalError}
      saving={form.saving}
      submitLabel="登记退回"
      onCancel={onCancel}
    >
      <TimeField label="退回时间" value={values.returnedAt} onChange={(t) => set('returnedAt', t)} error={errors.returnedAt} />
      <Checkbox
        label="阅签"
        description="阅件人已在传阅单上签名"
        checked={values.signedOff}
        onChange={(e) => set('signedOff', e.currentTarget.checked)}
        error={errors.signedOff}
      />
      <Textarea label="批示" description="阅件人写下的批示，照录" autosize minRows={2} maxRows={6} value={values.instruction} error={errors.instruction} onChange={(e) => set('instruction', e.currentTarget.value)} />
    </ActionForm>
  );
}
