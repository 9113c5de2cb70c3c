import { invoke } from '../api/client';
import { usePagedList } from '../common/usePagedList';
import { listInput, type Filters } from './list-filters';

/** The 用印登记簿 under these filters, newest first, a page at a time (see usePagedList). */
export function useSealLedger(filters: Filters) {
  return usePagedList(JSON.stringify(filters), (cursor) => invoke('seals.ledger', listInput(filters, cursor)));
}
