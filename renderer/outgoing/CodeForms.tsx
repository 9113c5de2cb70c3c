import { Button, Group, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { API } from '../../shared/api';
import type { NumberCounter } from '../../shared/outgoing/api';
import { checkAgencyCode } from '../../shared/outgoing/checks';
import { invoke } from '../api/client';
import { schemaErrors } from '../form/field-errors';
import { useEntryForm } from '../form/useEntryForm';
import { today } from '../incoming/workflow/dates';

interface Props {
  onSaved: (announcement: string) => void;
}

/** A small one-line form: its fields, then the button; the core's message under the field it is about. */
function InlineForm({ label, form, children, submitLabel }: { label: string; form: { formProps: object; saving: boolean; generalError: string | null }; children: ReactNode; submitLabel: string }) {
  return (
    <form {...form.formProps} aria-label={label}>
      <Group align="flex-start" gap="xs">
        {children}
        <Button type="submit" loading={form.saving} mt={25} variant="default">
          {submitLabel}
        </Button>
      </Group>
      {form.generalError && (
        <div role="alert" style={{ color: 'var(--mantine-color-red-8)', fontSize: 14 }}>
          {form.generalError}
        </div>
      )}
    </form>
  );
}

/** 新增编号序列: a counter starts with no 代字; this PC issues its numbers. */
export function AddCounterForm({ onSaved }: Props) {
  const input = (v: { name: string }) => ({ name: v.name, issuingDeviceId: '' });
  const form = useEntryForm({
    initial: { name: '' },
    check: (v) => schemaErrors(API['outgoing.addCounter'].input, input(v)),
    submit: (v) => invoke('outgoing.addCounter', input(v)),
    onSaved: (saved: NumberCounter) => {
      form.reset({ name: '' });
      onSaved(`已新增编号序列：${saved.name}`);
    },
    lastEnterSubmits: true,
  });
  return (
    <InlineForm label="新增编号序列" form={form} submitLabel="新增编号序列">
      <TextInput label="编号序列名称" placeholder="如 凤政办函" autoComplete="off" w={200} {...form.text('name')} />
    </InlineForm>
  );
}

/** 新增机关代字 to one counter: the shape is checked here as the core checks it (2–10 汉字 ending in 发/函/纪…). */
export function AddCodeForm({ counter, onSaved }: Props & { counter: NumberCounter }) {
  const input = (v: { code: string }) => ({ code: v.code.trim(), counterId: counter.id });
  const form = useEntryForm({
    initial: { code: '' },
    check: (v) => {
      const errors = schemaErrors(API['outgoing.addCode'].input, input(v));
      const shape = v.code.trim() === '' ? null : checkAgencyCode(v.code.trim());
      if (shape) errors.code ??= shape;
      return errors;
    },
    submit: (v) => invoke('outgoing.addCode', input(v)),
    onSaved: (_saved, v) => {
      form.reset({ code: '' });
      onSaved(`已新增机关代字：${v.code.trim()}（${counter.name}）`);
    },
    lastEnterSubmits: true,
  });
  return (
    <InlineForm label={`为${counter.name}新增机关代字`} form={form} submitLabel="新增代字">
      <TextInput label="新增机关代字" placeholder="如 凤政办函" autoComplete="off" w={180} {...form.text('code')} />
    </InlineForm>
  );
}

/** 起始序号 of a year: an office that starts mid-year continues its paper register's numbering. */
export function StartSerialForm({ counter, onSaved }: Props & { counter: NumberCounter }) {
  const num = (t: string) => (/^\d+$/.test(t.trim()) ? Number(t.trim()) : (t as unknown as number));
  const input = (v: { year: string; start: string }) => ({ counterId: counter.id, year: num(v.year), start: num(v.start) });
  const form = useEntryForm({
    initial: { year: today().slice(0, 4), start: '' },
    check: (v) => schemaErrors(API['outgoing.setStartSerial'].input, input(v)),
    submit: (v) => invoke('outgoing.setStartSerial', input(v)),
    onSaved: (_saved, v) => onSaved(`${counter.name} ${v.year}年从${v.start}号起编号`),
    lastEnterSubmits: true,
  });
  return (
    <InlineForm label={`设置${counter.name}的起始序号`} form={form} submitLabel="设置起始序号">
      <TextInput label="年份" inputMode="numeric" autoComplete="off" w={72} {...form.text('year')} />
      <TextInput label="起始序号" inputMode="numeric" autoComplete="off" w={88} {...form.text('start')} />
    </InlineForm>
  );
}
