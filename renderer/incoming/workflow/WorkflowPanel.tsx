import { Alert, Button, Group, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import type { Assignment, IncomingRecord } from '../../../shared/incoming/api';
import type { Unit } from '../../../shared/units/api';
import { invoke } from '../../api/client';
import { useQuery } from '../../common/useQuery';
import { AssignForm } from './AssignForm';
import { AssignmentLedger } from './AssignmentLedger';
import { available } from './available';
import { CompleteForm } from './CompleteForm';
import { FeedbackForm } from './FeedbackForm';
import { InstructForm } from './InstructForm';
import { InstructionList } from './InstructionList';
import { ProposeForm } from './ProposeForm';
import { UrgeForm } from './UrgeForm';
import { UrgeLog } from './UrgeLog';

type Open =
  | { kind: 'none' }
  | { kind: 'propose' }
  | { kind: 'instruct' }
  | { kind: 'assign' }
  | { kind: 'complete' }
  | { kind: 'urge'; assignment: Assignment }
  | { kind: 'feedback'; assignment: Assignment };

interface Props {
  record: IncomingRecord;
  units: readonly Unit[];
  /** The clerk may act; others only read the 批示 and the 交办台账. */
  canAct: boolean;
  /** The record as it now is, and the sentence to announce. */
  onChanged: (record: IncomingRecord, announcement: string) => void;
  /** The registration details, shown after the workflow's own records. */
  children?: ReactNode;
}

/** The steps after 初审 (拟办 → 呈签 → 批示 → 交办 → 催办/反馈 → 办结): only the ones possible now, one small form at a time. */
export function WorkflowPanel({ record: r, units, canAct, onChanged, children }: Props) {
  const [open, setOpen] = useState<Open>({ kind: 'none' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const people = useQuery('people.list', {});
  const can = canAct ? available(r) : null;
  const close = () => setOpen({ kind: 'none' });

  const done = (record: IncomingRecord, what: string) => {
    close();
    setError(null);
    onChanged(record, `${what}：${record.receiptNo}`);
  };

  // 催办 and 反馈 answer with the assignment: read the whole record again.
  const reread = async (what: string) => {
    const result = await invoke('incoming.get', { id: r.id });
    if (result.ok) done(result.value, what);
    else setError(result.error.message);
  };

  const submit = async () => {
    setBusy(true);
    const result = await invoke('incoming.submit', { id: r.id });
    setBusy(false);
    if (result.ok) done(result.value, '已呈签');
    else setError(result.error.message);
  };

  let form = null;
  if (open.kind === 'propose') form = <ProposeForm record={r} onSaved={(x) => done(x, '已拟办')} onCancel={close} />;
  else if (open.kind === 'instruct')
    form = <InstructForm record={r} people={people.data ?? []} late={can?.instruct === 'late'} onSaved={(x) => done(x, '已记录批示')} onCancel={close} />;
  else if (open.kind === 'assign')
    form = <AssignForm record={r} units={units} beforeInstruction={can?.assign === 'first'} onSaved={(x) => done(x, '已交办')} onCancel={close} />;
  else if (open.kind === 'complete') form = <CompleteForm record={r} onSaved={(x) => done(x, '已办结')} onCancel={close} />;
  else if (open.kind === 'urge')
    form = <UrgeForm assignment={open.assignment} onSaved={() => void reread(`已催办${open.assignment.unitName}`)} onCancel={close} />;
  else if (open.kind === 'feedback')
    form = <FeedbackForm assignment={open.assignment} onSaved={() => void reread(`已记录${open.assignment.unitName}的反馈`)} onCancel={close} />;

  const anyStep = !!can && (can.propose || can.submit || !!can.instruct || !!can.assign || can.complete === 'ready');
  const buttons = can && anyStep && open.kind === 'none' && (
    <Group gap="xs">
      {can.propose && <Button onClick={() => setOpen({ kind: 'propose' })}>拟办</Button>}
      {can.submit && (
        <Button onClick={() => void submit()} loading={busy}>
          呈签
        </Button>
      )}
      {can.instruct && (
        <Button variant={can.instruct === 'late' ? 'default' : 'filled'} onClick={() => setOpen({ kind: 'instruct' })}>
          {can.instruct === 'late' ? '补签' : '记录批示'}
        </Button>
      )}
      {can.assign && (
        <Button variant={can.assign === 'first' ? 'default' : 'filled'} onClick={() => setOpen({ kind: 'assign' })}>
          {can.assign === 'first' ? '先行交办' : '交办'}
        </Button>
      )}
      {can.complete === 'ready' && <Button onClick={() => setOpen({ kind: 'complete' })}>办结</Button>}
    </Group>
  );

  return (
    <>
      {error && (
        <Alert color="red" variant="light" role="alert" p="xs">
          {error}
        </Alert>
      )}
      {buttons}
      {can?.complete === 'waiting' && open.kind === 'none' && (
        <Text size="sm" c="dimmed">
          各承办单位都反馈办结后，才能办结本件。
        </Text>
      )}
      {form && <div className="action-panel">{form}</div>}
      {r.proposal && (
        <section aria-label="拟办意见" className="record-section">
          <Text className="record-section-title">拟办意见</Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {r.proposal}
          </Text>
          <Text size="sm" c="dimmed">
            {r.proposedBy} {r.proposedDate}
          </Text>
        </section>
      )}
      <InstructionList instructions={r.instructions} />
      <AssignmentLedger
        assignments={r.assignments}
        followUp={!!can?.followUp && open.kind === 'none'}
        onUrge={(assignment) => setOpen({ kind: 'urge', assignment })}
        onFeedback={(assignment) => setOpen({ kind: 'feedback', assignment })}
      />
      <UrgeLog assignments={r.assignments} />
      {r.handlingResult && (
        <section aria-label="办理结果" className="record-section">
          <Text className="record-section-title">办理结果</Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {r.handlingResult}
          </Text>
          <Text size="sm" c="dimmed">
            办结日期 {r.doneDate}
          </Text>
        </section>
      )}
      {children}
    </>
  );
}
