import { Alert, Button, Group } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import type { NumberCounter, OutgoingRecord } from '../../shared/outgoing/api';
import { canDo, type Step } from '../../shared/outgoing/states';
import type { Person } from '../../shared/people/api';
import type { Unit } from '../../shared/units/api';
import { invoke } from '../api/client';
import { ArchiveForm } from './steps/ArchiveForm';
import { CountersignForm } from './steps/CountersignForm';
import { DistributeForm } from './steps/DistributeForm';
import { FilingForm } from './steps/FilingForm';
import { LegalReviewForm } from './steps/LegalReviewForm';
import { PrintForm } from './steps/PrintForm';
import { ReviewForm } from './steps/ReviewForm';
import { SignForm } from './steps/SignForm';
import { VoidForm } from './VoidForm';

type FormStep = Exclude<Step, 'takeNumber'> | 'void';

const BUTTONS: [FormStep, string][] = [
  ['review', '核稿'],
  ['countersign', '会签'],
  ['sign', '审核/签发'],
  ['legalReview', '合法性审查'],
  ['print', '印制'],
  ['distribute', '分发'],
  ['archive', '归档'],
  ['filing', '备案'],
];

interface Props {
  record: OutgoingRecord;
  units: readonly Unit[];
  people: readonly Person[];
  counters: readonly NumberCounter[];
  onChanged: (record: OutgoingRecord, announcement: string) => void;
}

/** The steps of the lifecycle possible now (shared canDo), one small form at a time. */
export function StepPanel({ record: r, units, people, counters, onChanged }: Props) {
  const [open, setOpen] = useState<FormStep | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const close = () => setOpen(null);
  const saved = (record: OutgoingRecord, what: string) => {
    close();
    setError(null);
    onChanged(record, `${what}：${record.docNumber || record.title}`);
  };

  // 取号 is offered from the draft on: the clerk's question is "may I number it yet", and the core's refusal answers it.
  const takeNumber = async () => {
    setBusy(true);
    const result = await invoke('outgoing.takeNumber', { id: r.id });
    setBusy(false);
    if (result.ok) saved(result.value, '已取号');
    else setError(result.error.message);
  };

  // The void form answers with the gap entry: the document itself is read again.
  const voided = async (docNumber: string) => {
    const result = await invoke('outgoing.get', { id: r.id });
    if (result.ok) saved(result.value, `已作废 ${docNumber}`);
    else setError(result.error.message);
  };

  const offered = (step: FormStep) => {
    if (step === 'void') return r.state === 'numbered' && r.numberId !== null;
    if ((step === 'legalReview' || step === 'filing') && !r.normative) return false;
    return canDo(step, r.state) === true;
  };
  const showTakeNumber = r.state === 'draft' || r.state === 'signed';

  const props = { record: r, onSaved: saved, onCancel: close };
  const forms: Record<FormStep, () => ReactNode> = {
    review: () => <ReviewForm {...props} />,
    countersign: () => <CountersignForm {...props} units={units} />,
    sign: () => <SignForm {...props} people={people} />,
    legalReview: () => <LegalReviewForm {...props} />,
    print: () => <PrintForm {...props} />,
    distribute: () => <DistributeForm {...props} />,
    archive: () => <ArchiveForm {...props} />,
    filing: () => <FilingForm {...props} people={people} />,
    void: () => (
      <VoidForm
        target={{ kind: 'taken', numberId: r.numberId ?? '', docNumber: r.docNumber }}
        counters={counters}
        people={people}
        onSaved={(entry) => void voided(entry.docNumber)}
        onCancel={close}
      />
    ),
  };

  return (
    <>
      {error && (
        <Alert color="red" variant="light" role="alert" p="xs" aria-label="操作未完成">
          {error}
        </Alert>
      )}
      {open === null && (
        <Group gap="xs">
          {BUTTONS.filter(([step]) => offered(step)).map(([step, label]) => (
            <Button key={step} size="compact-sm" onClick={() => setOpen(step)}>
              {step === 'filing' && r.filingDate ? '更正备案' : label}
            </Button>
          ))}
          {showTakeNumber && (
            <Button size="compact-sm" onClick={() => void takeNumber()} loading={busy}>
              取号
            </Button>
          )}
          {offered('void') && (
            <Button size="compact-sm" variant="default" onClick={() => setOpen('void')}>
              作废本文号
            </Button>
          )}
        </Group>
      )}
      {open && <div className="action-panel">{forms[open]()}</div>}
    </>
  );
}
