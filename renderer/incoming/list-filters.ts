import type { InputOf } from '../../shared/api';
import type { LIST_SORTS } from '../../shared/incoming/api';
import type { IncomingState } from '../../shared/incoming/states';
import type { DocType, IncomingClass, SecrecyLevel } from '../../shared/incoming/vocabulary';

export type ListSort = (typeof LIST_SORTS)[number];

/** The filter bar as set; null, '' and false mean "any". */
export interface Filters {
  q: string;
  year: string | null;
  docType: DocType | null;
  secrecyLevel: SecrecyLevel | null;
  incomingClass: IncomingClass | null;
  state: IncomingState | null;
  fromUnitId: string | null;
  /** 承办单位: assigned as 主办 or 协办. */
  assigneeUnitId: string | null;
  /** 收文日期 range as entered: sent as it is, so the core names a wrong date or an end before the start. */
  from: string;
  to: string;
  overdue: boolean;
  sort: ListSort;
}

export const NO_FILTERS: Filters = {
  q: '',
  year: null,
  docType: null,
  secrecyLevel: null,
  incomingClass: null,
  state: null,
  fromUnitId: null,
  assigneeUnitId: null,
  from: '',
  to: '',
  overdue: false,
  sort: 'registered',
};

export const PAGE_SIZE = 50;

/** Whether anything narrows the list (the order alone does not). */
export function isNarrowed(f: Filters): boolean {
  return JSON.stringify({ ...f, sort: NO_FILTERS.sort }) !== JSON.stringify(NO_FILTERS);
}

/** The filters and order of the list without its paging: the export reads the same rows in the same order. */
export function exportInput(f: Filters): InputOf<'incoming.export'> {
  const q = f.q.trim();
  return {
    q,
    ...(f.year ? { year: Number(f.year) } : {}),
    ...(f.docType ? { docType: f.docType } : {}),
    ...(f.secrecyLevel ? { secrecyLevel: f.secrecyLevel } : {}),
    ...(f.incomingClass ? { incomingClass: f.incomingClass } : {}),
    ...(f.state ? { state: f.state } : {}),
    ...(f.fromUnitId ? { fromUnitId: f.fromUnitId } : {}),
    ...(f.assigneeUnitId ? { assigneeUnitId: f.assigneeUnitId } : {}),
    ...(f.from ? { from: f.from } : {}),
    ...(f.to ? { to: f.to } : {}),
    ...(f.overdue ? { overdue: true } : {}),
    // Search results come newest first whatever the order: the one chosen returns when the search is cleared.
    ...(q ? {} : { sort: f.sort }),
  };
}

export function listInput(f: Filters, cursor?: string): InputOf<'incoming.list'> {
  return { ...exportInput(f), limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) };
}
