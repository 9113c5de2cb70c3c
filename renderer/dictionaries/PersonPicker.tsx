import { Select } from '@mantine/core';
import { useMemo } from 'react';
import { filterByName } from '../../shared/dictionaries/match';
import type { Person } from '../../shared/people/api';
import { personKeys } from './keys';

interface Props {
  label: string;
  people: readonly Person[];
  value: string | null;
  onChange: (personId: string | null) => void;
  error?: string;
  description?: string;
}

/** A leader from the people directory, found as units are: 县长, 张, zjg or zhangjianguo; shown with the title. */
export function PersonPicker({ label, people, value, onChange, error, description }: Props) {
  // Disabled people are not offered again, but one already chosen still shows the name.
  const offered = useMemo(() => people.filter((p) => !p.disabled || p.id === value), [people, value]);
  const byId = useMemo(() => new Map(offered.map((p) => [p.id, p])), [offered]);
  const data = useMemo(() => offered.map((p) => ({ value: p.id, label: p.title ? `${p.name}（${p.title}）` : p.name })), [offered]);

  return (
    <Select
      label={label}
      description={description}
      placeholder="输入姓名、职务或拼音首字母"
      data={data}
      value={value}
      onChange={onChange}
      error={error}
      searchable
      clearable
      allowDeselect={false}
      selectFirstOptionOnChange
      limit={50}
      nothingFoundMessage="没有找到，请先在人员名录中新增"
      filter={({ options, search, limit }) => {
        const items = options.filter((o) => 'value' in o);
        // The title is searched too: 县长 finds the county head whatever his name.
        return filterByName(items, search, (o) => {
          const p = byId.get(o.value as string)!;
          const keys = personKeys(p);
          return { ...keys, names: [...keys.names, p.title] };
        }).slice(0, limit);
      }}
    />
  );
}
