import { Select } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import type { IncomingRow } from '../../shared/incoming/api';
import { SECRECY_LEVEL_LABELS } from '../../shared/incoming/vocabulary';
import { invoke } from '../api/client';

const LEVELS = ['secret', 'confidential', 'topSecret'] as const;
/** incoming.list's largest page: more classified documents than an office receives in years. */
const LIMIT = 500;

interface Props {
  value: string | null;
  onChange: (id: string | null) => void;
  error?: string;
}

/** A classified record of the 收文登记, newest first, found by 收文号 or any part of its title. */
export function IncomingPicker({ value, onChange, error }: Props) {
  const [rows, setRows] = useState<IncomingRow[]>([]);
  const [loadError, setLoadError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    // The list filters one 密级 at a time.
    void Promise.all(LEVELS.map((secrecyLevel) => invoke('incoming.list', { secrecyLevel, limit: LIMIT }))).then((results) => {
      if (!current) return;
      const failed = results.find((r) => !r.ok);
      if (failed && !failed.ok) setLoadError(failed.error.message);
      const found = results.flatMap((r) => (r.ok ? r.value.rows : []));
      setRows(found.sort((a, b) => b.year - a.year || b.serial - a.serial));
    });
    return () => {
      current = false;
    };
  }, []);

  const data = useMemo(() => rows.map((r) => ({ value: r.id, label: `${r.receiptNo} ${r.title}` })), [rows]);
  const chosen = rows.find((r) => r.id === value);

  return (
    <Select
      label="收文"
      description={
        chosen
          ? `${chosen.fromUnitName} ${chosen.docNumber}，${SECRECY_LEVEL_LABELS[chosen.secrecyLevel]}，${chosen.copies}份`
          : '收文登记中的涉密收文：标题、来文字号、密级和份号由收文带入'
      }
      placeholder="输入收文号或标题中的字"
      data={data}
      value={value}
      onChange={onChange}
      error={error ?? loadError ?? undefined}
      searchable
      clearable
      allowDeselect={false}
      selectFirstOptionOnChange
      limit={50}
      nothingFoundMessage="没有找到涉密收文"
    />
  );
}
