import { Alert, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import type { ClassifiedCopy, ClassifiedDoc } from '../../shared/classified/api';
import { formatChineseDate } from '../../shared/dates';
import { formatCopyRanges } from '../../shared/incoming/copy-numbers';
import { formatSecrecyPeriod } from '../../shared/incoming/vocabulary';
import type { Person } from '../../shared/people/api';
import type { Unit } from '../../shared/units/api';
import { SecrecyMark } from '../incoming/marks';
import { CopyHistory } from './CopyHistory';
import { CopyTable, type CopyAction } from './CopyTable';
import { ReceiveForm } from './ReceiveForm';
import { ScopeForm } from './ScopeForm';
import { SendForm } from './SendForm';
import { SurrenderForm } from './SurrenderForm';

type Open = { kind: 'none' } | { kind: 'scope' } | { kind: CopyAction; copy: ClassifiedCopy };

interface Props {
  doc: ClassifiedDoc;
  /** The officer acts; the clerk only reads. */
  canAct: boolean;
  people: readonly Person[];
  units: readonly Unit[];
  onClose: () => void;
  onChanged: (doc: ClassifiedDoc, announcement: string) => void;
}

function factRows(d: ClassifiedDoc): [string, ReactNode][] {
  return [
    ['编号', <Text key="v" span fw={600} style={{ whiteSpace: 'nowrap', userSelect: 'all' }}>{d.serialText}</Text>],
    ['标题', d.title],
    ['来文字号', <span key="v" style={{ whiteSpace: 'nowrap' }}>{d.docNumber || '—'}</span>],
    ['来文单位', d.issuerName],
    ['密级', <SecrecyMark key="v" level={d.secrecyLevel} />],
    ['保密期限', formatSecrecyPeriod(d.secrecyPeriodMonths)],
    ['收到日期', formatChineseDate(d.receivedDate)],
    ['份号', formatCopyRanges(d.copies.map((c) => c.copyNo))],
    ['清退要求', d.returnBy ? `${formatChineseDate(d.returnBy)}前清退${d.issuerName}` : '留存'],
    ['知悉范围', d.scope.map((p) => (p.title ? `${p.name}（${p.title}）` : p.name)).join('、')],
    ['备注', d.remarks || '—'],
  ];
}

/** One 密件: its facts, where each copy is, the officer's next steps per copy, and every movement so far. */
export function DocView({ doc: d, canAct, people, units, onClose, onChanged }: Props) {
  const [open, setOpen] = useState<Open>({ kind: 'none' });
  const close = () => setOpen({ kind: 'none' });
  const saved = (doc: ClassifiedDoc, what: string) => {
    close();
    onChanged(doc, what);
  };
  const preset = d.copies.find((c) => c.place === 'inStock') ?? d.copies[0];

  let form: ReactNode = null;
  if (open.kind === 'scope') form = <ScopeForm doc={d} people={people} onSaved={saved} onCancel={close} />;
  else if (open.kind === 'send') form = <SendForm doc={d} people={people} copyId={open.copy.id} onSaved={saved} onCancel={close} />;
  else if (open.kind === 'receive') form = <ReceiveForm copy={open.copy} onSaved={saved} onCancel={close} />;
  else if (open.kind === 'surrender') form = <SurrenderForm doc={d} copy={open.copy} units={units} onSaved={saved} onCancel={close} />;

  return (
    <Stack gap="sm">
      <Group justify="space-between" wrap="nowrap">
        <Group gap={8} wrap="nowrap">
          <Title order={3} size="h5" style={{ whiteSpace: 'nowrap' }}>
            密件 {d.serialText}
          </Title>
          <SecrecyMark level={d.secrecyLevel} />
        </Group>
        <Button size="compact-sm" variant="default" onClick={onClose}>
          关闭
        </Button>
      </Group>
      <Group gap="xs">
        {canAct && open.kind === 'none' && preset && (
          <>
            {/* Any copy may be chosen in the form: the core answers whether it may go out now. */}
            <Button size="compact-sm" onClick={() => setOpen({ kind: 'send', copy: preset })}>
              送阅
            </Button>
            <Button size="compact-sm" variant="default" onClick={() => setOpen({ kind: 'scope' })}>
              修改知悉范围
            </Button>
          </>
        )}
        <Button size="compact-sm" component="a" href={`#/print/circulation-slip/${d.id}`} variant="default">
          打印传阅单
        </Button>
      </Group>
      {d.copies.some((c) => c.overdue) && (
        <Alert color="red" variant="light" p={6} role="note">
          <Text size="sm">有传阅中的份数已过当日退回时间，请催回。</Text>
        </Alert>
      )}
      {form && <div className="action-panel">{form}</div>}
      <CopyTable copies={d.copies} onAction={canAct && open.kind === 'none' ? (kind, copy) => setOpen({ kind, copy }) : null} />
      <CopyHistory copies={d.copies} />
      <section aria-label="登记信息" className="record-section">
        <Text className="record-section-title">登记信息</Text>
        <Table verticalSpacing={4} horizontalSpacing={6} aria-label="密件详情" withRowBorders>
          <Table.Tbody>
            {factRows(d).map(([label, value]) => (
              <Table.Tr key={label}>
                <Table.Th w={84} style={{ whiteSpace: 'nowrap', fontWeight: 500, color: 'var(--mantine-color-gray-7)' }}>
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
