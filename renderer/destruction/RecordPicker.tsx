import { Select } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { invoke } from '../api/client';

type Register = 'incoming' | 'outgoing';

interface Option {
  value: string;
  label: string;
}

interface Props {
  register: Register;
  value: string | null;
  onChange: (id: string | null) => void;
  error?: string;
}

/** Offered at a time; the search narrows them. */
const LIMIT = 30;
/** Typing pauses this long before the core is asked: one query per word, not per keystroke. */
const PAUSE_MS = 150;
/** The lists' 查找 takes at most 50 characters. */
const TERM_MAX = 50;

async function find(register: Register, q: string): Promise<Option[] | string> {
  if (register === 'incoming') {
    const result = await invoke('incoming.list', { q, limit: LIMIT });
    return result.ok ? result.value.rows.map((r) => ({ value: r.id, label: `${r.receiptNo} ${r.title}` })) : result.error.message;
  }
  const result = await invoke('outgoing.list', { q, limit: LIMIT });
  return result.ok ? result.value.rows.map((r) => ({ value: r.id, label: `${r.docNumber || '未编号'} ${r.title}` })) : result.error.message;
}

/** A document of the 收文 or 发文 register, found by the register's own search (标题, 文号 or 单位 in part). */
export function RecordPicker({ register, value, onChange, error }: Props) {
  const [search, setSearch] = useState('');
  const [found, setFound] = useState<Option[]>([]);
  // The search the options answer: until they arrive, no option is highlighted for Enter to take.
  const [answered, setAnswered] = useState<string | null>(null);
  const [chosen, setChosen] = useState<Option | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  useEffect(() => {
    // The box shows the chosen document's label: that is no search.
    const term = search === chosen?.label ? '' : search.trim().slice(0, TERM_MAX);
    let current = true;
    const timer = setTimeout(() => {
      void find(register, term).then((answer) => {
        if (!current) return;
        if (typeof answer === 'string') setLoadError(answer);
        else {
          setFound(answer);
          setAnswered(search);
          setLoadError(null);
        }
      });
    }, PAUSE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [register, search, chosen]);

  // The chosen document stays an option, so its label still shows after another search.
  const data = useMemo(() => (chosen && !found.some((o) => o.value === chosen.value) ? [chosen, ...found] : found), [chosen, found]);
  const label = register === 'incoming' ? '收文' : '发文';

  return (
    <Select
      label={label}
      placeholder={`输入${register === 'incoming' ? '收文号、来文字号' : '发文字号'}或标题中的字`}
      data={data}
      value={value}
      onChange={(id) => {
        setChosen(data.find((o) => o.value === id) ?? null);
        onChange(id);
      }}
      searchValue={search}
      onSearchChange={setSearch}
      // The core has already searched: every option it sent is a match.
      filter={({ options }) => options}
      error={error ?? loadError ?? undefined}
      searchable
      clearable
      allowDeselect={false}
      // Flips on when the answer to this search arrives, so its best match is highlighted for Enter.
      selectFirstOptionOnChange={answered === search}
      nothingFoundMessage={`没有找到这份${label}`}
    />
  );
}
