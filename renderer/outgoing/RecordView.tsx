import { Alert, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { formatChineseDate } from '../../shared/dates';
import { DOC_TYPE_LABELS, formatSecrecyPeriod, isClassified } from '../../shared/incoming/vocabulary';
import type { NumberCounter, OutgoingRecord } from '../../shared/outgoing/api';
import { ISSUER_LABELS, MATTER_LABELS, MEETING_TYPE_LABELS, PUBLICITY_LABELS } from '../../shared/outgoing/vocabulary';
import type { Person } from '../../shared/people/api';
import type { Unit } from '../../shared/units/api';
import { SecrecyMark, UrgencyMark } from '../incoming/marks';
import { History } from './History';
import { showMeetingAt } from './meeting-time';
import { MinutesStatus, OutgoingStateBadge } from './marks';
import { StepPanel } from './StepPanel';

interface Props {
  record: OutgoingRecord;
  /** The clerk may act; others only read. */
  canAct: boolean;
  units: readonly Unit[];
  people: readonly Person[];
  counters: readonly NumberCounter[];
  onClose: () => void;
  onChanged: (record: OutgoingRecord, announcement: string) => void;
  /** 修改: offered while the draft has no 签发. */
  onEdit: () => void;
}

const date = (d: string | null) => (d ? formatChineseDate(d) : '—');
const nowrap = (text: string) => <span style={{ whiteSpace: 'nowrap' }}>{text}</span>;

/** 规范性文件备案 (art. 17): 备案机关, date and the 备案报告's signer. */
function filingText(r: OutgoingRecord): string {
  if (!r.filingDate) return '尚未备案';
  const signer = r.filingSigner ? `，备案报告签发：${r.filingSigner.personName}（${r.filingSigner.personTitle}）` : '';
  return `${r.filingAuthority} ${date(r.filingDate)}${signer}`;
}

function fieldRows(r: OutgoingRecord): [string, ReactNode][] {
  return [
    ['发文字号', r.docNumber ? <Text key="v" span fw={600} style={{ whiteSpace: 'nowrap', userSelect: 'all' }}>{r.docNumber}</Text> : '未编号'],
    ['状态', <OutgoingStateBadge key="v" state={r.state} />],
    ['机关代字', r.code],
    ['标题', r.title],
    ['文种', DOC_TYPE_LABELS[r.docType]],
    ...(r.meetingType && r.meetingAt
      ? ([
          ['会议类型', MEETING_TYPE_LABELS[r.meetingType]],
          ['会议时间', nowrap(showMeetingAt(r.meetingAt))],
        ] as [string, ReactNode][])
      : []),
    ['发文机关', `${ISSUER_LABELS[r.issuer]}（${MATTER_LABELS[r.matter]}）`],
    ['拟稿单位', r.draftUnitName],
    ['拟稿人', r.drafter],
    ['拟稿日期', date(r.draftDate)],
    ['主送', r.mainTo || '—'],
    ['抄送', r.ccTo || '—'],
    ['密级', <SecrecyMark key="v" level={r.secrecyLevel} />],
    ...(isClassified(r.secrecyLevel) ? ([['保密期限', r.secrecyPeriodMonths ? formatSecrecyPeriod(r.secrecyPeriodMonths) : '—']] as [string, ReactNode][]) : []),
    ['紧急程度', <UrgencyMark key="v" urgency={r.urgency} />],
    ['公开属性', r.publicityReason ? `${PUBLICITY_LABELS[r.publicity]}（${r.publicityReason}）` : PUBLICITY_LABELS[r.publicity]],
    ['规范性文件', r.normative ? `是${r.wordCount ? `，${r.wordCount}字` : ''}` : '否'],
    ['核稿', r.reviewer ? `${r.reviewer} ${date(r.reviewDate)}` : '—'],
    ...(r.normative ? ([['合法性审查', r.legalReviewer ? `${r.legalReviewer} ${date(r.legalReviewDate)}：${r.legalConclusion}` : '尚未审查']] as [string, ReactNode][]) : []),
    ...(r.normative ? ([['备案', filingText(r)]] as [string, ReactNode][]) : []),
    ['成文日期', date(r.writtenDate)],
    ['印数', r.copies ?? '—'],
    ['份号', r.copyFrom !== null && r.copyTo !== null ? nowrap(`${r.copyFrom}—${r.copyTo}`) : '—'],
    ['印发日期', date(r.printedDate)],
    ['用印', stampText(r)],
    ['归档日期', date(r.archivedDate)],
  ];
}

/** 公文用印 so far against the 印数, with the ledger's 序号 so the paper book can be checked. */
function stampText(r: OutgoingRecord): string {
  if (r.stamps.length === 0) return r.copies === null ? '—' : '尚未用印';
  const stamped = r.stamps.reduce((n, s) => n + s.copies, 0);
  const lines = r.stamps.map((s) => `${s.sealName} ${s.copies} 份（序号 ${s.serialText}）`).join('；');
  return `已用印 ${stamped} 份${r.copies !== null ? ` / 印数 ${r.copies}` : ''}：${lines}`;
}

/** Art. 7 deadlines of a 会议纪要, as the core derived them for now. */
function MinutesDeadlines({ record: r }: { record: OutgoingRecord }) {
  return (
    <section aria-label="纪要时限" className="record-section">
      <Text className="record-section-title">纪要时限</Text>
      <Table verticalSpacing={2} horizontalSpacing={6} aria-label="纪要时限" withRowBorders>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>事项</Table.Th>
            <Table.Th>时限</Table.Th>
            <Table.Th>完成日期</Table.Th>
            <Table.Th>状态</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {r.minutesDeadlines.map((d) => (
            <Table.Tr key={d.step}>
              <Table.Td>{d.label}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{d.due}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{d.doneDate ?? '—'}</Table.Td>
              <Table.Td>
                <MinutesStatus status={d.status} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </section>
  );
}

/** One outgoing document with every field, its history, and the steps possible now. */
export function RecordView({ record: r, canAct, units, people, counters, onClose, onChanged, onEdit }: Props) {
  return (
    <Stack gap="sm">
      <Group justify="space-between" wrap="nowrap">
        <Group gap={8} wrap="nowrap">
          <Title order={3} size="h5" style={{ whiteSpace: 'nowrap' }}>
            {r.docNumber || '发文拟稿'}
          </Title>
          <OutgoingStateBadge state={r.state} />
        </Group>
        <Button size="compact-sm" variant="default" onClick={onClose}>
          关闭
        </Button>
      </Group>
      <Group gap="xs">
        {canAct && r.state === 'draft' && (
          <Button size="compact-sm" variant="default" onClick={onEdit}>
            修改
          </Button>
        )}
        <Button size="compact-sm" component="a" href={`#/print/draft-sheet/${r.id}`} variant="default">
          打印发文稿纸
        </Button>
      </Group>
      {r.warnings.map((w) => (
        <Alert key={w} color="yellow" variant="light" p={6} role="note">
          <Text size="sm">{w}</Text>
        </Alert>
      ))}
      {canAct && <StepPanel key={r.id} record={r} units={units} people={people} counters={counters} onChanged={onChanged} />}
      {r.minutesDeadlines.length > 0 && <MinutesDeadlines record={r} />}
      <History record={r} />
      <section aria-label="登记信息" className="record-section">
        <Text className="record-section-title">登记信息</Text>
        <Table verticalSpacing={4} horizontalSpacing={6} aria-label="发文详情" withRowBorders>
          <Table.Tbody>
            {fieldRows(r).map(([label, value]) => (
              <Table.Tr key={label}>
                <Table.Th w={96} style={{ whiteSpace: 'nowrap', fontWeight: 500, color: 'var(--mantine-color-gray-7)' }}>
                  {label}
                </Table.Th>
                <Table.Td>{value}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </section>
    </Stack>
  );
}
