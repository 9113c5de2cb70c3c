import { Checkbox, Stack, TagsInput, Textarea, TextInput, Title } from '@mantine/core';
import { useEffect } from 'react';
import { API } from '../../shared/api';
import { PERSON_TITLES } from '../../shared/people/api';
import type { Seal } from '../../shared/seals/api';
import { invoke } from '../api/client';
import { FormActions } from '../form/FormActions';
import { schemaErrors, type FieldErrors } from '../form/field-errors';
import { useEntryForm } from '../form/useEntryForm';

interface Values {
  name: string;
  custodian: string;
  approverTitles: string[];
  approvalRule: string;
  retired: boolean;
}

/** A message about one 职务 of the list ('approverTitles.1') shows under the list. */
const onFields = (errors: FieldErrors): FieldErrors => {
  const shown: FieldErrors = {};
  for (const [path, message] of Object.entries(errors)) shown[path.split('.')[0]] ??= message;
  return shown;
};

const blank = (): Values => ({ name: '', custodian: '', approverTitles: [], approvalRule: '', retired: false });

const valuesOf = (s: Seal): Values => ({
  name: s.name,
  custodian: s.custodian,
  approverTitles: s.approverTitles,
  approvalRule: s.approvalRule,
  retired: s.retired,
});

interface Props {
  seal: Seal | null;
  focusRequest: number;
  onSaved: (seal: Seal, isNew: boolean) => void;
  onCancel: () => void;
}

/** 新增/修改印章 (administrator): who keeps it, which 职务 may approve a use, the rule quoted when one may not. */
export function SealForm({ seal, focusRequest, onSaved, onCancel }: Props) {
  const form = useEntryForm({
    initial: seal ? valuesOf(seal) : blank(),
    check: ({ retired, ...fields }) => onFields(seal ? schemaErrors(API['seals.updateSeal'].input, { id: seal.id, ...fields, retired }) : schemaErrors(API['seals.addSeal'].input, fields)),
    submit: ({ retired, ...fields }) => (seal ? invoke('seals.updateSeal', { id: seal.id, ...fields, retired }) : invoke('seals.addSeal', fields)),
    onSaved: (saved) => {
      if (!seal) {
        form.reset(blank());
        form.focusFirst();
      }
      onSaved(saved, !seal);
    },
    onCancel,
  });
  const { focusFirst, values, set, errors } = form;
  useEffect(() => focusFirst(), [focusFirst, focusRequest]);

  return (
    <form {...form.formProps} aria-label={seal ? '修改印章' : '新增印章'}>
      <Stack gap="sm">
        <Title order={3} size="h5">
          {seal ? `修改印章：${seal.name}` : '新增印章'}
        </Title>
        <TextInput label="印章名称" autoComplete="off" {...form.text('name')} />
        <TextInput label="保管人" autoComplete="off" {...form.text('custodian')} />
        {/* Enter adds the 职务 typed and stays for the next one; Enter in the empty box goes on to the next field. */}
        <div onKeyDown={(e) => e.key === 'Enter' && (e.target as HTMLInputElement).value.trim() !== '' && e.stopPropagation()}>
          <TagsInput
            label="审批人职务"
            description="可以批准公文以外用印的职务，与人员名录中的职务一致；每输入一个按 Enter"
            placeholder={values.approverTitles.length ? '' : '如 县长'}
            data={[...PERSON_TITLES]}
            value={values.approverTitles}
            onChange={(v) => set('approverTitles', v)}
            error={errors.approverTitles}
            acceptValueOnBlur
            clearable
          />
        </div>
        <Textarea
          label="审批规定"
          description="审批人不符合时，登记会被拒绝并引用这段话"
          autosize
          minRows={2}
          maxRows={4}
          value={values.approvalRule}
          error={errors.approvalRule}
          onChange={(e) => set('approvalRule', e.currentTarget.value)}
        />
        {seal && (
          <Checkbox
            label="停用"
            description="停用的印章保留全部登记，不能再登记用印"
            checked={values.retired}
            onChange={(e) => set('retired', e.currentTarget.checked)}
            error={errors.retired}
          />
        )}
        <FormActions generalError={form.generalError} saving={form.saving} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
