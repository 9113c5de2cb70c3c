import { Select } from '@mantine/core';
import { useEffect, useState } from 'react';
import { formatCopyNumber } from '../../shared/incoming/copy-numbers';
import { invoke } from '../api/client';

interface Option {
  value: string;
  label: string;
}

/** Copies in stock of 密件 kept by the office: the only ones that may be destroyed (one owed to its issuer is 清退). */
async function destroyable(): Promise<Option[] | string> {
  const list = await invoke('classified.list', { place: 'inStock' });
  if (!list.ok) return list.error.message;
  const docs = await Promise.all(list.value.filter((r) => r.returnBy === null).map((r) => invoke('classified.get', { id: r.id })));
  const failed = docs.find((d) => !d.ok);
  if (failed && !failed.ok) return failed.error.message;
  return docs.flatMap((d) =>
    d.ok
      ? d.value.copies
          .filter((c) => c.place === 'inStock')
          .map((c) => ({ value: c.id, label: `${d.value.serialText} 份号 ${formatCopyNumber(c.copyNo)} ${d.value.title}` }))
      : [],
  );
}

interface Props {
  value: string | null;
  onChange: (id: string | null) => void;
  error?: string;
}

/** 密件 份号 to destroy: found by 编号, 份号 or title. */
export function CopyPicker({ value, onChange, error }: Props) {
  const [options, setOptions] = useState<Option[]>([]);
  const [loadError, setLoadError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    void destroyable().then((answer) => {
      if (!current) return;
      if (typeof answer === 'string') setLoadError(answer);
      else setOptions(answer);
    });
    return () => {
      current = false;
    };
  }, []);

  return (
    <Select
      label="密件份号"
      description="在库、且无清退要求的密件"
      placeholder="输入编号、份号或标题中的字"
      data={options}
      value={value}
      onChange={onChange}
      error={error ?? loadError ?? undefined}
      searchable
      clearable
      allowDeselect={false}
      selectFirstOptionOnChange
      limit={50}
      nothingFoundMessage="没有可销毁的在库密件"
    />
  );
}
