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

    // 发文: every state, each code, numbers over the years, a void number, 补录 numbers and minutes deadlines.
    const out = t.ok(clerk, 'outgoing.list', { limit: 500 }).rows;
    expect(out.length).toBeGreaterThanOrEqual(60);
    expect(out.length).toBeLessThanOrEqual(120);
    expect(new Set(out.map((r) => r.state))).toEqual(new Set(['draft', 'signed', 'numbered', 'printed', 'distributed', 'archived']));
    expect(new Set(out.map((r) => r.code))).toEqual(new Set(['凤政发', '凤政办发', '凤政函', '凤政办函', '凤政纪']));
    expect(new Set(out.filter((r) => r.serial !== null).map((r) => r.year)).size).toBeGreaterThanOrEqual(3);
    expect(new Set(out.filter((r) => r.docType === 'minutes').map((r) => r.meetingType))).toEqual(new Set(['plenary', 'standing', 'mayor', 'topical']));
    const classified = out.filter((r) => r.secrecyLevel !== 'none' && r.printedDate);
    expect(classified.length).toBeGreaterThan(0);
    expect(t.ok(clerk, 'outgoing.get', { id: classified[0].id }).copyFrom).toBe(1);
    const counters = t.ok(clerk, 'outgoing.codes');
    const counterOf = (code: string) => counters.find((c) => c.codes.some((k) => k.code === code))!.id;
    const gaps = t.ok(clerk, 'outgoing.gapReport', { counterId: counterOf('凤政办发'), year: 2026 });
    const voided = gaps.holes.filter((h) => h.kind === 'voided');
    expect(voided.length).toBeGreaterThanOrEqual(1);
    expect(voided[0].explanation).toMatch(/^作废：.+（批准人：王志刚）$/);
    expect(gaps.holes.some((h) => h.kind === 'missing')).toBe(false);
    const paper = t.ok(clerk, 'outgoing.gapReport', { counterId: counterOf('凤政发'), year: 2023 });
    expect(paper.entries.map((e) => e.kind)).toEqual(['historical', 'historical', 'missing', 'historical']);
    const outBoard = t.ok(clerk, 'outgoing.dashboard');
    expect(outBoard.awaitingSignatureCount).toBeGreaterThan(0);
    expect(outBoard.signedUnnumberedCount).toBeGreaterThan(0);
    expect(outBoard.minutesDueSoon.some((m) => m.meetingType === 'standing' && m.step === 'finalDraft')).toBe(true);
    expect(outBoard.minutesOverdue.some((m) => m.meetingType === 'standing' && m.step === 'finalDraft')).toBe(true);

    // 用印: every kind of line, within the rules, one seal out now, the chain intact.
    const ledger = t.ok(clerk, 'seals.ledger', { limit: 500 }).rows;
    expect(ledger.length).toBeGreaterThanOrEqual(30);
    expect(new Set(ledger.map((r) => r.useKind))).toEqual(new Set(['document', 'other']));
    expect(ledger.filter((r) => r.kind === 'correction')).toHaveLength(1);
    expect(ledger.some((r) => r.method === 'takeOut' && r.returnedAt)).toBe(true);
    expect(t.ok(clerk, 'seals.catalog').filter((s) => s.out).map((s) => s.name)).toEqual(['县长专用章']);
    expect(t.ok(clerk, 'seals.verify')).toMatchObject({ ok: true });

    // 密件 and 销毁: copies in every place, one overdue, a discrepancy open, a batch done and a draft.
    const officer = signIn(t, 'baomi', users.find((u) => u.username === 'baomi')!.password);
    const registry = t.ok(officer, 'classified.list', {});
    expect(registry.length).toBeGreaterThanOrEqual(3);
    const places = registry.reduce((sum, d) => ({ out: sum.out + d.places.out, surrendered: sum.surrendered + d.places.surrendered, destroyed: sum.destroyed + d.places.destroyed }), { out: 0, surrendered: 0, destroyed: 0 });
    expect(places).toEqual({ out: 2, surrendered: 1, destroyed: 1 });
    const secrecyBoard = t.ok(officer, 'classified.dashboard');
    expect([secrecyBoard.outCount, secrecyBoard.overdue.length, secrecyBoard.discrepancies.length]).toEqual([2, 1, 1]);
    expect(t.ok(officer, 'destruction.list', {}).map((b) => b.state)).toEqual(['draft', 'done']);
    const auditor = signIn(t, 'shenji', users.find((u) => u.username === 'shenji')!.password);
    expect(t.ok(auditor, 'audit.verify')).toMatchObject({ intact: true });
  });
});
