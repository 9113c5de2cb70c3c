import { Select } from '@mantine/core';
import type { FocusEvent, ReactNode, RefObject } from 'react';

/** A dropdown that already shows a value: typing replaces it instead of appending to its label. */
export function SelectAllOnFocus({ children, boxRef }: { children: ReactNode; boxRef?: RefObject<HTMLDivElement | null> }) {
  const selectText = (e: FocusEvent<HTMLDivElement>) => {
    if (e.target instanceof HTMLInputElement) e.target.select();
  };
  return (
    <div ref={boxRef} onFocus={selectText}>
      {children}
    </div>
  );
}

/** One of the register's fixed lists: type a few characters (or ↓) and Enter takes the highlighted one. */
export function ListField<C extends string>(props: {
  label: string;
  data: { value: C; label: string }[];
  value: C | null;
  onChange: (value: C) => void;
  error?: string;
  boxRef?: RefObject<HTMLDivElement | null>;
}) {
  return (
    <SelectAllOnFocus boxRef={props.boxRef}>
      <Select
        label={props.label}
        placeholder="输入或按 ↓ 选择"
        data={props.data}
        value={props.value}
        onChange={(v) => v && props.onChange(v as C)}
        error={props.error}
        searchable
        selectFirstOptionOnChange
        allowDeselect={false}
        nothingFoundMessage="没有这一项"
      />
    </SelectAllOnFocus>
  );
}
