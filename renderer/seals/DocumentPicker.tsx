import { Combobox, InputBase, Text, useCombobox } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import type { StampableDocument } from '../../shared/seals/api';
import { invoke } from '../api/client';

/** The document already chosen, as the line being corrected names it (it may no longer be offered). */
export interface ChosenDocument {
  id: string;
  docNumber: string;
  title: string;
}

type Offered = StampableDocument | ChosenDocument;

interface Props {
  value: string | null;
  /** The document of the line being corrected, shown before anything is searched. */
  initial: ChosenDocument | null;
  onChange: (doc: Offered) => void;
  error?: string;
}

const labelOf = (d: ChosenDocument) => `${d.docNumber} ${d.title}`;
const isStampable = (d: Offered | null | undefined): d is StampableDocument => !!d && 'stamped' in d;
const figures = (d: StampableDocument) => `印数 ${d.copies} 份，已用印 ${d.stamped} 份`;
/** seals.documents takes at most 50 characters: more than enough for a 文号 or part of a title. */
const TERM_MAX = 50;
/** Typing pauses this long before the core is asked: one query per word, not per keystroke. */
const PAUSE_MS = 150;

/**
 * 关联发文: a signed and numbered document, found by the core from part of its 发文字号 or
 * title; each offered with its 印数 and the copies stamped so far. The first match is
 * highlighted as it arrives, so Enter takes it, as in every other picker.
 */
export function DocumentPicker({ value, initial, onChange, error }: Props) {
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const [chosen, setChosen] = useState<Offered | null>(initial);
  // null while not searching: the box then shows the chosen document.
  const [search, setSearch] = useState<string | null>(null);
  const [found, setFound] = useState<StampableDocument[]>([]);
  const [loadError, setLoadError] = useState<string | null>(null);

  useEffect(() => {
    // Not searching: everything stampable is offered.
    const term = (search ?? '').trim().slice(0, TERM_MAX);
    let current = true;
    const timer = setTimeout(() => {
      void invoke('seals.documents', { term }).then((result) => {
        if (!current) return;
        if (result.ok) {
          setFound(result.value);
          setLoadError(null);
        } else setLoadError(result.error.message);
      });
    }, PAUSE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [search]);

  // After the answer is drawn (the store reads the options from the page), and only then: an arrow key's choice stays.
  const { selectFirstOption } = combobox;
  useEffect(() => {
    if (found.length > 0) selectFirstOption();
  }, [found, selectFirstOption]);

  const byId = useMemo(() => new Map<string, Offered>(found.map((d) => [d.id, d])), [found]);
  const shown = isStampable(byId.get(value ?? '')) ? byId.get(value ?? '') : chosen;

  const choose = (id: string) => {
    const doc = byId.get(id);
    if (!doc) return;
    setChosen(doc);
    setSearch(null);
    onChange(doc);
    combobox.closeDropdown();
  };

  return (
    <Combobox store={combobox} onOptionSubmit={choose}>
      <Combobox.Target>
        <InputBase
          label="关联发文"
          placeholder="输入发文字号或标题中的字"
          description={isStampable(shown) ? figures(shown) : '已签发并编号的发文；用印份数不能超过印数'}
          value={search ?? (chosen ? labelOf(chosen) : '')}
          error={error ?? loadError ?? undefined}
          autoComplete="off"
          rightSection={<Combobox.Chevron />}
          rightSectionPointerEvents="none"
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            combobox.openDropdown();
          }}
          onClick={() => combobox.openDropdown()}
          onBlur={() => {
            combobox.closeDropdown();
            setSearch(null);
          }}
        />
      </Combobox.Target>
      <Combobox.Dropdown>
        <Combobox.Options>
          {found.length === 0 ? (
            <Combobox.Empty>没有找到可用印的发文（须已签发并编号）</Combobox.Empty>
          ) : (
            found.map((d) => (
              <Combobox.Option key={d.id} value={d.id} active={d.id === value}>
                <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                  {labelOf(d)}
                </Text>
                <Text size="xs" c="dimmed">
                  {figures(d)}
                </Text>
              </Combobox.Option>
            ))
          )}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
