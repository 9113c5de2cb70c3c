import { describe, expect, it } from 'vitest';
import { seedDemo } from '../../../electron/core/demo/seed';
import { signIn } from '../../helpers/core';
import { useCores } from './support';

describe('--demo data', () => {
  const open = useCores();

  it('fills an empty office through the API with users, directories and a register that has work in every stage', () => {
    const t = open();
    const users = seedDemo(t.core, t.clock.now());
    const clerk = signIn(t, 'wenmi', users.find((u) => u.username === 'wenmi')!.password);
    expect(t.ok(clerk, 'units.list').length).toBe(35);
    const board = t.ok(clerk, 'incoming.dashboard');
    expect(board.awaitingInstruction).toHaveLength(3);
    expect(board.overdue.length).toBeGreaterThan(0);
    expect(board.returnedThisMonth).toBe(1);
    const all = t.ok(clerk, 'incoming.list', { limit: 500 }).rows;
    expect(all).toHaveLength(300);
    expect(new Set(all.map((r) => r.state))).toEqual(new Set(['registered', 'submitted', 'assigned', 'inProgress', 'done', 'returned']));
    const auditor = signIn(t, 'shenji', users.find((u) => u.username === 'shenji')!.password);
    expect(t.ok(auditor, 'audit.verify')).toMatchObject({ intact: true });
  });
});
