import { Alert, Button, Group, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import type { IncomingRecord, IncomingRow } from '../../shared/incoming/api';
import { checkDocNumber } from '../../shared/doc-number';
import {
  ADDRESSEE_OPTIONS,
  DOC_TYPE_OPTIONS,
  INCOMING_CLASS_OPTIONS,
  isClassified,
  SECRECY_LEVEL_OPTIONS,
  URGENCY_OPTIONS,
  type Addressee,
  type DocType,
  type IncomingClass,
  type SecrecyLevel,
  type Urgency,
} from '../../shared/incoming/vocabulary';
import type { Unit } from '../../shared/units/api';
import { invoke } from '../api/client';
import { useSession } from '../app/session';
import { DateField } from '../common/DateField';
import { UnitPicker } from '../dictionaries/UnitPicker';
import { FormActions } from '../form/FormActions';
import { ListField, SelectAllOnFocus } from '../form/ListField';
import { useEntryForm } from '../form/useEntryForm';
import {
  blankRegistration,
  checkRegistrationValues,
  defaultPeriodText,
  nowText,
  registrationOf,
  toRegistration,
  type CarriedOver,
  type RegistrationValues,
} from './form-values';

const options = <C extends string>(list: readonly { code: C; label: string }[]) =>
  list.map((o) => ({ value: o.code, label: o.label }));

const DOC_TYPES = options(DOC_TYPE_OPTIONS);
const SECRECY = options(SECRECY_LEVEL_OPTIONS);
const URGENCY = options(URGENCY_OPTIONS);
const CLASSES = options(INCOMING_CLASS_OPTIONS);
const ADDRESSEES = options(ADDRESSEE_OPTIONS);

/** What the form is for: a new document, a change to one, or a new one resubmitting a returned one (R7). */
export type FormMode = { kind: 'register' } | { kind: 'update'; record: IncomingRecord } | { kind: 'resubmit'; record: IncomingRecord };

const HEADINGS = { register: '登记收文', update: '修改收文', resubmit: '重新报送：登记新收文' } as const;

interface Props {
  units: readonly Unit[];
  carried: CarriedOver | undefined;
  /** Register by default. */
  mode?: FormMode;
  /** Changes when Ctrl+N is pressed again while the form is open. */
  focusRequest: number;
  onSaved: (record: IncomingRecord, values: RegistrationValues) => void;
  onCancel: () => void;
}

/** 收文登记: the fields of the paper register in its order; Enter walks them, Ctrl+S registers. */
export function IncomingForm({ units, carried, focusRequest, onSaved, onCancel, mode = { kind: 'register' } }: Props) {
  const { user } = useSession();
  const initial =
    mode.kind === 'register'
      ? blankRegistration(user, carried)
      : mode.kind === 'update'
        ? registrationOf(mode.record)
        : { ...registrationOf(mode.record), receivedAt: nowText(), signedBy: user.displayName };
  const [earlier, setEarlier] = useState<IncomingRow[]>([]);
  const docNumberRef = useRef<HTMLInputElement>(null);
  const form = useEntryForm({
    initial,
    check: (v) => {
      const errors = checkRegistrationValues(v);
      if (!v.fromUnitId) errors.fromUnitId = '请选择来文单位';
      return errors;
    },
    submit: (v) =>
      mode.kind === 'update'
        ? invoke('incoming.update', { id: mode.record.id, ...toRegistration(v) })
        : invoke('incoming.register', { ...toRegistration(v), resubmissionOf: mode.kind === 'resubmit' ? mode.record.id : null }),
    onSaved: (saved, v) => {
      setEarlier([]);
      onSaved(saved, v);
    },
    onCancel,
  });
  const { focusFirst, values, set, errors } = form;
  useEffect(() => focusFirst(), [focusFirst, focusRequest]);

  const docNumberCheck = values.docNumber.trim() === '' ? null : checkDocNumber(values.docNumber);
  const classified = isClassified(values.secrecyLevel);

  const lookForEarlier = async () => {
    const docNumber = values.docNumber.trim();
    if (!values.fromUnitId || docNumber === '') {
      setEarlier([]);
      return;
    }
    const excludeId = mode.kind === 'update' ? mode.record.id : undefined;
    const result = await invoke('incoming.findEarlier', { fromUnitId: values.fromUnitId, docNumber, ...(excludeId ? { excludeId } : {}) });
    // A resubmission repeats the returned document's number: that one is expected, not a duplicate.
    const others = result.ok ? result.value.filter((r) => mode.kind !== 'resubmit' || r.id !== mode.record.id) : [];
    setEarlier(others);
  };

  // 保密期限 and 份号 come and go with 密级. Enter on 密级 picks the level and moves on in one
  // keystroke, choosing the next field before they appear (or after they are gone): correct that here.
  const periodRef = useRef<HTMLInputElement>(null);
  const levelBox = useRef<HTMLDivElement>(null);
  const urgencyBox = useRef<HTMLDivElement>(null);
  const shownClassified = useRef(classified);
  useEffect(() => {
    if (shownClassified.current === classified) return;
    shownClassified.current = classified;
    const active = document.activeElement;
    if (levelBox.current?.contains(active)) return;
    if (classified) periodRef.current?.focus();
    else if (!active || active === document.body) urgencyBox.current?.querySelector('input')?.focus();
  }, [classified]);

  const setLevel = (level: SecrecyLevel) => {
    set('secrecyLevel', level);
    // Each level has its own statutory period: start from it.
    set('secrecyPeriodMonths', defaultPeriodText(level));
    if (!isClassified(level)) set('copyNumbers', '');
  };

  return (
    <form {...form.formProps} aria-label={mode.kind === 'update' ? '修改收文' : '收文登记'}>
      <Stack gap={8}>
        <Title order={3} size="h5">
          {HEADINGS[mode.kind]}
        </Title>
        {mode.kind !== 'register' && (
          <Text size="sm" c="dimmed">
            {mode.kind === 'update' ? `修改 ${mode.record.receiptNo}，收文号不变。` : `重新报送原 ${mode.record.receiptNo}（已退文），登记后取新的收文号并与原收文关联。`}
          </Text>
        )}
        <SimpleGrid cols={2} spacing="xs" verticalSpacing={8}>
          <TextInput label="收文日期时间" placeholder="2026-10-08 09:30" autoComplete="off" {...form.text('receivedAt')} />
          <TextInput label="签收人" autoComplete="off" {...form.text('signedBy')} />
        </SimpleGrid>
        <SelectAllOnFocus>
          <UnitPicker
            label="来文单位"
            units={units}
            value={values.fromUnitId}
            onChange={(id) => set('fromUnitId', id)}
            error={errors.fromUnitId}
          />
        </SelectAllOnFocus>
        <Stack gap={4}>
          <TextInput
            ref={docNumberRef}
            label="来文字号"
            placeholder="例如 凤财发〔2026〕12号"
            autoComplete="off"
            {...form.text('docNumber')}
            onBlur={() => void lookForEarlier()}
            styles={{ input: { whiteSpace: 'nowrap' } }}
          />
          {docNumberCheck && !docNumberCheck.ok && (
            <Alert color="yellow" variant="light" p={6} role="note" aria-label="来文字号提示">
              <Stack gap={4}>
                <Text size="sm">来文字号{docNumberCheck.problems.join('；')}。</Text>
                {docNumberCheck.corrected && (
                  <Group gap="xs">
                    <Button
                      size="compact-sm"
                      variant="default"
                      onClick={() => {
                        set('docNumber', docNumberCheck.corrected!);
                        // The button goes away with the warning: the cursor returns to the field, Enter goes on.
                        docNumberRef.current?.focus();
                      }}
                    >
                      改为「{docNumberCheck.corrected}」
                    </Button>
                  </Group>
                )}
              </Stack>
            </Alert>
          )}
          {earlier.length > 0 && (
            <Alert color="yellow" variant="light" p={6} role="note" aria-label="重复提示">
              <Text size="sm">
                这个单位的同一来文字号已登记过：
                {earlier.map((r) => `${r.receiptNo}（${r.receivedDate}）`).join('、')}。如是退文后重新报送，请先核对。
              </Text>
            </Alert>
          )}
        </Stack>
        <TextInput label="标题" autoComplete="off" {...form.text('title')} />
        <ListField label="文种" data={DOC_TYPES} value={values.docType} onChange={(v: DocType) => set('docType', v)} error={errors.docType} />
        <SimpleGrid cols={2} spacing="xs" verticalSpacing={8}>
          <DateField
            label="成文日期"
            value={values.writtenDate}
            onChange={(v) => {
              set('writtenDate', v);
              // The two dates are checked against each other: a message on 报送日期 may no longer hold.
              set('submittedDate', values.submittedDate);
            }}
            error={errors.writtenDate}
            description="公文落款的日期"
          />
          <DateField
            label="报送日期"
            value={values.submittedDate}
            onChange={(v) => {
              set('submittedDate', v);
              set('writtenDate', values.writtenDate);
            }}
            error={errors.submittedDate}
            description="不填即为收文日期"
          />
        </SimpleGrid>
        <SimpleGrid cols={2} spacing="xs" verticalSpacing={8}>
          <ListField label="密级" data={SECRECY} value={values.secrecyLevel} onChange={setLevel} error={errors.secrecyLevel} boxRef={levelBox} />
          {classified && <TextInput ref={periodRef} label="保密期限" placeholder="如 10年、6个月" autoComplete="off" {...form.text('secrecyPeriodMonths')} />}
        </SimpleGrid>
        {classified && (
          <TextInput label="份号" placeholder="如 1-5、7" description="每份一个，可写范围" autoComplete="off" {...form.text('copyNumbers')} />
        )}
        <SimpleGrid cols={3} spacing="xs" verticalSpacing={8}>
          <ListField
            label="紧急程度"
            data={URGENCY}
            value={values.urgency}
            onChange={(v: Urgency) => set('urgency', v)}
            error={errors.urgency}
            boxRef={urgencyBox}
          />
          <TextInput label="份数" inputMode="numeric" autoComplete="off" {...form.text('copies')} />
          <TextInput label="页数" inputMode="numeric" autoComplete="off" {...form.text('pages')} />
        </SimpleGrid>
        <SimpleGrid cols={2} spacing="xs" verticalSpacing={8}>
          <ListField
            label="收文类别"
            data={CLASSES}
            value={values.incomingClass}
            onChange={(v: IncomingClass) => set('incomingClass', v)}
            error={errors.incomingClass}
          />
          <ListField label="主送" data={ADDRESSEES} value={values.addressee} onChange={(v: Addressee) => set('addressee', v)} error={errors.addressee} />
        </SimpleGrid>
        <TextInput label="备注" autoComplete="off" {...form.text('remarks')} />
        <FormActions
          generalError={form.generalError}
          saving={form.saving}
          submitLabel={mode.kind === 'update' ? '保存修改' : '登记'}
          onCancel={onCancel}
          keysHint={`Enter 下一项 · Ctrl+S ${mode.kind === 'update' ? '保存' : '登记'} · Esc 取消`}
        />
      </Stack>
    </form>
  );
}
