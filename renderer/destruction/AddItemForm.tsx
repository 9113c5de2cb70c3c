import { SimpleGrid, TextInput } from '@mantine/core';
import { useEffect } from 'react';
import { API } from '../../shared/api';
import type { DestructionBatch } from '../../shared/destruction/api';
import { ITEM_KIND_LABELS, ITEM_KINDS, type ItemKind } from '../../shared/destruction/vocabulary';
import { invoke } from '../api/client';
import { schemaErrors } from '../form/field-errors';
import { ListField, SelectAllOnFocus } from '../form/ListField';
import { useEntryForm } from '../form/useEntryForm';
import { ActionForm } from '../incoming/workflow/ActionForm';
import { CopyPicker } from './CopyPicker';
import { RecordPicker } from './RecordPicker';

interface Values {
  kind: ItemKind;
  copyId: string | null;
  recordId: string | null;
  title: string;
  copies: string;
  reason: string;
}

interface Props {
  batch: DestructionBatch;
  /** The officer lists 密件; the clerk lists documents and other papers. */
  officer: boolean;
  onSaved: (batch: DestructionBatch, what: string) => void;
  onCancel: () => void;
}

// Typed text stays text when it is not a number, so the schema names the field.
const int = (t: string) => (/^\d+$/.test(t.trim()) ? Number(t.trim()) : (t as unknown as number));

/** An item for the list: a 密件 copy, a 收文 or 发文 of the registers, or any other paper written out; and why. */
export function AddItemForm({ batch, officer, onSaved, onCancel }: Props) {
  const kinds = ITEM_KINDS.filter((k) => officer || k !== 'copy').map((k) => ({ value: k, label: ITEM_KIND_LABELS[k] }));
  const input = (v: Values) => ({
    batchId: batch.id,
    kind: v.kind,
    copyId: v.kind === 'copy' ? v.copyId : null,
    recordId: v.kind === 'incoming' || v.kind === 'outgoing' ? v.recordId : null,
    title: v.kind === 'free' ? v.title : '',
    // A copy is one copy.
    copies: v.kind === 'copy' ? 1 : int(v.copies),
    reason: v.reason,
  });
  const form = useEntryForm({
    initial: { kind: officer ? 'copy' : 'incoming', copyId: null, recordId: null, title: '', copies: '1', reason: '' } as Values,
    check: (v) => {
      const errors = schemaErrors(API['destruction.addItem'].input, input(v));
      if (v.kind === 'copy' && !v.copyId) errors.copyId = '请选择要销毁的密件份号';
      if ((v.kind === 'incoming' || v.kind === 'outgoing') && !v.recordId) errors.recordId = `请选择要销毁的${ITEM_KIND_LABELS[v.kind]}`;
      if (v.kind === 'free' && v.title.trim() === '') errors.title = '请填写要销毁的文件资料名称';
      return errors;
    },
    submit: (v) => invoke('destruction.addItem', input(v)),
    onSaved: (saved: DestructionBatch) => {
      const item = saved.items.at(-1);
      onSaved(saved, `已列入销毁清单：${item?.title ?? ''}`);
    },
    onCancel,
  });
  const { focusFirst, values, set, errors } = form;
  useEffect(() => focusFirst(), [focusFirst]);
  const setKind = (kind: ItemKind) => {
    set('kind', kind);
    set('recordId', null);
  };
  return (
    <ActionForm title="添加销毁物品" formProps={form.formProps} generalError={form.generalError} saving={form.saving} submitLabel="列入清单" onCancel={onCancel}>
      <ListField label="类别" data={kinds} value={values.kind} onChange={setKind} error={errors.kind} />
      <SelectAllOnFocus>
        {values.kind === 'copy' && <CopyPicker value={values.copyId} onChange={(id) => set('copyId', id)} error={errors.copyId} />}
        {(values.kind === 'incoming' || values.kind === 'outgoing') && (
          <RecordPicker key={values.kind} register={values.kind} value={values.recordId} onChange={(id) => set('recordId', id)} error={errors.recordId} />
        )}
      </SelectAllOnFocus>
      {values.kind === 'free' && <TextInput label="名称" description="要销毁的文件资料" autoComplete="off" {...form.text('title')} />}
      <SimpleGrid cols={values.kind === 'copy' ? 1 : 2} spacing="xs">
        {values.kind !== 'copy' && <TextInput label="份数" inputMode="numeric" autoComplete="off" {...form.text('copies')} />}
        <TextInput label="销毁原因" placeholder="如 已过保密期限，无保存价值" autoComplete="off" {...form.text('reason')} />
      </SimpleGrid>
    </ActionForm>
  );
}
