import { Alert, Anchor, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { formatChineseDate } from '../../shared/dates';
import type { IncomingRecord } from '../../shared/incoming/api';
import { formatCopyRanges } from '../../shared/incoming/copy-numbers';
import {
  ADDRESSEE_LABELS,
  DOC_TYPE_LABELS,
  formatSecrecyPeriod,
  INCOMING_CLASS_LABELS,
} from '../../shared/incoming/vocabulary';
import type { Unit } from '../../shared/units/api';
import { shanghaiMinute } from '../common/time';
import { IncomingStateBadge, SecrecyMark, UrgencyMark } from './marks';
import { WorkflowPanel } from './workflow/WorkflowPanel';

interface Props {
  record: IncomingRecord;
  /** Clerk only, and only while the record is 已登记. */
  canScreen: boolean;
  /** Clerk only: the workflow steps, 修改 and 重新报送. */
  canAct: boolean;
  units: readonly Unit[];
  busy: boolean;
  error: string | null;
  onPass: () => void;
  onReturn: () => void;
  onOpen: (id: string) => void;
  onClose: () => void;
  onChanged: (record: IncomingRecord, announcement: string) => void;
  onEdit: () => void;
  onResubmit: () => void;
}

const date = (d: string | null) => (d ? formatChineseDate(d) : '—');

/** One incoming document with every field of the register, and what may be done with it next. */
export function RecordView(props: Props) {
  const { record: r, canScreen, canAct, units, busy, error, onPass, onReturn, onOpen, onClose, onChanged, onEdit, onResubmit } = props;
  const rows: [string, ReactNode][] = [
    ['收文号', <Text key="v" span fw={600} style={{ whiteSpace: 'nowrap', userSelect: 'all' }}>{r.receiptNo}</Text>],
    ['状态', <IncomingStateBadge key="v" state={r.state} />],
    ['收文日期时间', shanghaiMinute(r.receivedAt)],
    ['签收人', r.signedBy],
    ['来文单位', r.fromUnitName],
    ['来文字号', <span key="v" style={{ whiteSpace: 'nowrap' }}>{r.docNumber || '—'}</span>],
    ['标题', r.title],
    ['文种', DOC_TYPE_LABELS[r.docType]],
    ['成文日期', date(r.writtenDate)],
    ['报送日期', date(r.submittedDate)],
    ['密级', <SecrecyMark key="v" level={r.secrecyLevel} />],
    ...(r.secrecyLevel !== 'none'
      ? ([
          ['保密期限', r.secrecyPeriodMonths ? formatSecrecyPeriod(r.secrecyPeriodMonths) : '—'],
          ['份号', r.copyNumbers.length ? formatCopyRanges(r.copyNumbers) : '—'],
        ] as [string, ReactNode][])
      : []),
    ['紧急程度', <UrgencyMark key="v" urgency={r.urgency} />],
    ['份数', r.copies],
    ['页数', r.pages ?? '—'],
    ['收文类别', INCOMING_CLASS_LABELS[r.incomingClass]],
    ['主送', ADDRESSEE_LABELS[r.addressee]],
    ['备注', r.remarks || '—'],
  ];

  const details = (
    <Table verticalSpacing={4} horizontalSpacing={6} aria-label="收文详情" withRowBorders>
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th w={96} style={{ whiteSpace: 'nowrap', fontWeight: 500, color: 'var(--mantine-color-gray-7)' }}>
              {label}
            </Table.Th>
            <Table.Td>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );

  return (
    <Stack gap="sm">
      <Group justify="space-between" wrap="nowrap">
        <Group gap={8} wrap="nowrap">
          <Title order={3} size="h5" style={{ whiteSpace: 'nowrap' }}>
            收文 {r.receiptNo}
          </Title>
          <IncomingStateBadge state={r.state} />
        </Group>
        <Button size="compact-sm" variant="default" onClick={onClose}>
          关闭
        </Button>
      </Group>
      <Group gap="xs">
        {canAct && r.state !== 'returned' && (
          <Button size="compact-sm" variant="default" onClick={onEdit}>
            修改
          </Button>
        )}
        {canAct && r.state === 'returned' && (
          <Button size="compact-sm" variant="default" onClick={onResubmit}>
            重新报送
          </Button>
        )}
        {r.state === 'returned' ? (
          <Button size="compact-sm" component="a" href={`#/print/return-slip/${r.id}`} variant="default">
            退文处理单
          </Button>
        ) : (
          <Button size="compact-sm" component="a" href={`#/print/processing-slip/${r.id}`} variant="default">
            打印收文处理单
          </Button>
        )}
      </Group>
      {error && (
        <Alert color="red" variant="light" role="alert" p="xs">
          {error}
        </Alert>
      )}
      {canScreen && r.state === 'registered' && (
        <Group gap="xs">
          <Button onClick={onPass} loading={busy}>
            初审通过
          </Button>
          <Button variant="default" onClick={onReturn} disabled={busy}>
            退文
          </Button>
        </Group>
      )}
      <WorkflowPanel key={r.id} record={r} units={units} canAct={canAct} onChanged={onChanged}>
        <section aria-label="登记信息" className="record-section">
          <Text className="record-section-title">登记信息</Text>
          {details}
        </section>
        {r.resubmissionOf && (
          <Text size="sm">
            这是退文后重新报送的收文，原收文：
            <Anchor component="button" type="button" onClick={() => onOpen(r.resubmissionOf!)}>
              查看
            </Anchor>
          </Text>
        )}
        {r.resubmittedAs.length > 0 && (
          <Text size="sm">
            已重新报送为：
            {r.resubmittedAs.map((x, i) => (
              <span key={x.id}>
                {i > 0 && '、'}
                <Anchor component="button" type="button" onClick={() => onOpen(x.id)}>
                  {x.receiptNo}
                </Anchor>
              </span>
            ))}
          </Text>
        )}
      </WorkflowPanel>
    </Stack>
  );
}
