import { Autocomplete, Checkbox, Stack, TextInput, Title } from '@mantine/core';
import { useEffect } from 'react';
import { API } from '../../shared/api';
import { PERSON_TITLES, type Person } from '../../shared/people/api';
import type { Unit } from '../../shared/units/api';
import { invoke } from '../api/client';
import { pinyinKeys } from '../../shared/dictionaries/pinyin';
import { UnitPicker } from '../dictionaries/UnitPicker';
import { FormActions } from '../form/FormActions';
import { schemaErrors } from '../form/field-errors';
import { useEntryForm } from '../form/useEntryForm';

interface Values {
  name: string;
  title: string;
  unitId: string | null;
  initialsOverride: string;
  disabled: boolean;
}

const blank = (unitId: string | null): Values => ({ name: '', title: '', unitId, initialsOverride: '', disabled: false });

const valuesOf = (p: Person): Values => ({
  name: p.name,
  title: p.title,
  unitId: p.unitId,
  initialsOverride: p.initialsOverride,
  disabled: p.disabled,
});

interface Props {
  person: Person | null;
  units: readonly Unit[];
  /** People are often entered unit by unit: the next one starts in the last unit. */
  unitId: string | null;
  focusRequest: number;
  onSaved: (person: Person, isNew: boolean) => void;
  onCancel: () => void;
}

export function PersonForm({ person, units, unitId, focusRequest, onSaved, onCancel }: Props) {
  const form = useEntryForm({
    initial: person ? valuesOf(person) : blank(unitId),
    check: ({ disabled, ...fields }) =>
      person
        ? schemaErrors(API['people.update'].input, { id: person.id, ...fields, disabled })
        : schemaErrors(API['people.add'].input, fields),
    submit: ({ disabled, ...fields }) =>
      person ? invoke('people.update', { id: person.id, ...fields, disabled }) : invoke('people.add', fields),
    onSaved: (saved) => {
      if (!person) {
        form.reset(blank(saved.unitId));
        form.focusFirst();
      }
      onSaved(saved, !person);
    },
    onCancel,
  });
  const { focusFirst } = form;
  useEffect(() => focusFirst(), [focusFirst, focusRequest]);

  const computed = pinyinKeys(form.values.name.trim()).initials;
  return (
    <form {...form.formProps} aria-label={person ? '修改人员' : '新增人员'}>
      <Stack gap="sm">
        <Title order={3} size="h5">
          {person ? `修改人员：${person.name}` : '新增人员'}
        </Title>
        <TextInput label="姓名" {...form.text('name')} />
        <Autocomplete
          label="职务"
          placeholder="可从列表选，也可直接填写"
          data={[...PERSON_TITLES]}
          value={form.values.title}
          onChange={(v) => form.set('title', v)}
          error={form.errors.title}
        />
        <UnitPicker
          label="所在单位"
          units={units}
          value={form.values.unitId}
          onChange={(v) => form.set('unitId', v)}
          error={form.errors.unitId}
        />
        <TextInput
          label="拼音首字母"
          placeholder={computed || '根据姓名自动生成'}
          description="自动生成不对时才填写，例如“单”姓应为 shan 的首字母 s"
          {...form.text('initialsOverride')}
        />
        {person && (
          <Checkbox
            label="停用"
            description="例如已调离；已有记录不受影响"
            checked={form.values.disabled}
            onChange={(e) => form.set('disabled', e.currentTarget.checked)}
            error={form.errors.disabled}
          />
        )}
        <FormActions generalError={form.generalError} saving={form.saving} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
