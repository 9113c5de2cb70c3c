import { Alert, Checkbox, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { isClassified, type DocType, type SecrecyLevel, type Urgency } from '../../shared/incoming/vocabulary';
import type { NumberCounter, OutgoingRecord } from '../../shared/outgoing/api';
import { normativeLengthWarning } from '../../shared/outgoing/checks';
import type { Issuer, Matter, MeetingType, Publicity } from '../../shared/outgoing/vocabulary';
import type { Unit } from '../../shared/units/api';
import { invoke } from '../api/client';
import { useSession } from '../app/session';
import { DateField } from '../common/DateField';
import { UnitPicker } from '../dictionaries/UnitPicker';
import { FormActions } from '../form/FormActions';
import { ListField, SelectAllOnFocus } from '../form/ListField';
import { useEntryForm } from '../form/useEntryForm';
import { defaultPeriodText } from '../incoming/form-values';
import { blankDraft, checkDraftValues, draftValuesOf, toDraftInput, toHistoricalInput } from './draft-values';
import { showMeetingAt, toMeetingAt } from './meeting-time';
import { codeChoices, DOC_TYPES, ISSUER_CHOICES, MATTER_CHOICES, MEETING_TYPE_CHOICES, PUBLICITY_CHOICES, SECRECY, URGENCY_CHOICES } from './options';

/** A classified document is never published (R18): the reason every such draft gives. */
const CLASSIFIED_REASON = '涉及国家秘密';

interface Props {
  units: readonly Unit[];
  counters: readonly NumberCounter[];
  /** 补录历史文号: a document issued before the register, with its 发文字号 and 成文日期 instead of a 代字. */
  historical: boolean;
  /** 修改: corrects this unsigned draft (outgoing.updateDraft) instead of registering a new one. */
  editing?: OutgoingRecord;
  onSaved: (record: OutgoingRecord) => void;
  onCancel: () => void;
}

/** 发文拟稿 (or 补录, or 修改 before 签发): the fields of the 发文稿纸 in its order; Enter walks them, Ctrl+S saves. */
export function DraftForm({ units, counters, historical, editing, onSaved, onCancel }: Props) {
  const { user } = useSession();
  const form = useEntryForm({
    initial: editing ? draftValuesOf(editing) : blankDraft(user),
    check: (v) => checkDraftValues(v, historical),
    submit: (v) =>
      historical
        ? invoke('outgoing.recordHistoricalNumber', toHistoricalInput(v))
        : editing
          ? invoke('outgoing.updateDraft', { id: editing.id, ...toDraftInput(v) })
          : invoke('outgoing.draft', toDraftInput(v)),
    onSaved: (saved) => onSaved(saved),
    onCancel,
  });
  const { focusFirst, values, set, errors } = form;
  useEffect(() => focusFirst(), [focusFirst]);

  const classified = isClassified(values.secrecyLevel);
  const needsReason = values.publicity !== 'active';
  const words = /^\d+$/.test(values.wordCount.trim()) ? Number(values.wordCount) : null;
  const lengthWarning = normativeLengthWarning(values.normative, words);

  // 保密期限 appears with 密级: Enter on 密级 picks the level and moves on before the field exists.
  const periodRef = useRef<HTMLInputElement>(null);
  const shownClassified = useRef(classified);
  useEffect(() => {
    if (shownClassified.current === classified) return;
    shownClassified.current = classified;
    if (classified) periodRef.current?.focus();
  }, [classified]);

  const setLevel = (level: SecrecyLevel) => {
    set('secrecyLevel', level);
    set('secrecyPeriodMonths', defaultPeriodText(level));
    if (isClassified(level)) {
      set('publicity', 'withheld');
      if (values.publicityReason.trim() === '') set('publicityReason', CLASSIFIED_REASON);
    }
  };

  const title = historical ? '补录历史文号' : editing ? '修改发文拟稿' : '发文拟稿';
  const submitLabel = historical ? '补录' : editing ? '保存修改' : '登记拟稿';
  return (
    <form {...form.formProps} aria-label={title}>
      <Stack gap={8}>
        <Title order={3} size="h5">
          {title}
        </Title>
        {historical ? (
          <>
            <Text size="sm" c="dimmed">
              从纸质发文登记簿补录已印发的公文：文号不能是已用、作废或已补录的号。
            </Text>
            <SimpleGrid cols={2} spacing="xs" verticalSpacing={8}>
              <TextInput
                label="发文字号"
                placeholder="例如 凤政办发〔2025〕12号"
                autoComplete="off"
                {...form.text('docNumber')}
                styles={{ input: { whiteSpace: 'nowrap' } }}
              />
              <DateField label="成文日期" value={values.writtenDate} onChange={(v) => set('writtenDate', v)} error={errors.writtenDate} />
            </SimpleGrid>
          </>
        ) : (
          <>
            {editing && (
              <Text size="sm" c="dimmed">
                签发前可修改拟稿内容；签发后签发稿即领导审定的文本，不能再改。
              </Text>
            )}
            <ListField label="机关代字" data={codeChoices(counters, editing?.codeId)} value={values.codeId} onChange={(v: string) => set('codeId', v)} error={errors.codeId} />
          </>
        )}
        <ListField label="文种" data={DOC_TYPES} value={values.docType} onChange={(v: DocType) => set('docType', v)} error={errors.docType} />
        <TextInput label="标题" autoComplete="off" {...form.text('title')} />
        {/* After 标题, not beside 文种: Enter on 文种 picks 纪要 and moves on before these fields exist. */}
        {values.docType === 'minutes' && (
          <SimpleGrid cols={2} spacing="xs" verticalSpacing={8}>
            <ListField label="会议类型" data={MEETING_TYPE_CHOICES} value={values.meetingType} onChange={(v: MeetingType) => set('meetingType', v)} error={errors.meetingType} />
            <TextInput
              label="会议时间"
              placeholder="例如 2026-10-08 09:30"
              inputMode="numeric"
              autoComplete="off"
              {...form.text('meetingAt')}
              onBlur={(e) => {
                const typed = e.currentTarget.value;
                const shown = showMeetingAt(toMeetingAt(typed));
                if (shown !== typed) set('meetingAt', shown);
              }}
            />
          </SimpleGrid>
        )}
        <SimpleGrid cols={2} spacing="xs" verticalSpacing={8}>
          <ListField label="发文机关" data={ISSUER_CHOICES} value={values.issuer} onChange={(v: Issuer) => set('issuer', v)} error={errors.issuer} />
          <ListField label="事项类别" data={MATTER_CHOICES} value={values.matter} onChange={(v: Matter) => set('matter', v)} error={errors.matter} />
        </SimpleGrid>
        <SelectAllOnFocus>
          <UnitPicker label="拟稿单位" units={units} value={values.draftUnitId} onChange={(id) => set('draftUnitId', id)} error={errors.draftUnitId} />
        </SelectAllOnFocus>
        <SimpleGrid cols={2} spacing="xs" verticalSpacing={8}>
          <TextInput label="拟稿人" autoComplete="off" {...form.text('drafter')} />
          <DateField label="拟稿日期" value={values.draftDate} onChange={(v) => set('draftDate', v)} error={errors.draftDate} />
        </SimpleGrid>
        <TextInput label="主送" autoComplete="off" {...form.text('mainTo')} />
        <TextInput label="抄送" autoComplete="off" {...form.text('ccTo')} />
        <SimpleGrid cols={2} spacing="xs" verticalSpacing={8}>
          <ListField label="密级" data={SECRECY} value={values.secrecyLevel} onChange={setLevel} error={errors.secrecyLevel} />
          {classified && <TextInput ref={periodRef} label="保密期限" placeholder="如 10年、6个月" autoComplete="off" {...form.text('secrecyPeriodMonths')} />}
        </SimpleGrid>
        <SimpleGrid cols={2} spacing="xs" verticalSpacing={8}>
          <ListField label="紧急程度" data={URGENCY_CHOICES} value={values.urgency} onChange={(v: Urgency) => set('urgency', v)} error={errors.urgency} />
          <ListField label="公开属性" data={PUBLICITY_CHOICES} value={values.publicity} onChange={(v: Publicity) => set('publicity', v)} error={errors.publicity} />
        </SimpleGrid>
        {needsReason && <TextInput label="不公开理由" autoComplete="off" {...form.text('publicityReason')} />}
        <SimpleGrid cols={2} spacing="xs" verticalSpacing={8}>
          <Checkbox
            label="规范性文件"
            description="须合法性审查后才能编号"
            checked={values.normative}
            onChange={(e) => set('normative', e.currentTarget.checked)}
          />
          {values.normative && <TextInput label="字数" inputMode="numeric" autoComplete="off" {...form.text('wordCount')} />}
        </SimpleGrid>
        {lengthWarning && (
          <Alert color="yellow" variant="light" p={6} role="note" aria-label="字数提示">
            <Text size="sm">{lengthWarning}</Text>
          </Alert>
        )}
        <FormActions
          generalError={form.generalError}
          saving={form.saving}
          submitLabel={submitLabel}
          onCancel={onCancel}
          keysHint={`Enter 下一项 · Ctrl+S ${historical ? '补录' : editing ? '保存' : '登记'} · Esc 取消`}
        />
      </Stack>
    </form>
  );
}
