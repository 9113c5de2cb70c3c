import { Box, Checkbox, Group, Select, TextInput } from '@mantine/core';
import { useState, type Ref } from 'react';
import { todayInShanghai } from '../../shared/dates';
import { INCOMING_STATES, STATE_LABELS } from '../../shared/incoming/states';
import { DOC_TYPE_OPTIONS, INCOMING_CLASS_OPTIONS, SECRECY_LEVEL_OPTIONS } from '../../shared/incoming/vocabulary';
import type { Unit } from '../../shared/units/api';
import { DateField } from '../common/DateField';
import { normalizeDateText } from '../common/date-text';
import { UnitPicker } from '../dictionaries/UnitPicker';
import type { Filters, ListSort } from './list-filters';

const choices = <C extends string>(list: readonly { code: C; label: string }[]) =>
  list.map((o) => ({ value: o.code, label: o.label }));

const thisYear = Number(todayInShanghai(new Date()).slice(0, 4));
const YEARS = Array.from({ length: 10 }, (_, i) => String(thisYear - i)).map((y) => ({ value: y, label: `${y}年` }));
const STATES = INCOMING_STATES.map((s) => ({ value: s, label: STATE_LABELS[s] }));
const SORTS: { value: ListSort; label: string }[] = [
  { value: 'registered', label: '登记顺序' },
  { value: 'receivedDate', label: '按收文日期' },
  { value: 'receiptNo', label: '按收文号' },
];

function FilterSelect<C extends string>(props: {
  label: string;
  data: { value: C; label: string }[];
  value: C | null;
  onChange: (v: C | null) => void;
  w: number;
}) {
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

/**
 * One end of the 收文日期 range, applied when the clerk leaves the field or presses Enter:
 * a date half typed would otherwise be sent, and refused, at every keystroke.
 */
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
  units: readonly Unit[];
  searchRef: Ref<HTMLInputElement>;
}

/** Everything incoming.list can narrow and order by, above the register. */
export function IncomingFilters({ filters, set, units, searchRef }: Props) {
  const searching = filters.q.trim() !== '';
  return (
    <Group gap="xs" align="flex-end" wrap="wrap">
      <TextInput
        ref={searchRef}
        label="查找收文"
        placeholder="标题、文号或单位中的字"
        value={filters.q}
        onChange={(e) => set('q', e.currentTarget.value)}
        w={180}
      />
      <FilterSelect label="年份" data={YEARS} value={filters.year} onChange={(v) => set('year', v)} w={88} />
      <FilterSelect label="文种" data={choices(DOC_TYPE_OPTIONS)} value={filters.docType} onChange={(v) => set('docType', v)} w={88} />
      <FilterSelect label="密级" data={choices(SECRECY_LEVEL_OPTIONS)} value={filters.secrecyLevel} onChange={(v) => set('secrecyLevel', v)} w={80} />
      <FilterSelect label="收文类别" data={choices(INCOMING_CLASS_OPTIONS)} value={filters.incomingClass} onChange={(v) => set('incomingClass', v)} w={92} />
      <FilterSelect label="状态" data={STATES} value={filters.state} onChange={(v) => set('state', v)} w={92} />
      <Checkbox
        label="只看逾期"
        checked={filters.overdue}
        onChange={(e) => set('overdue', e.currentTarget.checked)}
        // Level with the inputs beside it, whose labels stand above them.
        h={36}
        styles={{ body: { alignItems: 'center', height: 36 } }}
      />
      <Box w={150}>
        <UnitPicker label="来文单位" units={units} value={filters.fromUnitId} onChange={(v) => set('fromUnitId', v)} includeDisabled placeholder="不限" />
      </Box>
      <Box w={150}>
        <UnitPicker label="承办单位" units={units} value={filters.assigneeUnitId} onChange={(v) => set('assigneeUnitId', v)} includeDisabled placeholder="不限" />
      </Box>
      <DateFilter label="开始日期" value={filters.from} onCommit={(v) => set('from', v)} />
      <DateFilter label="结束日期" value={filters.to} onCommit={(v) => set('to', v)} />
      <Select
        label="排序"
        data={SORTS}
        value={searching ? null : filters.sort}
        onChange={(v) => v && set('sort', v as ListSort)}
        allowDeselect={false}
        disabled={searching}
        // A search always lists the newest first; the order chosen comes back when it is cleared.
        placeholder="最新在前"
        title={searching ? '查找结果总是按登记先后，最新登记的在前' : undefined}
        w={116}
        comboboxProps={{ width: 'target', position: 'bottom-start' }}
      />
    </Group>
  );
}
