import { useCallback, useEffect, useState } from 'react';
import type { ImportPreview, Mapping } from '../../shared/imports/api';
import type { ImportRegister } from '../../shared/imports/registers';
import { invoke } from '../api/client';

export interface PreviewRequest {
  uploadId: string;
  register: ImportRegister;
  sheet?: string;
  /** Null until the user changes the suggested one. */
  mapping: Mapping | null;
  headerRow?: number;
}

/** The preview of the current choices; asked again whenever one changes, the latest answer winning. */
export function usePreview(request: PreviewRequest | null) {
  const key = request ? JSON.stringify(request) : null;
  const [round, setRound] = useState(0);
  const [state, setState] = useState<{ data: ImportPreview | null; error: string | null }>({ data: null, error: null });

  useEffect(() => {
    if (!key) return;
    let current = true;
    const { mapping, ...rest } = JSON.parse(key) as PreviewRequest;
    void invoke('imports.preview', mapping ? { ...rest, mapping } : rest).then((r) => {
      if (!current) return;
      setState((s) => (r.ok ? { data: r.value, error: null } : { data: s.data, error: r.error.message }));
    });
    return () => {
      current = false;
    };
  }, [key, round]);

  const reload = useCallback(() => setRound((n) => n + 1), []);
  return { ...state, reload };
}
