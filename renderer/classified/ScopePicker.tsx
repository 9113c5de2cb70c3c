import { MultiSelect } from '@mantine/core';
import { useMemo, useState, type KeyboardEvent } from 'react';
import { filterByName } from '../../shared/dictionaries/match';
import type { Person } from '../../shared/people/api';
import { personKeys } from '../dictionaries/keys';

interface Props {
  people: readonly Person[];
  value: string[];
  onChange: (ids: string[]) => void;
  error?: string;
}

/** 知悉范围: the people who may read the document, several at once, found as in the person picker. */
export function ScopePicker({ people, value, onChange, error }: Props) {
  const [search, setSearch] = useState('');
  const offered = useMemo(() => people.filter((p) => !p.disabled || value.includes(p.id)), [people, value]);
  const byId = useMemo(() => new Map(offered.map((p) => [p.id, p])), [offered]);
  const data = useMemo(() => offered.map((p) => ({ value: p.id, label: p.title ? `${p.name}（${p.title}）` : p.name })), [offered]);

  const typing = search.trim() !== '';
  // Enter after a typed name picks that person and stays for the next one (the form does not hear it).
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter' && typing) e.stopPropagation();
  };

  return (
    <MultiSelect
      label="知悉范围"
      description="可以阅读此件的人员；输入姓名、职务或拼音首字母，Enter 加入"
      placeholder={value.length ? '' : '从人员名录中选择'}
      data={data}
      value={value}
      onChange={onChange}
      searchValue={search}
      onSearchChange={setSearch}
      onKeyDown={onKeyDown}
      error={error}
      searchable
      hidePickedOptions
      // With the box empty nobody is highlighted, so Enter picks nobody and the form goes on to the next field.
    selectFirstOptionOnChange={typing}
      clearable
      limit={50}
      nothingFoundMessage="没有找到，请先在人员名录中新增"
      filter={({ options, search: typed, limit }) => {
        const items = options.filter((o) => 'value' in o);
        return filterByName(items, typed, (o) => {
          const p = byId.get(o.value as string)!;
          const keys = personKeys(p);
          return { ...keys, names: [...keys.names, p.title] };
        }).slice(0, limit);
      }}
    />
  );
}
