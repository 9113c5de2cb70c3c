import { useEffect, useLayoutEffect, useRef } from 'react';
import type { Result } from '../../shared/api';

/**
 * The record a register page shows beside its list: opened by a click (`show`) or by the
 * '?id=' of a link. `onError` gets the refusal (and null when a new open starts); a link's
 * answer that arrives after the user moved on is dropped.
 */
export function useOpenRecord<T>(
  load: (id: string) => Promise<Result<T>>,
  linkedId: string | null,
  onOpen: (record: T) => void,
  onError: (message: string | null) => void,
): (id: string) => Promise<void> {
  const latest = useRef({ load, onOpen, onError });
  // Layout effects run before the link's effect below, so it always uses this render's callbacks.
  useLayoutEffect(() => {
    latest.current = { load, onOpen, onError };
  });

  useEffect(() => {
    if (!linkedId) return;
    let current = true;
    void latest.current.load(linkedId).then((result) => {
      if (!current) return;
      if (result.ok) latest.current.onOpen(result.value);
      else latest.current.onError(result.error.message);
    });
    return () => {
      current = false;
    };
  }, [linkedId]);

  return async (id: string) => {
    latest.current.onError(null);
    const result = await latest.current.load(id);
    if (result.ok) latest.current.onOpen(result.value);
    else latest.current.onError(result.error.message);
  };
}
