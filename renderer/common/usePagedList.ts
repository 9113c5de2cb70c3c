import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Result } from '../../shared/api';

interface Page<R> {
  rows: R[];
  nextCursor: string | null;
  /** Records a search cannot find yet (incoming.list). */
  indexing?: number;
}

interface Loaded<R> {
  rows: R[];
  cursor: string | null;
  indexing: number;
}

/**
 * A register's list, a page at a time, for the query named by `key`. A new query (or
 * reload) starts from the first page; a page answering an older query is dropped, so
 * rows of two queries never mix. `fetchPage` reads the query from `key`'s filters.
 */
export function usePagedList<R>(key: string, fetchPage: (cursor?: string) => Promise<Result<Page<R>>>) {
  const [round, setRound] = useState(0);
  const [loaded, setLoaded] = useState<Loaded<R> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const query = useRef(0);
  // The cursor being fetched: scrolling asks for the next page many times, it is fetched once.
  const fetching = useRef<string | null>(null);
  // The fetch of the current key; a new function each render must not restart the query.
  const fetchRef = useRef(fetchPage);
  // Layout effects run before the query's effect below, so it always calls this render's fetch.
  useLayoutEffect(() => {
    fetchRef.current = fetchPage;
  });

  useEffect(() => {
    const mine = ++query.current;
    fetching.current = null;
    void fetchRef.current().then((result) => {
      if (mine !== query.current) return;
      // A page of the previous query may have been on its way: this query starts afresh.
      setLoadingMore(false);
      if (result.ok) {
        setLoaded({ rows: result.value.rows, cursor: result.value.nextCursor, indexing: result.value.indexing ?? 0 });
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
    void fetchRef.current(cursor).then((result) => {
      if (mine !== query.current) return;
      fetching.current = null;
      setLoadingMore(false);
      if (result.ok) setLoaded((l) => l && { rows: [...l.rows, ...result.value.rows], cursor: result.value.nextCursor, indexing: l.indexing });
      else setError(result.error.message);
    });
  }, [loaded, error]);

  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { rows: loaded?.rows ?? null, more: Boolean(loaded?.cursor), indexing: loaded?.indexing ?? 0, error, loadingMore, loadMore, reload };
}
