import { invoke } from '../api/client';
import { usePagedList } from '../common/usePagedList';
import { listInput, type Filters } from './list-filters';

/** The 发文 register under these filters, a page at a time (see usePagedList). */
export function useOutgoingList(filters: Filters) {
  return usePagedList(JSON.stringify(filters), (cursor) => invoke('outgoing.list', listInput(filters, cursor)));
}
