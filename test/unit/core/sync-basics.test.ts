import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADMIN, signIn } from '../../helpers/core';
import { addUser, PASSWORD, useCores } from './support';
import { auditUnion, firstPc, joiningPc, registers, syncFolder } from './sync-support';

describe('sync through a shared folder', () => {
  const open = useCores();

  it('a second PC joins at first run and gets the office; a unit added on either arrives on the other', () => {
    const folder = syncFolder();
    const a = firstPc(open, folder);
    const unit = a.t.ok(a.admin, 'units.add', { fullName: '凤凰县财政局', category: 'countyDept' });
    addUser(a.t, a.admin, 'auditor', ['auditor'], '审计员');
    a.sync();
    const b = joiningPc(open, folder);
    expect(b.t.ok(b.admin, 'auth.status').officeName).toBe(ADMIN.officeName);
    // A PC that joined makes no 编号序列 of its own: the office's come from the first PC.
    expect(b.t.ok(b.admin, 'outgoing.codes', {})).toEqual([]);
    a.t.ok(a.admin, 'outgoing.codes', {});
    a.sync();
    b.sync();
    expect(b.t.ok(b.admin, 'outgoing.codes', {}).map((c) => c.issuedHere)).toEqual([false, false, false, false, false]);
    expect(b.t.ok(b.admin, 'units.list').map((u) => u.fullName)).toContain('凤凰县财政局');
    b.t.ok(b.admin, 'units.update', { ...b.t.ok(b.admin, 'units.list').find((u) => u.id === unit.id)!, shortName: '县财政局' });
    const report = b.sync();
    expect(report).toMatchObject({ reachable: true, problem: null, conflicts: 0, pending: 0 });
    expect(report.published).toBeGreaterThan(0);
    // B's files: its first-run entries (published when it joined) and the edit.
    expect(a.sync()).toMatchObject({ filesApplied: 2, problem: null });
    expect(a.t.ok(a.admin, 'units.list').find((u) => u.id === unit.id)!.shortName).toBe('县财政局');
    expect(registers(a.t)).toEqual(registers(b.t));
    expect(auditUnion(a.t)).toEqual(auditUnion(b.t));
    // Both chains verify on both PCs.
    for (const pc of [a, b]) expect(pc.t.ok(signIn(pc.t, 'auditor', PASSWORD), 'audit.verify')).toMatchObject({ intact: true });
    // Each device wrote only in its own directory.
    const set = readdirSync(folder).find((n) => n !== 'wenmi-sync.json')!;
    expect(readdirSync(join(folder, set, 'devices')).sort()).toEqual([a.t.core.deviceId, b.t.core.deviceId].sort());
    expect(existsSync(join(folder, set, 'devices', a.t.core.deviceId))).toBe(true);
  });
});
