import { describe, expect, it } from 'vitest';
import { dueBack, isOverdue } from '../../../shared/classified/due';

describe('R26 same-day return', () => {
  it('is due by the return time of the day it went out', () => {
    expect(dueBack('2026-11-27T09:15', '17:30')).toBe('2026-11-27T17:30');
    expect(dueBack('2026-11-27T17:29', '17:30')).toBe('2026-11-27T17:30');
  });

  it('is due by the next day when sent at or after the return time, across months and years', () => {
    expect(dueBack('2026-11-27T17:30', '17:30')).toBe('2026-11-28T17:30');
    expect(dueBack('2026-11-30T20:00', '17:30')).toBe('2026-12-01T17:30');
    expect(dueBack('2026-12-31T18:00', '18:00')).toBe('2027-01-01T18:00');
  });

  it('is overdue only after the due minute', () => {
    expect(isOverdue('2026-11-27T09:15', '17:30', '2026-11-27T17:30')).toBe(false);
    expect(isOverdue('2026-11-27T09:15', '17:30', '2026-11-27T17:31')).toBe(true);
    expect(isOverdue('2026-11-27T09:15', '17:30', '2026-11-28T08:00')).toBe(true);
  });
});
