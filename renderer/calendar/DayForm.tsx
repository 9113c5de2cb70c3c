import { Button, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { API } from '../../shared/api';
import { DAY_KIND_LABELS, type CalendarDay } from '../../shared/calendar/api';
import type { DayKind } from '../../shared/calendar/workdays';
import { invoke } from '../api/client';
import { DateField } from '../common/DateField';
import { normalizeDateText } from '../common/date-text';
import { FormActions } from '../form/FormActions';
import { schemaErrors } from '../form/field-errors';
import { useEntryForm } from '../form/useEntryForm';

const KIND_OPTIONS: { value: DayKind; label: string }[] = [
  { value: 'holiday', label: `${DAY_KIND_LABELS.holiday}（放假）` },
  { value: 'workday', label: `${DAY_KIND_LABELS.workday}（调休上班）` },
];

interface Values {
  date: string;
  kind: DayKind | null;
  name: string;
}

const toInput = (v: Values) => ({ ...v, date: normalizeDateText(v.date) });

interface Props {
  /** The override being changed; none to add a day. */
  day: CalendarDay | null;
  focusRequest: number;
  onSaved: (day: CalendarDay, isNew: boolean) => void;
  onCleared: (date: string) => void;
  onCancel: () => void;
}

export function DayForm({ day, focusRequest, onSaved, onCleared, onCancel }: Props) {
  const [clearError, setClearError] = useState<string | null>(null);
  const form = useEntryForm({
    initial: day ? { date: day.date, kind: day.kind, name: day.name } : { date: '', kind: null, name: '' },
    check: (v) => schemaErrors(API['calendar.set'].input, toInput(v)),
    submit: (v) => invoke('calendar.set', { ...toInput(v), kind: v.kind! }),
    onSaved: (saved, v) => {
      // A holiday spans several days: the next entry keeps its kind and name, only the date is new.
      if (!day) {
        form.reset({ date: '', kind: v.kind, name: v.name });
        form.focusFirst();
      }
      onSaved(saved, !day);
    },
    onCancel,
  });
  const { focusFirst } = form;
  useEffect(() => focusFirst(), [focusFirst, focusRequest]);

  const clear = async (date: string) => {
    const result = await invoke('calendar.clear', { date });
    if (result.ok) onCleared(date);
    else setClearError(result.error.message);
  };

  return (
    <form {...form.formProps} aria-label={day ? '修改节假日' : '添加节假日'}>
      <Stack gap="sm">
        <Title order={3} size="h5">
          {day ? `修改：${day.date}` : '添加或修改一天'}
        </Title>
        {day ? (
          <Text>日期：{day.date}</Text>
        ) : (
          <DateField label="日期" value={form.values.date} onChange={(v) => form.set('date', v)} error={form.errors.date} />
        )}
        <Select
          label="类型"
          placeholder="请选择（↓ 展开）"
          data={KIND_OPTIONS}
          value={form.values.kind}
          onChange={(v) => form.set('kind', v as DayKind | null)}
          error={form.errors.kind}
          allowDeselect={false}
        />
        <TextInput label="名称" placeholder="例如：国庆节" {...form.text('name')} />
        <FormActions generalError={form.generalError ?? clearError} saving={form.saving} onCancel={onCancel}>
          {day && (
            <Button type="button" variant="default" onClick={() => void clear(day.date)}>
              恢复为普通日
            </Button>
          )}
        </FormActions>
      </Stack>
    </form>
  );
}
