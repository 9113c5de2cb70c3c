import { Alert, Checkbox, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import type { Person } from '../../shared/people/api';
import type { LedgerEntry, Seal } from '../../shared/seals/api';
import { USE_KIND_LABELS, USE_KINDS, USE_METHOD_LABELS, USE_METHODS, type UseKind, type UseMethod } from '../../shared/seals/vocabulary';
import type { Unit } from '../../shared/units/api';
import { invoke } from '../api/client';
import { PersonPicker } from '../dictionaries/PersonPicker';
import { UnitPicker } from '../dictionaries/UnitPicker';
import { FormActions } from '../form/FormActions';
import { ListField, SelectAllOnFocus } from '../form/ListField';
import { useEntryForm } from '../form/useEntryForm';
import { DocumentPicker } from './DocumentPicker';
import { TimeField } from './TimeField';
import { blankUse, checkUseValues, toCorrectionInput, toUseInput, valuesOfEntry, type UseValues } from './use-values';

const KINDS = USE_KINDS.map((k) => ({ value: k, label: USE_KIND_LABELS[k] }));
const METHODS = USE_METHODS.map((m) => ({ value: m, label: USE_METHOD_LABELS[m] }));

interface Props {
  seals: readonly Seal[];
  units: readonly Unit[];
  people: readonly Person[];
  /** 更正: the line being corrected; its values fill the form. */
  correcting?: LedgerEntry;
  /** A new line after one just saved: the same seal and kind, as the custodian stamps in batches. */
  carry?: Pick<UseValues, 'sealId' | 'useKind'>;
  onSaved: (entry: LedgerEntry, values: UseValues) => void;
  onCancel: () => void;
}

/** 登记用印 (or 更正 of a line): the columns of the paper book in its order; Enter walks them, Ctrl+S saves. */
export function UseForm({ seals, units, people, correcting, carry, onSaved, onCancel }: Props) {
  const form = useEntryForm({
    initial: correcting ? valuesOfEntry(correcting) : blankUse(carry),
    check: (v) => checkUseValues(v, correcting?.id ?? null),
    submit: (v) => (correcting ? invoke('seals.correct', toCorrectionInput(correcting.id, v)) : invoke('seals.recordUse', toUseInput(v))),
    onSaved: (saved: LedgerEntry, v: UseValues) => onSaved(saved, v),
    onCancel,
  });
  const { focusFirst, values, set, errors } = form;
  useEffect(() => focusFirst(), [focusFirst]);

  // The document or the approver appears with 用印类别: Enter on it picks the kind and moves on before those fields exist.
  const kindFields = useRef<HTMLDivElement>(null);
  const shownKind = useRef(values.useKind);
  useEffect(() => {
    if (shownKind.current === values.useKind) return;
    shownKind.current = values.useKind;
    kindFields.current?.querySelector('input')?.focus();
  }, [values.useKind]);

  // The document's title is the usual 文件名称; one typed by hand is kept.
  const docTitle = useRef<string | null>(null);
  const chooseDocument = (doc: { id: string; title: string }) => {
    set('outgoingId', doc.id);
    if (values.fileName.trim() === '' || values.fileName === docTitle.current) set('fileName', doc.title);
    docTitle.current = doc.title;
  };

  const offered = seals.filter((s) => !s.retired || s.id === values.sealId).map((s) => ({ value: s.id, label: s.out ? `${s.name}（外带中）` : s.name }));
  const seal = seals.find((s) => s.id === values.sealId);
  const outElsewhere = seal?.out && seal.out.entryId !== correcting?.id ? seal.out : null;
  const title = correcting ? `更正用印登记 ${correcting.serialText}` : '登记用印';

  return (
    <form {...form.formProps} aria-label={correcting ? '更正用印登记' : '登记用印'}>
      <Stack gap={8}>
        <Title order={3} size="h5">
          {title}
        </Title>
        {correcting && (
          <Text size="sm" c="dimmed">
            原登记保留不动，另起一行更正：改正写错的项，写明更正原因。
          </Text>
        )}
        <ListField label="印章" data={offered} value={values.sealId} onChange={(v: string) => set('sealId', v)} error={errors.sealId} />
        {outElsewhere && (
          <Alert color="yellow" variant="light" p={6} role="note">
            <Text size="sm">
              {seal?.name}已外带（{outElsewhere.serialText}，经办人{outElsewhere.handler}），登记归还后才能再用印。
            </Text>
          </Alert>
        )}
        <ListField label="用印类别" data={KINDS} value={values.useKind} onChange={(v: UseKind) => set('useKind', v)} error={errors.useKind} />
        <SelectAllOnFocus boxRef={kindFields}>
          {values.useKind === 'document' ? (
            <DocumentPicker
              value={values.outgoingId}
              initial={correcting?.outgoingId ? { id: correcting.outgoingId, docNumber: correcting.docNumber, title: correcting.fileName } : null}
              onChange={chooseDocument}
              error={errors.outgoingId}
            />
          ) : (
            <Stack gap={8}>
              {/* Full width: a refused approver's message quotes the seal's rule. */}
              <PersonPicker label="批准人" people={people} value={values.approverId} onChange={(id) => set('approverId', id)} error={errors.approverId} />
              <SimpleGrid cols={2} spacing="xs" verticalSpacing={8}>
                <TimeField label="批准时间" value={values.approvedAt} onChange={(t) => set('approvedAt', t)} error={errors.approvedAt} />
              </SimpleGrid>
              {seal && (
                <Text size="sm" c="dimmed">
                  {seal.name}由{seal.approverTitles.join('、')}批准。{seal.approvalRule}
                </Text>
              )}
            </Stack>
          )}
        </SelectAllOnFocus>
        <SimpleGrid cols={2} spacing="xs" verticalSpacing={8}>
          <TimeField label="用印时间" value={values.usedAt} onChange={(t) => set('usedAt', t)} error={errors.usedAt} />
          <TextInput label="份数" inputMode="numeric" autoComplete="off" {...form.text('copies')} />
        </SimpleGrid>
        <TextInput label="事由" placeholder="用印的事由，不得空白用印" autoComplete="off" {...form.text('reason')} />
        <TextInput label="文件名称" autoComplete="off" {...form.text('fileName')} />
        <SelectAllOnFocus>
          <UnitPicker label="申请单位" units={units} value={values.unitId} onChange={(id) => set('unitId', id)} error={errors.unitId} />
        </SelectAllOnFocus>
        <SimpleGrid cols={2} spacing="xs" verticalSpacing={8}>
          <TextInput label="经办人" autoComplete="off" {...form.text('handler')} />
          <ListField label="方式" data={METHODS} value={values.method} onChange={(v: UseMethod) => set('method', v)} error={errors.method} />
        </SimpleGrid>
        <TextInput label="备注" autoComplete="off" {...form.text('remarks')} />
        {correcting && (
          <>
            <Textarea
              label="更正原因"
              autosize
              minRows={2}
              maxRows={4}
              value={values.correctionReason}
              error={errors.correctionReason}
              onChange={(e) => set('correctionReason', e.currentTarget.value)}
            />
            <Checkbox
              label="未实际用印（登记有误）"
              description="这一次并没有用印：登记簿上注明「未实际用印」"
              checked={values.cancel}
              onChange={(e) => set('cancel', e.currentTarget.checked)}
              error={errors.cancel}
            />
          </>
        )}
        <FormActions
          generalError={form.generalError}
          saving={form.saving}
          submitLabel={correcting ? '保存更正' : '保存登记'}
          onCancel={onCancel}
        />
      </Stack>
    </form>
  );
}
