import { Checkbox, Select, Stack, TextInput, Title } from '@mantine/core';
import { useEffect } from 'react';
import { API } from '../../shared/api';
import { UNIT_CATEGORIES, UNIT_CATEGORY_LABELS, type Unit, type UnitCategory } from '../../shared/units/api';
import { invoke } from '../api/client';
import { pinyinKeys } from '../../shared/dictionaries/pinyin';
import { FormActions } from '../form/FormActions';
import { schemaErrors } from '../form/field-errors';
import { useEntryForm } from '../form/useEntryForm';

const CATEGORY_OPTIONS = UNIT_CATEGORIES.map((c) => ({ value: c, label: UNIT_CATEGORY_LABELS[c] }));

interface Values {
  fullName: string;
  shortName: string;
  category: UnitCategory | null;
  initialsOverride: string;
  disabled: boolean;
}

const blank = (category: UnitCategory | null): Values => ({
  fullName: '',
  shortName: '',
  category,
  initialsOverride: '',
  disabled: false,
});

const valuesOf = (u: Unit): Values => ({
  fullName: u.fullName,
  shortName: u.shortName,
  category: u.category,
  initialsOverride: u.initialsOverride,
  disabled: u.disabled,
});

interface Props {
  /** The unit being changed; none for a new one. */
  unit: Unit | null;
  /** A batch of new units is usually of one kind: the next one starts with the last category. */
  category: UnitCategory | null;
  /** Changes when Ctrl+N is pressed again while the form is already open. */
  focusRequest: number;
  onSaved: (unit: Unit, isNew: boolean) => void;
  onCancel: () => void;
}

export function UnitForm({ unit, category, focusRequest, onSaved, onCancel }: Props) {
  const form = useEntryForm({
    initial: unit ? valuesOf(unit) : blank(category),
    check: ({ disabled, ...fields }) =>
      unit
        ? schemaErrors(API['units.update'].input, { id: unit.id, ...fields, disabled })
        : schemaErrors(API['units.add'].input, fields),
    submit: ({ disabled, category: c, ...fields }) =>
      unit
        ? invoke('units.update', { id: unit.id, ...fields, category: c!, disabled })
        : invoke('units.add', { ...fields, category: c! }),
    onSaved: (saved) => {
      if (!unit) {
        form.reset(blank(saved.category));
        form.focusFirst();
      }
      onSaved(saved, !unit);
    },
    onCancel,
  });
  const { focusFirst } = form;
  useEffect(() => focusFirst(), [focusFirst, focusRequest]);

  const computed = pinyinKeys(form.values.fullName.trim()).initials;
  return (
    <form {...form.formProps} aria-label={unit ? '修改单位' : '新增单位'}>
      <Stack gap="sm">
        <Title order={3} size="h5">
          {unit ? `修改单位：${unit.fullName}` : '新增单位'}
        </Title>
        <TextInput label="单位全称" placeholder="例如：县财政局" {...form.text('fullName')} />
        <TextInput label="简称" placeholder="可不填，例如：财政局" {...form.text('shortName')} />
        <Select
          label="类别"
          placeholder="请选择（↓ 展开）"
          data={CATEGORY_OPTIONS}
          value={form.values.category}
          onChange={(v) => form.set('category', v as UnitCategory | null)}
          error={form.errors.category}
          allowDeselect={false}
        />
        <TextInput
          label="拼音首字母"
          placeholder={computed || '根据单位全称自动生成'}
          description="自动生成不对时才填，如“单县”应为 sx"
          {...form.text('initialsOverride')}
        />
        {unit && (
          <Checkbox
            label="停用"
            description="停用后登记时不再提示，已有记录不受影响"
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
