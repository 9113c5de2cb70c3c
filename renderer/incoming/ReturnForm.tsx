import { Checkbox, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useEffect } from 'react';
import { API } from '../../shared/api';
import { formatChineseDate, todayInShanghai } from '../../shared/dates';
import type { IncomingRecord, ReturnSlip } from '../../shared/incoming/api';
import {
  RETURN_REASON_LABELS,
  RETURN_REASON_LATE_SUBMISSION,
  RETURN_REASONS,
  type ReturnReason,
} from '../../shared/incoming/vocabulary';
import type { OutputOf } from '../../shared/api';
import { invoke } from '../api/client';
import { DateField } from '../common/DateField';
import { normalizeDateText } from '../common/date-text';
import { FormActions } from '../form/FormActions';
import { schemaErrors } from '../form/field-errors';
import { useEntryForm } from '../form/useEntryForm';

type Draft = OutputOf<'incoming.returnDraft'>;

interface Values {
  reasons: ReturnReason[];
  reason11Note: string;
  opinion: string;
  remarks: string;
  returnDate: string;
}

interface Props {
  record: IncomingRecord;
  /** Reason 11 as the calendar sees it (incoming.returnDraft). */
  draft: Draft;
  onReturned: (slip: ReturnSlip) => void;
  onCancel: () => void;
}

const today = () => todayInShanghai(new Date());

/** What the calendar said about reason 11, in words. */
export function lateSubmissionText(draft: Pick<Draft, 'workingDays'>): string {
  return draft.workingDays === null ? '缺少成文日期，无法计算第11项' : `报送日期超过成文日期 ${draft.workingDays} 个工作日`;
}

/** 退文: the 12 problems of the 退文处理单, reason 11 ticked by the calendar; the clerk must say why when overruling it. */
export function ReturnForm({ record, draft, onReturned, onCancel }: Props) {
  const input = (v: Values) => ({
    id: record.id,
    reasons: [...v.reasons].sort((a, b) => a - b),
    reason11Note: v.reason11Note,
    opinion: v.opinion,
    remarks: v.remarks,
    returnDate: normalizeDateText(v.returnDate),
  });
  const overruled = (v: Values) => v.reasons.includes(RETURN_REASON_LATE_SUBMISSION) !== draft.reason11;

  const initial: Values = {
    reasons: draft.reason11 ? [RETURN_REASON_LATE_SUBMISSION] : [],
    reason11Note: '',
    opinion: '',
    remarks: '',
    returnDate: today(),
  };
  const form = useEntryForm({
    initial,
    check: (v) => {
      const errors = schemaErrors(API['incoming.return'].input, input(v));
      if (overruled(v) && v.reason11Note.trim() === '') {
        errors.reason11Note = draft.reason11
          ? `按日历计算${lateSubmissionText(draft)}，取消第11项须说明理由`
          : '按日历计算未超过15个工作日，勾选第11项须说明理由';
      }
      return errors;
    },
    submit: (v) => invoke('incoming.return', input(v)),
    onSaved: (slip) => onReturned(slip),
    onCancel,
  });
  const { values, set, focusFirst } = form;
  useEffect(() => focusFirst(), [focusFirst]);

  const toggle = (reason: ReturnReason, on: boolean) =>
    set('reasons', on ? [...values.reasons, reason] : values.reasons.filter((r) => r !== reason));

  return (
    <form {...form.formProps} aria-label="退文">
      <Stack gap={8}>
        <Title order={3} size="h5">
          退文：{record.receiptNo}
        </Title>
        <Text size="sm">{record.title}</Text>
        <Stack gap={4} role="group" aria-label="存在问题">
          <Text fw={600} size="sm">
            存在问题
          </Text>
          {RETURN_REASONS.map((reason) => (
            <Checkbox
              key={reason}
              label={`${reason}. ${RETURN_REASON_LABELS[reason]}`}
              description={reason === RETURN_REASON_LATE_SUBMISSION ? `日历计算：${lateSubmissionText(draft)}` : undefined}
              checked={values.reasons.includes(reason)}
              onChange={(e) => toggle(reason, e.currentTarget.checked)}
            />
          ))}
          {form.errors.reasons && (
            <Text c="red.8" size="sm" role="alert">
              {form.errors.reasons}
            </Text>
          )}
        </Stack>
        {(overruled(values) || values.reason11Note !== '') && (
          <TextInput
            label="第11项说明"
            description={draft.reason11 ? '日历计算应勾选第11项，取消须说明理由' : '日历计算未超过15个工作日，勾选须说明理由'}
            autoComplete="off"
            {...form.text('reason11Note')}
          />
        )}
        <Textarea label="处理意见" autosize minRows={2} maxRows={4} value={values.opinion} error={form.errors.opinion} onChange={(e) => set('opinion', e.currentTarget.value)} />
        <TextInput label="备注" autoComplete="off" {...form.text('remarks')} />
        <DateField label="退文日期" value={values.returnDate} onChange={(v) => set('returnDate', v)} error={form.errors.returnDate} />
        <Text size="sm" c="dimmed">
          收文日期 {formatChineseDate(record.receivedDate)}；退文后打开退文处理单预览。
        </Text>
        <FormActions generalError={form.generalError} saving={form.saving} submitLabel="退文" onCancel={onCancel} />
      </Stack>
    </form>
  );
}
