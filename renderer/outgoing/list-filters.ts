import type { InputOf } from '../../shared/api';
import type { DocType, SecrecyLevel } from '../../shared/incoming/vocabulary';
import type { OUTGOING_LIST_SORTS } from '../../shared/outgoing/api';
import type { OutgoingState } from '../../shared/outgoing/states';
import type { Publicity } from '../../shared/outgoing/vocabulary';

export type OutgoingSort = (typeof OUTGOING_LIST_SORTS)[number];

/** The filter bar as set; null and '' mean "any". */
export interface Filters {
  q: string;
  year: string | null;
  codeId: string | null;
  docType: DocType | null;
  state: OutgoingState | null;
  publicity: Publicity | null;
  secrecyLevel: SecrecyLevel | null;
  /** 成文日期 range as entered: sent as it is, so the core names a wrong date. */
  from: string;
  to: string;
  sort: OutgoingSort;
}

export const NO_FILTERS: Filters = {
  q: '',
  year: null,
  codeId: null,
  docType: null,
  state: null,
  publicity: null,
  secrecyLevel: null,
  from: '',
  to: '',
  sort: 'registered',
};

export const PAGE_SIZE = 50;

export function isNarrowed(f: Filters): boolean {
  return JSON.stringify({ ...f, sort: NO_FILTERS.sort }) !== JSON.stringify(NO_FILTERS);
}

/** Exactly what the list shows, as the export's input: the same filters and the same order. */
export function exportInput(f: Filters): InputOf<'outgoing.export'> {
  return {
    q: f.q.trim(),
    ...(f.year ? { year: Number(f.year) } : {}),
    ...(f.codeId ? { codeId: f.codeId } : {}),
    ...(f.docType ? { docType: f.docType } : {}),
    ...(f.state ? { state: f.state } : {}),
    ...(f.publicity ? { publicity: f.publicity } : {}),
    ...(f.secrecyLevel ? { secrecyLevel: f.secrecyLevel } : {}),
    ...(f.from ? { from: f.from } : {}),
    ...(f.to ? { to: f.to } : {}),
    sort: f.sort,
  };
}

export function listInput(f: Filters, cursor?: string): InputOf<'outgoing.list'> {
  return { ...exportInput(f), limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) };
}
