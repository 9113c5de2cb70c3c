import { Checkbox, Group, SegmentedControl, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useId } from 'react';
import { API } from '../../../shared/api';
import { isValidDate } from '../../../shared/dates';
import type { IncomingRecord } from '../../../shared/incoming/api';
import type { Unit } from '../../../shared/units/api';
import { invoke } from '../../api/client';
import { DateField } from '../../common/DateField';
import { UnitPicker } from '../../dictionaries/UnitPicker';
import { schemaErrors, type FieldErrors } from '../../form/field-errors';
import { useEntryForm } from '../../form/useEntryForm';
import { ActionForm } from './ActionForm';
import { AssistUnitsPicker } from './AssistUnitsPicker';
import { today, typedDate } from './dates';

type DeadlineMode = 'date' | 'workingDays';

interface Values {
  hostUnitId: string | null;
  assistUnitIds: string[];
  assignedDate: string;
  deadlineMode: DeadlineMode;
  /** A date or a number of working days, as typed, depending on deadlineMode. */
  deadline: string;
  assignFirst: boolean;
}

interface Props {
  record: IncomingRecord;
  units: readonly Unit[];
  /** The leader has not signed yet: only an urgent item may be assigned first (art. 14/19), the 批示 following as 补签. */
  beforeInstruction: boolean;
  onSaved: (record: IncomingRecord) => void;
  onCancel: () => void;
}

const MODES = [
  { value: 'workingDays', label: '工作日数' },
  { value: 'date', label: '指定日期' },
];

function deadlineOf(v: Values) {
  if (v.deadlineMode === 'date') return { date: typedDate(v.deadline) };
  const t = v.deadline.trim();
  return { workingDays: /^\d+$/.test(t) ? Number(t) : NaN };
}

function checkDeadline(v: Values): string | null {
  const t = v.deadline.trim();
  if (t === '') return v.deadlineMode === 'date' ? '请填写办理时限（日期）' : '请填写办理时限（几个工作日）';
  if (v.deadlineMode === 'date') return isValidDate(typedDate(t)) ? null : '办理时限应写成 2026-10-08 这样的日期';
  const n = Number(t);
  return /^\d+$/.test(t) && n >= 1 && n <= 365 ? null : '工作日数应是 1 到 365 之间的整数';
}

/** 交办: one 主办 unit, any 协办 units, the date and the time allowed, as a date or in working days. */
export function AssignForm({ record, units, beforeInstruction, onSaved, onCancel }: Props) {
  const modeLabel = useId();
  const input = (v: Values) => ({
    id: record.id,
    hostUnitId: v.hostUnitId ?? '',
    assistUnitIds: v.assistUnitIds,
    assignedDate: typedDate(v.assignedDate),
    deadline: deadlineOf(v),
    assignFirst: beforeInstruction && v.assignFirst,
  });
  const form = useEntryForm({
    initial: { hostUnitId: null, assistUnitIds: [], assignedDate: today(), deadlineMode: 'workingDays', deadline: '', assignFirst: false } as Values,
    check: (v) => {
      const errors: FieldErrors = {};
      for (const [path, message] of Object.entries(schemaErrors(API['incoming.assign'].input, input(v)))) {
        errors[path.startsWith('deadline') ? 'deadline' : path.split('.')[0]] ??= message;
      }
      const deadline = checkDeadline(v);
      if (deadline) errors.deadline = deadline;
      else delete errors.deadline;
      if (!v.hostUnitId) errors.hostUnitId = '请选择主办单位';
      if (beforeInstruction && !v.assignFirst) errors.assignFirst = '领导尚未批示：紧急事项须勾选“先行交办”，批示事后补签';
      return errors;
    },
    submit: (v) => invoke('incoming.assign', input(v)),
    onSaved: (saved) => onSaved(saved),
    onCancel,
  });
  const { focusFirst, values, set, errors } = form;
  useEffect(() => focusFirst(), [focusFirst]);

  const byDate = values.deadlineMode === 'date';
  return (
    <ActionForm title="交办" formProps={form.formProps} generalError={form.generalError} saving={form.saving} submitLabel="交办" onCancel={onCancel}>
      <UnitPicker
        label="主办单位"
        units={units}
        value={values.hostUnitId}
        onChange={(id) => {
          set('hostUnitId', id);
          if (id) set('assistUnitIds', values.assistUnitIds.filter((x) => x !== id));
        }}
        error={errors.hostUnitId}
      />
      <AssistUnitsPicker
        label="协办单位"
        units={units}
        excludeId={values.hostUnitId}
        value={values.assistUnitIds}
        onChange={(ids) => set('assistUnitIds', ids)}
        error={errors.assistUnitIds}
      />
      <DateField label="交办日期" value={values.assignedDate} onChange={(v) => set('assignedDate', v)} error={errors.assignedDate} />
      <Stack gap={4}>
        <Group gap="xs" justify="space-between" wrap="nowrap">
          <Text id={modeLabel} size="sm" fw={500}>
            办理时限按
          </Text>
          <SegmentedControl
            aria-labelledby={modeLabel}
            size="xs"
            data={MODES}
            value={values.deadlineMode}
            onChange={(mode) => {
              set('deadlineMode', mode as DeadlineMode);
              set('deadline', '');
            }}
          />
        </Group>
        <SimpleGrid cols={2} spacing="xs">
          {byDate ? (
            <DateField key="date" label="办理时限" value={values.deadline} onChange={(v) => set('deadline', v)} error={errors.deadline} />
          ) : (
            <TextInput
              key="days"
              label="办理时限（工作日数）"
              inputMode="numeric"
              autoComplete="off"
              {...form.text('deadline')}
            />
          )}
        </SimpleGrid>
      </Stack>
      {beforeInstruction && (
        <Checkbox
          label="先行交办（紧急事项，领导批示事后补签）"
          checked={values.assignFirst}
          onChange={(e) => set('assignFirst', e.currentTarget.checked)}
          error={errors.assignFirst}
        />
      )}
    </ActionForm>
  );
}
