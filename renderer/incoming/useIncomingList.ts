import { invoke } from '../api/client';
import { usePagedList } from '../common/usePagedList';
import { listInput, type Filters } from './list-filters';

/** The 收文 register under these filters, a page at a time (see usePagedList). */
export function useIncomingList(filters: Filters) {
  return usePagedList(JSON.stringify(filters), (cursor) => invoke('incoming.list', listInput(filters, cursor)));
}
