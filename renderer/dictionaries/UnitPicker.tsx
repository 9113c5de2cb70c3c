import { Select } from '@mantine/core';
import { useMemo } from 'react';
import { filterByName } from '../../shared/dictionaries/match';
import type { Unit } from '../../shared/units/api';
import { unitKeys } from './keys';

interface Props {
  label: string;
  units: readonly Unit[];
  value: string | null;
  onChange: (unitId: string | null) => void;
  error?: string;
  description?: string;
  /** A filter finds the documents of units since disabled; a form offers only the units in use. */
  includeDisabled?: boolean;
  placeholder?: string;
}

/**
 * Choosing a unit by typing what the clerk remembers of it: 财政, czj or caizheng all
 * find 县财政局, best match first and highlighted, so Enter takes it.
 */
export function UnitPicker({ label, units, value, onChange, error, description, includeDisabled = false, placeholder = '输入名称、拼音首字母或全拼' }: Props) {
  // Disabled units are not offered again, but one already chosen still shows its name.
  const offered = useMemo(() => units.filter((u) => includeDisabled || !u.disabled || u.id === value), [units, value, includeDisabled]);
  const byId = useMemo(() => new Map(offered.map((u) => [u.id, u])), [offered]);
  const data = useMemo(() => offered.map((u) => ({ value: u.id, label: u.fullName })), [offered]);

  return (
    <Select
      label={label}
      description={description}
      placeholder={placeholder}
      data={data}
      value={value}
      onChange={onChange}
      error={error}
      searchable
      clearable
      // Enter on the unit already chosen keeps it (Mantine would deselect it).
      allowDeselect={false}
      selectFirstOptionOnChange
      limit={50}
      nothingFoundMessage="没有找到，请先在单位名录中新增"
      filter={({ options, search, limit }) => {
        const items = options.filter((o) => 'value' in o);
        return filterByName(items, search, (o) => unitKeys(byId.get(o.value as string)!)).slice(0, limit);
      }}
    />
  );
}
