import { describe, expect, it } from 'vitest';
import { exportInput, listInput, NO_FILTERS, normalizeMonth } from '../../../renderer/seals/list-filters';

describe('seal ledger filters', () => {
  it('reads a month typed in the usual ways as YYYY-MM and leaves anything else for the core to name', () => {
    expect(normalizeMonth('2026-3')).toBe('2026-03');
    expect(normalizeMonth('2026/11')).toBe('2026-11');
    expect(normalizeMonth('2026年3月')).toBe('2026-03');
    expect(normalizeMonth('202611')).toBe('2026-11');
    expect(normalizeMonth(' 2026-11 ')).toBe('2026-11');
    expect(normalizeMonth('11月')).toBe('11月');
  });

  it('sends only the filters that are set, the same to the list and to the export', () => {
    expect(exportInput(NO_FILTERS)).toEqual({});
    const f = { ...NO_FILTERS, sealId: 's1', month: '2026-11', kind: 'correction' as const };
    expect(exportInput(f)).toEqual({ sealId: 's1', month: '2026-11', kind: 'correction' });
    expect(listInput(f, '2026:12')).toEqual({ sealId: 's1', month: '2026-11', kind: 'correction', limit: 50, cursor: '2026:12' });
  });
});
