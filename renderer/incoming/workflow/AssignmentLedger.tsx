import { Button, Group, Stack, Text } from '@mantine/core';
import { ASSIGNMENT_ROLE_LABELS, type Assignment } from '../../../shared/incoming/api';
import { AssignmentStatus } from './assignment-status';

interface Props {
  assignments: readonly Assignment[];
  /** Show 催办 / 反馈 for the units that have not finished. */
  followUp: boolean;
  onUrge: (a: Assignment) => void;
  onFeedback: (a: Assignment) => void;
}

/** 交办台账 of one document: one row per unit, status as the core derived it, then each unit's feedback and follow-up. */
export function AssignmentLedger({ assignments, followUp, onUrge, onFeedback }: Props) {
  if (assignments.length === 0) return null;
  return (
    <section aria-label="交办台账" className="record-section">
      <Text className="record-section-title">交办台账</Text>
      <table className="mini-ledger" aria-label="交办台账">
        <thead>
          <tr>
            <th scope="col">承办单位</th>
            <th scope="col">交办日期</th>
            <th scope="col">时限</th>
            <th scope="col">状态</th>
            <th scope="col" className="num">
              催办
            </th>
          </tr>
        </thead>
        <tbody>
          {assignments.map((a) => (
            <tr key={a.id}>
              <td>
                {a.unitName}
                <span className="role">{ASSIGNMENT_ROLE_LABELS[a.role]}</span>
              </td>
              <td className="nowrap">{a.assignedDate}</td>
              <td className="nowrap">{a.deadline}</td>
              <td>
                <AssignmentStatus a={a} />
              </td>
              <td className="num">{a.urges.length}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Stack gap={6} mt={6}>
        {assignments.map((a) => (
          <div key={a.id} role="group" aria-label={a.unitName} className="unit-follow-up">
            <Group gap={6} justify="space-between" wrap="nowrap" align="flex-start">
              <Text size="sm">
                <Text span fw={600} size="sm">
                  {a.unitName}
                </Text>
                ：{a.feedback ? `反馈 ${a.feedback}` : '尚无反馈'}
                {a.doneDate && `（${a.doneDate} 办结）`}
              </Text>
              {followUp && !a.doneDate && (
                <Group gap={4} wrap="nowrap">
                  <Button size="compact-sm" variant="default" onClick={() => onUrge(a)}>
                    催办
                  </Button>
                  <Button size="compact-sm" variant="default" onClick={() => onFeedback(a)}>
                    反馈
                  </Button>
                </Group>
              )}
            </Group>
          </div>
        ))}
      </Stack>
    </section>
  );
}
