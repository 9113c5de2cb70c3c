import { SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import type { ClassifiedDoc } from '../../shared/classified/api';
import { SECRECY_LEVEL_OPTIONS, type ClassifiedLevel } from '../../shared/incoming/vocabulary';
import type { Person } from '../../shared/people/api';
import type { Unit } from '../../shared/units/api';
import { invoke } from '../api/client';
import { DateField } from '../common/DateField';
import { UnitPicker } from '../dictionaries/UnitPicker';
import { FormActions } from '../form/FormActions';
import { ListField, SelectAllOnFocus } from '../form/ListField';
import { useEntryForm } from '../form/useEntryForm';
import { defaultPeriodText } from '../incoming/form-values';
import { today } from '../incoming/workflow/dates';
import { IncomingPicker } from './IncomingPicker';
import { blankRegister, checkRegisterValues, toRegisterInput, type Source } from './register-values';
import { RequirementFields } from './RequirementFields';
import { ScopePicker } from './ScopePicker';

const SOURCES: { value: Source; label: string }[] = [
  { value: 'incoming', label: '从收文登记选择' },
  { value: 'direct', label: '按纸质文件登记' },
];

const LEVELS = SECRECY_LEVEL_OPTIONS.filter((o) => o.code !== 'none').map((o) => ({ value: o.code as ClassifiedLevel, label: o.label }));

interface Props {
  units: readonly Unit[];
  people: readonly Person[];
  onSaved: (doc: ClassifiedDoc) => void;
  onCancel: () => void;
}

/** 登记密件: from its classified incoming record (then only 知悉范围 and 清退要求 are asked), or typed from the paper. */
export function RegisterForm({ units, people, onSaved, onCancel }: Props) {
  const form = useEntryForm({
    initial: blankRegister(today()),
    check: checkRegisterValues,
    submit: (v) => invoke('classified.register', toRegisterInput(v)),
    onSaved,
    onCancel,
  });
  const { focusFirst, values, set, errors } = form;
  useEffect(() => focusFirst(), [focusFirst]);

  // Enter on 登记方式 picks and moves on in one keystroke, to a field the new choice then removes: go to the first field it shows.
  const sourceBox = useRef<HTMLDivElement>(null);
  const sourceFields = useRef<HTMLDivElement>(null);
  const shownSource = useRef(values.source);
  useEffect(() => {
    if (shownSource.current === values.source) return;
    shownSource.current = values.source;
    if (!sourceBox.current?.contains(document.activeElement)) sourceFields.current?.querySelector('input')?.focus();
  }, [values.source]);

  const setLevel = (level: ClassifiedLevel) => {
    set('secrecyLevel', level);
    // Each level has its own statutory period: start from it.
    set('secrecyPeriodMonths', defaultPeriodText(level));
  };

  return (
    <form {...form.formProps} aria-label="登记密件">
      <Stack gap={8}>
        <Title order={3} size="h5">
          登记密件
        </Title>
        <ListField label="登记方式" data={SOURCES} value={values.source} onChange={(s: Source) => set('source', s)} boxRef={sourceBox} />
        <Stack gap={8} ref={sourceFields}>
          {values.source === 'incoming' ? (
            <SelectAllOnFocus>
              <IncomingPicker value={values.incomingId} onChange={(id) => set('incomingId', id)} error={errors.incomingId} />
            </SelectAllOnFocus>
          ) : (
            <>
              <TextInput label="标题" autoComplete="off" {...form.text('title')} />
              <TextInput label="来文字号" placeholder="例如 市办秘〔2026〕9号" autoComplete="off" {...form.text('docNumber')} />
              <SelectAllOnFocus>
                <UnitPicker
                  label="发文机关"
                  description="清退时交回的单位"
                  units={units}
                  value={values.issuerUnitId}
                  onChange={(id) => set('issuerUnitId', id)}
                  error={errors.issuerUnitId}
                />
              </SelectAllOnFocus>
              <SimpleGrid cols={2} spacing="xs" verticalSpacing={8}>
                <ListField label="密级" data={LEVELS} value={values.secrecyLevel} onChange={setLevel} error={errors.secrecyLevel} />
                <TextInput label="保密期限" placeholder="如 10年、6个月" autoComplete="off" {...form.text('secrecyPeriodMonths')} />
                <DateField label="收到日期" value={values.receivedDate} onChange={(v) => set('receivedDate', v)} error={errors.receivedDate} />
                <TextInput label="份号" placeholder="如 1-3、5" description="每份一个，可写范围" autoComplete="off" {...form.text('copyNumbers')} />
              </SimpleGrid>
            </>
          )}
        </Stack>
        <ScopePicker people={people} value={values.scope} onChange={(ids) => set('scope', ids)} error={errors.scope} />
        <RequirementFields
          requirement={values.requirement}
          returnBy={values.returnBy}
          onRequirement={(r) => set('requirement', r)}
          onReturnBy={(t) => set('returnBy', t)}
          error={errors.returnBy}
        />
        <TextInput label="备注" autoComplete="off" {...form.text('remarks')} />
        <FormActions generalError={form.generalError} saving={form.saving} submitLabel="登记" onCancel={onCancel} keysHint="Enter 下一项 · Ctrl+S 登记 · Esc 取消" />
      </Stack>
    </form>
  );
}
