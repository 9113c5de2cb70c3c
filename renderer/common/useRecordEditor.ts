import { useHotkeys } from '@mantine/hooks';
import { useState, type RefObject } from 'react';

interface Options<T> {
  /** Whether this user may add records: only then does Ctrl+N start one. */
  canAdd: boolean;
  /** "县财政局" in "已新增：县财政局". */
  nameOf: (record: T) => string;
  /** Reads the list again after a save. */
  reload: () => void;
  /** Where the focus goes back to when the form closes, e.g. the search box above the list. */
  returnFocusTo?: RefObject<HTMLElement | null>;
}

/**
 * The list-beside-a-form pattern of the directory screens: which record the side
 * panel holds (none, a new one, an existing one), Ctrl+N, and what is announced after saving.
 */
export function useRecordEditor<T extends { id: string }>({ canAdd, nameOf, reload, returnFocusTo }: Options<T>) {
  const [editing, setEditing] = useState<{ record: T | null } | null>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  const [announcement, setAnnouncement] = useState<string | null>(null);

  const startNew = () => {
    // Pressed again while a new record is half typed: keep what was typed, just go to its first field.
    setEditing((e) => (e && !e.record ? e : { record: null }));
    setFocusRequest((n) => n + 1);
  };
  useHotkeys(canAdd ? [['mod+N', startNew]] : [], []);

  const close = () => {
    setEditing(null);
    returnFocusTo?.current?.focus();
  };

  /** A new record leaves the form open for the next one; a changed one closes it. */
  const saved = (record: T, isNew: boolean) => {
    setAnnouncement(`${isNew ? '已新增' : '已保存'}：${nameOf(record)}`);
    if (!isNew) close();
    reload();
  };

  return {
    editing,
    formKey: editing?.record?.id ?? 'new',
    selectedId: editing?.record?.id ?? null,
    focusRequest,
    announcement,
    startNew,
    open: (record: T) => setEditing({ record }),
    close,
    saved,
  };
}
