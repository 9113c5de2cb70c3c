import { useCallback, useEffect, useState } from 'react';
import type { InputOf, MethodName, OutputOf } from '../../shared/api';
import { invoke } from '../api/client';

interface Answer<T> {
  data: T | null;
  error: string | null;
}

/** Loads a read method when the screen opens, when its input changes and on reload(); the latest request wins. */
export function useQuery<M extends MethodName>(method: M, input: InputOf<M>) {
  const key = JSON.stringify(input);
  const [round, setRound] = useState(0);
  const [answer, setAnswer] = useState<Answer<OutputOf<M>>>({ data: null, error: null });

  useEffect(() => {
    // A slower answer to an older request (the year before) must not overwrite the current one.
    let current = true;
    void invoke(method, JSON.parse(key) as InputOf<M>).then((result) => {
      if (!current) return;
      setAnswer((a) => (result.ok ? { data: result.value, error: null } : { data: a.data, error: result.error.message }));
    });
    return () => {
      current = false;
    };
  }, [method, key, round]);

  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { ...answer, reload };
}
