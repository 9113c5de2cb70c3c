import { MultiSelect } from '@mantine/core';
import { useMemo } from 'react';
import { filterByName } from '../../../shared/dictionaries/match';
import type { Unit } from '../../../shared/units/api';
import { unitKeys } from '../../dictionaries/keys';

interface Props {
  label: string;
  units: readonly Unit[];
  /** The 主办单位, which cannot also assist. */
  excludeId: string | null;
  value: string[];
  onChange: (ids: string[]) => void;
  error?: string;
}

/** Several units at once (协办单位), found by name or pinyin as in the unit picker. */
export function AssistUnitsPicker({ label, units, excludeId, value, onChange, error }: Props) {
  const offered = useMemo(
    () => units.filter((u) => u.id !== excludeId && (!u.disabled || value.includes(u.id))),
    [units, excludeId, value],
  );
  const byId = useMemo(() => new Map(offered.map((u) => [u.id, u])), [offered]);
  const data = useMemo(() => offered.map((u) => ({ value: u.id, label: u.fullName })), [offered]);

  return (
    <MultiSelect
      label={label}
      placeholder={value.length ? '' : '可选多个；输入名称或拼音首字母'}
      data={data}
      value={value}
      onChange={onChange}
      error={error}
      searchable
      hidePickedOptions
      selectFirstOptionOnChange
      clearable
      limit={50}
      nothingFoundMessage="没有找到这个单位"
      filter={({ options, search, limit }) => {
        const items = options.filter((o) => 'value' in o);
        return filterByName(items, search, (o) => unitKeys(byId.get(o.value as string)!)).slice(0, limit);
      }}
    />
  );
}
