import { Group, Select, TextInput } from '@mantine/core';
import { useState, type Ref } from 'react';
import { todayInShanghai } from '../../shared/dates';
import type { NumberCounter } from '../../shared/outgoing/api';
import { OUTGOING_STATE_LABELS, OUTGOING_STATES } from '../../shared/outgoing/states';
import { DateField } from '../common/DateField';
import { normalizeDateText } from '../common/date-text';
import type { Filters, OutgoingSort } from './list-filters';
import { DOC_TYPES, PUBLICITY_CHOICES, SECRECY } from './options';

const thisYear = Number(todayInShanghai(new Date()).slice(0, 4));
const YEARS = Array.from({ length: 10 }, (_, i) => String(thisYear - i)).map((y) => ({ value: y, label: `${y}年` }));
const STATES = OUTGOING_STATES.map((s) => ({ value: s, label: OUTGOING_STATE_LABELS[s] }));
const SORTS: { value: OutgoingSort; label: string }[] = [
  { value: 'registered', label: '登记顺序' },
  { value: 'number', label: '按发文字号' },
  { value: 'writtenDate', label: '按成文日期' },
];

function FilterSelect<C extends string>(props: { label: string; data: { value: C; label: string }[]; value: C | null; onChange: (v: C | null) => void; w: number }) {
  return (
    <Select
      label={props.label}
      placeholder="全部"
      data={props.data}
      value={props.value}
      onChange={(v) => props.onChange(v as C | null)}
      clearable
      w={props.w}
      comboboxProps={{ width: 'target', position: 'bottom-start' }}
    />
  );
}

/** One end of the date range, applied on leaving the field or Enter: a half-typed date is not sent at every keystroke. */
function DateFilter({ label, value, onCommit }: { label: string; value: string; onCommit: (value: string) => void }) {
  const [text, setText] = useState(value);
  const commit = () => {
    const date = normalizeDateText(text);
    if (date !== value) onCommit(date);
  };
  return (
    <div onBlur={commit} onKeyDown={(e) => e.key === 'Enter' && commit()}>
      <DateField label={label} value={text} onChange={setText} w={136} />
    </div>
  );
}

interface Props {
  filters: Filters;
  set: <K extends keyof Filters>(key: K, value: Filters[K]) => void;
  counters: readonly NumberCounter[];
  searchRef: Ref<HTMLInputElement>;
}

/** Everything outgoing.list can narrow and order by, above the register. */
export function OutgoingFilters({ filters, set, counters, searchRef }: Props) {
  const codes = counters.flatMap((c) => c.codes.map((code) => ({ value: code.id, label: code.code })));
  return (
    <Group gap="xs" align="flex-end" wrap="wrap">
      <TextInput ref={searchRef} label="查找发文" placeholder="标题、文号或单位中的字" value={filters.q} onChange={(e) => set('q', e.currentTarget.value)} w={180} />
      <FilterSelect label="年份" data={YEARS} value={filters.year} onChange={(v) => set('year', v)} w={88} />
      <FilterSelect label="机关代字" data={codes} value={filters.codeId} onChange={(v) => set('codeId', v)} w={104} />
      <FilterSelect label="文种" data={DOC_TYPES} value={filters.docType} onChange={(v) => set('docType', v)} w={88} />
      <FilterSelect label="状态" data={STATES} value={filters.state} onChange={(v) => set('state', v)} w={92} />
      <FilterSelect label="公开属性" data={PUBLICITY_CHOICES} value={filters.publicity} onChange={(v) => set('publicity', v)} w={110} />
      <FilterSelect label="密级" data={SECRECY} value={filters.secrecyLevel} onChange={(v) => set('secrecyLevel', v)} w={80} />
      <DateFilter label="开始日期" value={filters.from} onCommit={(v) => set('from', v)} />
      <DateFilter label="结束日期" value={filters.to} onCommit={(v) => set('to', v)} />
      <Select
        label="排序"
        data={SORTS}
        value={filters.sort}
        onChange={(v) => v && set('sort', v as OutgoingSort)}
        allowDeselect={false}
        w={116}
        comboboxProps={{ width: 'target', position: 'bottom-start' }}
      />
    </Group>
  );
}
