import type { InputOf } from '../../shared/api';
import type { LedgerKind } from '../../shared/seals/vocabulary';

/** The filter bar as set; null and '' mean "any". */
export interface Filters {
  sealId: string | null;
  /** 'YYYY-MM', applied on leaving the field: half a month typed is not sent. */
  month: string;
  unitId: string | null;
  approverId: string | null;
  kind: LedgerKind | null;
}

export const NO_FILTERS: Filters = { sealId: null, month: '', unitId: null, approverId: null, kind: null };

export const PAGE_SIZE = 50;

export function isNarrowed(f: Filters): boolean {
  return JSON.stringify(f) !== JSON.stringify(NO_FILTERS);
}

/** 2026-3, 2026/03, 2026年3月 and 202603 become '2026-03'; anything else is left as typed. */
export function normalizeMonth(text: string): string {
  const t = text.trim();
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/.exec(t) ?? /^(\d{4})(\d{2})$/.exec(t);
  return m ? `${m[1]}-${m[2].padStart(2, '0')}` : t;
}

/** Exactly what the list shows, as the export's input. */
export function exportInput(f: Filters): InputOf<'seals.export'> {
  return {
    ...(f.sealId ? { sealId: f.sealId } : {}),
    ...(f.month ? { month: f.month } : {}),
    ...(f.unitId ? { unitId: f.unitId } : {}),
    ...(f.approverId ? { approverId: f.approverId } : {}),
    ...(f.kind ? { kind: f.kind } : {}),
  };
}

export function listInput(f: Filters, cursor?: string): InputOf<'seals.ledger'> {
  return { ...exportInput(f), limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) };
}
