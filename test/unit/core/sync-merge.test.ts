import { cpSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../shared/random';
import { signIn, tempDir, ADMIN } from '../../helpers/core';
import { useCores } from './support';
import { auditUnion, firstPc, joiningPc, registers, syncFolder, type Pc } from './sync-support';

const addUnit = (pc: Pc, fullName: string) => pc.t.ok(pc.admin, 'units.add', { fullName, category: 'countyDept' });
const unitOn = (pc: Pc, id: string) => pc.t.ok(pc.admin, 'units.list').find((u) => u.id === id)!;
const rename = (pc: Pc, id: string, shortName: string) => pc.t.ok(pc.admin, 'units.update', { ...unitOn(pc, id), shortName });
const HOUR = 3_600_000;
/** The PC with a fresh administrator session (moving the clock far locks idle sessions). */
const signedIn = (pc: Pc): Pc => ({ ...pc, admin: signIn(pc.t, ADMIN.username, ADMIN.password) });

describe('sync: merging', () => {
  const open = useCores();

  it('keeps the losing value of a field two PCs changed for a person, who may take it instead', () => {
    const folder = syncFolder();
    const a = firstPc(open, folder);
    const b = joiningPc(open, folder);
    const unit = addUnit(a, '县财政局');
    a.sync();
    b.sync();
    // Both edits also move 修改时间 (bookkeeping: the later one wins without a conflict).
    a.t.clock.ms += 500;
    rename(a, unit.id, '财政局');
    b.t.clock.ms += 1000;
    rename(b, unit.id, '县财政');
    // Both publish before either reads: two PCs syncing at the same moment.
    const bDir = (p: string) => p.includes(b.t.core.deviceId);
    a.view.hidden = bDir;
    a.sync();
    b.sync();
    a.view.hidden = () => false;
    a.sync();
    expect(unitOn(a, unit.id).shortName).toBe('县财政');
    expect(unitOn(b, unit.id).shortName).toBe('县财政');
    const [conflict] = a.t.ok(a.admin, 'sync.conflicts', {});
    expect(a.t.ok(a.admin, 'sync.conflicts', {})).toHaveLength(1);
    expect(conflict).toMatchObject({ kind: 'field', tableName: 'units', rowId: unit.id, recordName: '县财政局', field: 'shortName', keptValue: '"县财政"', lostValue: '"财政局"', lostDeviceId: a.t.core.deviceId });
    expect(b.t.ok(b.admin, 'sync.conflicts', {})).toHaveLength(1);
    const resolved = a.t.ok(a.admin, 'sync.resolveConflict', { id: conflict.id, useLost: true, note: '以财政局为准' });
    expect(resolved).toMatchObject({ resolution: '改用另一台电脑的值：以财政局为准', resolvedAt: expect.any(String) });
    a.sync();
    b.sync();
    expect(unitOn(b, unit.id).shortName).toBe('财政局');
    expect(a.t.ok(a.admin, 'sync.conflicts', {})).toEqual([]);
    expect(registers(a.t)).toEqual(registers(b.t));
  });

  it('warns of clock skew from ten minutes to a day without blocking, and a clock going backwards keeps the order', () => {
    const folder = syncFolder();
    const a = firstPc(open, folder);
    const b = joiningPc(open, folder);
    // Both PCs on the real time of the folder's disk, so only the skew set below shows.
    a.t.clock.ms = Date.now();
    b.t.clock.ms = Date.now();
    const unit = addUnit(signedIn(a), '县财政局');
    a.sync();
    b.sync();
    // A runs a day ahead: the folder (the real disk clock) disagrees with it.
    a.t.clock.ms = Date.now() + 24 * HOUR;
    const admin = signIn(a.t, ADMIN.username, ADMIN.password);
    a.t.ok(admin, 'units.update', { ...a.t.ok(admin, 'units.list').find((u) => u.id === unit.id)!, shortName: '甲' });
    expect(a.sync().clockWarnings).toEqual(['本机的时钟与同步文件夹相差约 24 小时']);
    b.t.clock.ms = Date.now() + 12 * 60_000;
    const report = b.sync();
    expect(report.problem).toBeNull();
    expect(report.clockWarnings).toEqual([`电脑 …${a.t.core.deviceId.slice(-6)} 的时钟与同步文件夹相差约 24 小时`]);
    // B's clock is behind A's by a day, yet B's later edit wins: its clock moved past what it saw.
    const bAdmin = signIn(b.t, ADMIN.username, ADMIN.password);
    b.t.ok(bAdmin, 'units.update', { ...b.t.ok(bAdmin, 'units.list').find((u) => u.id === unit.id)!, shortName: '乙' });
    expect(b.sync().clockWarnings).toEqual([expect.stringMatching(/^本机的时钟与同步文件夹相差约 1[12] 分钟$/)]);
    // A's clock is set back two days (someone fixed it); its next edit still comes after.
    a.t.clock.ms -= 48 * HOUR;
    a.sync();
    const back = signIn(a.t, ADMIN.username, ADMIN.password);
    a.t.ok(back, 'units.update', { ...a.t.ok(back, 'units.list').find((u) => u.id === unit.id)!, shortName: '丙' });
    a.sync();
    b.sync();
    expect(b.t.ok(bAdmin, 'units.list').find((u) => u.id === unit.id)!.shortName).toBe('丙');
    expect(registers(a.t)).toEqual(registers(b.t));
  });

  it('a cloned disk or a restored backup takes a new device id; nothing either wrote is lost', () => {
    const folder = syncFolder();
    const a = firstPc(open, folder);
    const b = joiningPc(open, folder);
    addUnit(a, '县财政局');
    a.sync();
    // The disk is copied (a backup, a cloned PC); both copies go on working.
    const copyDir = tempDir();
    a.t.core.connection.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    cpSync(a.t.dataDir, copyDir, { recursive: true });
    const twinView = new (a.view.constructor as new () => typeof a.view)();
    a.t.reopen();
    const original = a.t.core.deviceId;
    addUnit({ ...a, admin: signIn(a.t, ADMIN.username, ADMIN.password) }, '原机新增');
    a.sync();
    const twin = open(copyDir, { syncFs: twinView });
    expect(twin.core.deviceId).toBe(original);
    const twinAdmin = signIn(twin, ADMIN.username, ADMIN.password);
    twin.ok(twinAdmin, 'units.add', { fullName: '副本新增', category: 'countyDept' });
    const report = twin.core.sync();
    expect(report.newDeviceId).not.toBeNull();
    expect(twin.core.deviceId).toBe(report.newDeviceId);
    expect(a.sync().newDeviceId).toBeNull();
    b.sync();
    expect(b.t.ok(b.admin, 'units.list').map((u) => u.fullName).sort()).toEqual(['副本新增', '原机新增', '县财政局']);
    // The twin's own audit chain starts afresh under its new id and verifies.
    expect(twin.core.connection.sqlite.prepare('SELECT count(*) AS n FROM audit_log WHERE device_id = ?').get(twin.core.deviceId)).toMatchObject({ n: expect.any(Number) });
  });

  it('a number two PCs both gave is kept on both sides and flagged, never renumbered', () => {
    const folder = syncFolder();
    const a = firstPc(open, folder);
    const b = joiningPc(open, folder);
    // Misconfigured: each administrator makes their own PC the issuer of 收文号 before they sync.
    b.t.ok(b.admin, 'settings.update', { numberIssuers: { ...b.t.ok(b.admin, 'settings.get').numberIssuers, incoming: b.t.core.deviceId } });
    for (const pc of [a, b]) {
      const clerkUnit = addUnit(pc, `来文单位${pc === a ? '甲' : '乙'}`);
      pc.t.ok(pc.admin, 'users.add', { username: `clerk${pc === a ? 'a' : 'b'}`, displayName: '文秘', roles: ['clerk'], password: 'clerk-pass-1' });
      const clerk = signIn(pc.t, `clerk${pc === a ? 'a' : 'b'}`, 'clerk-pass-1');
      pc.t.ok(clerk, 'incoming.register', {
        receivedAt: '2026-11-27T09:30:00+08:00',
        signedBy: '文秘',
        fromUnitId: clerkUnit.id,
        docNumber: '',
        title: `来文${pc === a ? '甲' : '乙'}`,
        docType: 'notice',
        writtenDate: '2026-11-20',
        secrecyLevel: 'none',
        urgency: 'normal',
        copies: 1,
        incomingClass: 'readOnly',
        addressee: 'county',
      });
    }
    a.sync();
    b.sync();
    a.sync();
    for (const pc of [a, b]) {
      const mine = pc.t.core.connection.sqlite.prepare('SELECT receipt_no AS no, title FROM incoming').all();
      expect(mine).toHaveLength(1);
      const [dup] = pc.t.ok(pc.admin, 'sync.conflicts', {});
      expect(dup).toMatchObject({ kind: 'duplicate', tableName: 'incoming', field: '*', recordName: `收〔2026〕1号 来文${pc === a ? '乙' : '甲'}` });
      expect(JSON.parse(dup.lostValue)).toMatchObject({ receiptNo: '收〔2026〕1号', title: pc === a ? '来文乙' : '来文甲' });
      expect(pc.t.call(pc.admin, 'sync.resolveConflict', { id: dup.id, useLost: true })).toMatchObject({ error: { code: 'CONFLICT' } });
    }
  });

  it('the numbers of each register come from one PC, which the administrator can hand to another', () => {
    const folder = syncFolder();
    const a = firstPc(open, folder);
    const b = joiningPc(open, folder);
    const unit = addUnit(a, '县财政局');
    a.t.ok(a.admin, 'outgoing.codes', {});
    a.t.ok(a.admin, 'settings.update', { deviceNames: { [a.t.core.deviceId]: '文秘办电脑', [b.t.core.deviceId]: '机要室电脑' } });
    a.sync();
    b.sync();
    expect(b.t.ok(b.admin, 'sync.devices', {}).map((d) => [d.name, d.isThis])).toEqual([
      ['机要室电脑', true],
      ['文秘办电脑', false],
    ]);
    b.t.ok(b.admin, 'users.add', { username: 'clerkb', displayName: '文秘', roles: ['clerk', 'sealKeeper'], password: 'clerk-pass-1' });
    const clerk = signIn(b.t, 'clerkb', 'clerk-pass-1');
    const register = () =>
      b.t.call(clerk, 'incoming.register', {
        receivedAt: '2026-11-27T09:30:00+08:00',
        signedBy: '文秘',
        fromUnitId: unit.id,
        docNumber: '',
        title: '来文',
        docType: 'notice',
        writtenDate: '2026-11-20',
        secrecyLevel: 'none',
        urgency: 'normal',
        copies: 1,
        incomingClass: 'readOnly',
        addressee: 'county',
      });
    expect(register()).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: '收文号由另一台电脑（文秘办电脑）发放，本机不能登记新的编号，以免两台电脑给出同一个号。请在那台电脑上登记，或请管理员在“设置 — 同步”中更改发号电脑。' },
    });
    const counters = b.t.ok(clerk, 'outgoing.codes');
    expect(new Set(counters.map((c) => c.issuedHere))).toEqual(new Set([false]));
    b.t.ok(b.admin, 'settings.update', { numberIssuers: { ...b.t.ok(b.admin, 'settings.get').numberIssuers, incoming: b.t.core.deviceId } });
    expect(register()).toMatchObject({ ok: true, value: { receiptNo: '收〔2026〕1号' } });
    b.t.ok(b.admin, 'outgoing.setIssuingDevice', { counterId: counters[0].id, deviceId: b.t.core.deviceId });
    expect(b.t.ok(clerk, 'outgoing.codes')[0].issuedHere).toBe(true);
  });

  it('PROPERTY: random edits on 3 PCs with random delivery orders end in identical registers and audit unions', () => {
    for (const seed of [1, 2, 3]) {
      const random = seededRandom(seed);
      const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
      const folder = syncFolder();
      const a = firstPc(open, folder);
      const pcs = [a, joiningPc(open, folder), joiningPc(open, folder)];
      for (let step = 0; step < 60; step++) {
        const pc = pick(pcs);
        pc.t.clock.ms += Math.floor(random() * 5000);
        const units = pc.t.ok(pc.admin, 'units.list');
        const r = random();
        if (r < 0.25 || units.length === 0) addUnit(pc, `单位${seed}-${step}`);
        else if (r < 0.6) rename(pc, pick(units).id, `简称${step}`);
        else if (r < 0.7) pc.t.ok(pc.admin, 'people.add', { name: `人员${step}`, title: pick(['县长', '副县长', '秘书']) });
        else {
          // Delivery: this PC sees a random subset of the others' files this time.
          pc.view.hidden = () => random() < 0.4;
          pc.sync();
          pc.view.hidden = () => false;
        }
      }
      for (let round = 0; round < 2; round++) for (const pc of pcs) pc.sync();
      const [first, ...rest] = pcs;
      for (const pc of rest) {
        expect(registers(pc.t)).toEqual(registers(first.t));
        expect(auditUnion(pc.t)).toEqual(auditUnion(first.t));
      }
      expect(pcs.map((pc) => pc.sync().pending)).toEqual([0, 0, 0]);
    }
  });
});

describe('sync: compaction', () => {
  const open = useCores();

  it('a PC joining later starts from the newest snapshot and reads only the files after it', () => {
    const folder = syncFolder();
    const a = firstPc(open, folder);
    const b = joiningPc(open, folder);
    const unit = addUnit(a, '县财政局');
    a.sync();
    b.sync();
    for (let i = 0; i < 5; i++) {
      rename(b, unit.id, `简称${i}`);
      b.t.clock.ms += 1000;
      b.sync();
      addUnit(a, `历史单位${i}`);
      a.sync();
    }
    const { seq, entries } = a.t.ok(a.admin, 'sync.snapshot', {});
    expect([seq, entries > 0]).toEqual([1, true]);
    // After the snapshot: one more change on each PC.
    addUnit(a, '快照之后的单位');
    a.sync();
    rename(b, unit.id, '快照之后');
    b.t.clock.ms += 1000;
    b.sync();
    const c = joiningPc(open, folder);
    const files = (pc: Pc) => (pc.t.core.connection.sqlite.prepare('SELECT count(*) AS n FROM sync_applied WHERE entries > 0').get() as { n: number }).n;
    // C read the files after the snapshot only: one from each PC.
    expect(files(c)).toBe(2);
    expect(c.view.reads).toBeLessThan(10);
    for (const pc of [a, b, c, a]) pc.sync();
    expect(registers(c.t)).toEqual(registers(a.t));
    expect(auditUnion(c.t)).toEqual(auditUnion(a.t));
    expect(unitOn(c, unit.id).shortName).toBe('快照之后');
    // The snapshot's whole-row entries are not taken for edits: nothing is reported as contested.
    expect(c.t.ok(c.admin, 'sync.conflicts', {})).toEqual([]);
  });
});
