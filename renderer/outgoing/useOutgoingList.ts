import { useCallback, useEffect, useRef, useState } from 'react';
import type { OutgoingRow } from '../../shared/outgoing/api';
import { invoke } from '../api/client';
import { listInput, type Filters } from './list-filters';

interface Loaded {
  rows: OutgoingRow[];
  cursor: string | null;
}

/**
 * The register under these filters, a page at a time. A new query (or reload) starts
 * from the first page; a page answering an older query is dropped, so rows of two
 * queries never mix.
 */
export function useOutgoingList(filters: Filters) {
  const key = JSON.stringify(filters);
  const [round, setRound] = useState(0);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const query = useRef(0);
  // The cursor being fetched: scrolling asks for the next page many times, it is fetched once.
  const fetching = useRef<string | null>(null);

  useEffect(() => {
    const mine = ++query.current;
    fetching.current = null;
    void invoke('outgoing.list', listInput(JSON.parse(key) as Filters)).then((result) => {
      if (mine !== query.current) return;
      // A page of the previous query may have been on its way: this query starts afresh.
      setLoadingMore(false);
      if (result.ok) {
        setLoaded({ rows: result.value.rows, cursor: result.value.nextCursor });
        setError(null);
      } else {
        // The rows of the previous filters would read as the answer to these.
        setLoaded(null);
        setError(result.error.message);
      }
    });
  }, [key, round]);

  const loadMore = useCallback(() => {
    const cursor = loaded?.cursor;
    if (!cursor || error || fetching.current === cursor) return;
    fetching.current = cursor;
    setLoadingMore(true);
    const mine = query.current;
    void invoke('outgoing.list', listInput(JSON.parse(key) as Filters, cursor)).then((result) => {
      if (mine !== query.current) return;
      fetching.current = null;
      setLoadingMore(false);
      if (result.ok) setLoaded((l) => l && { rows: [...l.rows, ...result.value.rows], cursor: result.value.nextCursor });
      else setError(result.error.message);
    });
  }, [loaded, error, key]);

  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { rows: loaded?.rows ?? null, more: Boolean(loaded?.cursor), error, loadingMore, loadMore, reload };
}
