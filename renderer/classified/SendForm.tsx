import { SimpleGrid, TextInput } from '@mantine/core';
import { useEffect, useMemo } from 'react';
import { API } from '../../shared/api';
import type { ClassifiedDoc } from '../../shared/classified/api';
import { COPY_PLACE_LABELS } from '../../shared/classified/vocabulary';
import { formatCopyNumber } from '../../shared/incoming/copy-numbers';
import type { Person } from '../../shared/people/api';
import { invoke } from '../api/client';
import { PersonPicker } from '../dictionaries/PersonPicker';
import { schemaErrors } from '../form/field-errors';
import { ListField, SelectAllOnFocus } from '../form/ListField';
import { useEntryForm } from '../form/useEntryForm';
import { nowText } from '../incoming/form-values';
import { ActionForm } from '../incoming/workflow/ActionForm';
import { toMeetingAt } from '../outgoing/meeting-time';
import { TimeField } from '../seals/TimeField';

interface Values {
  copyId: string;
  readerId: string | null;
  folderNo: string;
  sentAt: string;
}

interface Props {
  doc: ClassifiedDoc;
  people: readonly Person[];
  copyId: string;
  onSaved: (doc: ClassifiedDoc, what: string) => void;
  onCancel: () => void;
}

/**
 * 送阅: one copy, in a numbered folder, to one reader. Every copy and every person can be
 * chosen; whether this copy may go to this reader now (知悉范围, 横传, 已销毁) is the core's
 * decision, and its sentence shows here.
 */
export function SendForm({ doc, people, copyId, onSaved, onCancel }: Props) {
  const copies = useMemo(() => doc.copies.map((c) => ({ value: c.id, label: `${formatCopyNumber(c.copyNo)}（${COPY_PLACE_LABELS[c.place]}）` })), [doc.copies]);
  // The readers within the 知悉范围 come first.
  const readers = useMemo(() => {
    const scope = new Set(doc.scope.map((p) => p.personId));
    return [...people.filter((p) => scope.has(p.id)), ...people.filter((p) => !scope.has(p.id))];
  }, [doc.scope, people]);
  const input = (v: Values) => ({ copyId: v.copyId, readerId: v.readerId ?? '', folderNo: v.folderNo, sentAt: toMeetingAt(v.sentAt) });
  const form = useEntryForm({
    initial: { copyId, readerId: null, folderNo: '', sentAt: nowText() } as Values,
    check: (v) => {
      const errors = schemaErrors(API['classified.send'].input, input(v));
      if (!v.readerId) errors.readerId = '请从人员名录中选择阅件人';
      return errors;
    },
    submit: (v) => invoke('classified.send', input(v)),
    onSaved: (saved: ClassifiedDoc, v) => {
      const copy = saved.copies.find((c) => c.id === v.copyId);
      onSaved(saved, `已送阅：份号 ${copy ? formatCopyNumber(copy.copyNo) : ''} 交 ${copy?.holderName ?? ''}`);
    },
    onCancel,
  });
  const { focusFirst, values, set, errors } = form;
  useEffect(() => focusFirst(), [focusFirst]);
  return (
    <ActionForm title="送阅" formProps={form.formProps} generalError={form.generalError} saving={form.saving} submitLabel="登记送阅" onCancel={onCancel}>
      <ListField label="份号" data={copies} value={values.copyId} onChange={(id: string) => set('copyId', id)} error={errors.copyId} />
      <SelectAllOnFocus>
        <PersonPicker
          label="阅件人"
          people={readers}
          value={values.readerId}
          onChange={(id) => set('readerId', id)}
          error={errors.readerId}
          description={`知悉范围：${doc.scope.map((p) => p.name).join('、')}`}
        />
      </SelectAllOnFocus>
      <SimpleGrid cols={2} spacing="xs">
        <TextInput label="夹号" description="专用文件夹的编号" autoComplete="off" {...form.text('folderNo')} />
        <TimeField label="送阅时间" value={values.sentAt} onChange={(t) => set('sentAt', t)} error={errors.sentAt} />
      </SimpleGrid>
    </ActionForm>
  );
}
