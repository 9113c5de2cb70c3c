import { copyFileSync, cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeFile, fileName, FILE_FORMAT } from '../../../electron/core/sync/format';
import { count, useCores } from './support';
import { firstPc, joiningPc, KEY, registers, syncFolder, type Pc } from './sync-support';
import { tempDir } from '../../helpers/core';

const setOf = (folder: string) => readdirSync(folder).find((n) => n !== 'wenmi-sync.json')!;
const dirOf = (folder: string, pc: Pc) => join(folder, setOf(folder), 'devices', pc.t.core.deviceId);
const files = (folder: string, pc: Pc) => readdirSync(dirOf(folder, pc)).sort();
const unitNames = (pc: Pc) => pc.t.ok(pc.admin, 'units.list').map((u) => u.fullName).sort();
const addUnit = (pc: Pc, fullName: string) => pc.t.ok(pc.admin, 'units.add', { fullName, category: 'countyDept' });

describe('sync: the folder goes wrong', () => {
  const open = useCores();

  it('refuses a missing, empty or foreign folder and a wrong key, and never creates, resets or deletes', () => {
    const folder = syncFolder();
    const a = firstPc(open, folder);
    addUnit(a, '县财政局');
    a.sync();
    const fresh = open();
    const join_ = (f: string, key = KEY) => fresh.call(fresh.session(), 'sync.joinAtSetup', { folder: f, key });
    expect(join_('/no/such/folder')).toMatchObject({ ok: false, error: { message: '找不到同步文件夹 /no/such/folder：网络盘未连接或U盘未插入？' } });
    const empty = tempDir();
    expect(join_(empty)).toMatchObject({ error: { message: `文件夹 ${empty} 中没有同步数据：可能选错了文件夹，或网络盘、U盘没有正确连接。不会在这里新建或重置。` } });
    expect(readdirSync(empty)).toEqual([]);
    expect(join_(folder, 'wrong-key-123')).toMatchObject({ error: { message: '同步密钥不正确：请输入与其他电脑相同的同步密钥' } });
    expect(a.t.call(a.admin, 'sync.create', { folder, key: KEY })).toMatchObject({ error: { message: `本机已加入同步组（${folder}），不能再新建。` } });
    // Unplugged, then a stranger's set at the same path: reported, nothing written or deleted.
    a.view.unplugged = true;
    expect(a.sync()).toMatchObject({ reachable: false, problem: `找不到同步文件夹 ${folder}：网络盘未连接或U盘未插入？`, published: 0 });
    a.view.unplugged = false;
    const other = syncFolder();
    firstPc(open, other);
    rmSync(folder, { recursive: true });
    mkdirSync(folder);
    cpSync(other, folder, { recursive: true });
    addUnit(a, '县教体局');
    expect(a.sync()).toMatchObject({ reachable: false, problem: `文件夹 ${folder} 属于另一个同步组，本机不会向其中写入` });
    expect(readdirSync(folder)).toEqual(readdirSync(other));
    rmSync(join(folder, 'wenmi-sync.json'));
    expect(a.sync()).toMatchObject({ reachable: false, problem: expect.stringContaining('中没有同步数据') });
    expect(readdirSync(folder)).not.toContain('wenmi-sync.json');
    expect(unitNames(a)).toEqual(['县教体局', '县财政局']);
  });

  it('quarantines truncated, duplicated and tampered files and syncs the rest; a file completed later is applied', () => {
    const folder = syncFolder();
    const a = firstPc(open, folder);
    const b = joiningPc(open, folder);
    addUnit(a, '县财政局');
    a.sync();
    addUnit(a, '县教体局');
    a.sync();
    const dir = dirOf(folder, a);
    const [, second, third] = files(folder, a);
    const whole = readFileSync(join(dir, third));
    // Half-copied: the last file lost its end.
    writeFileSync(join(dir, third), whole.subarray(0, whole.length - 40));
    // Tampered: a byte of the second file changed, and a forged file with a recomputed hash but no key.
    const secondBytes = readFileSync(join(dir, second));
    const tampered = Buffer.from(secondBytes);
    tampered[tampered.indexOf('县财政局')] ^= 1;
    writeFileSync(join(dir, second), tampered);
    const forged = encodeFile({ format: FILE_FORMAT, version: 1, setId: setOf(folder), deviceId: a.t.core.deviceId, seq: 9, writtenAt: '2026-11-28T02:00:00.000Z', seen: {} }, [], 'not-the-key');
    writeFileSync(join(dir, fileName(9)), forged);
    // Duplicated: the first file again under another number, and a copy the file manager named.
    copyFileSync(join(dir, files(folder, a)[0]), join(dir, fileName(10)));
    copyFileSync(join(dir, files(folder, a)[0]), join(dir, '0000000001 - 副本.wsc'));
    const report = b.sync();
    expect(report.quarantined.map((q) => [q.seq, q.reason])).toEqual([
      [2, '文件内容与校验值不符，可能被截断或改动'],
      [3, '文件不完整（没有结尾），可能尚未写完或复制中断'],
      [9, '文件签名不符：不是用本单位同步密钥写的，或已被改动'],
      [10, '文件头与所在位置不符（设备或序号被改动）'],
    ]);
    expect(report.problem).toBeNull();
    // The copy finishes, the tampered file is put right: both apply at the next sync.
    writeFileSync(join(dir, third), whole);
    writeFileSync(join(dir, second), secondBytes);
    expect(b.sync().quarantined.map((q) => q.seq)).toEqual([9, 10]);
    expect(unitNames(b)).toEqual(['县教体局', '县财政局']);
  });

  it('a crash between applying a file and saving its cursor leaves neither; the next sync gives the same state', () => {
    const folder = syncFolder();
    const a = firstPc(open, folder);
    const b = joiningPc(open, folder);
    const c = joiningPc(open, folder);
    addUnit(a, '县财政局');
    a.sync();
    const sqlite = b.t.core.connection.sqlite;
    sqlite.exec("CREATE TRIGGER crash BEFORE INSERT ON sync_applied BEGIN SELECT RAISE(ABORT, 'power cut'); END");
    const before = count(b.t, 'units');
    const crashed = b.sync().quarantined;
    expect(crashed.length).toBeGreaterThan(0);
    expect(new Set(crashed.map((q) => q.reason))).toEqual(new Set(['无法应用：power cut']));
    expect(count(b.t, 'units')).toBe(before);
    sqlite.exec('DROP TRIGGER crash');
    expect(b.sync().quarantined).toEqual([]);
    c.sync();
    expect(registers(b.t)).toEqual(registers(c.t));
  });

  it('messages twice, out of order, and old after new end in the same state', () => {
    const folder = syncFolder();
    const a = firstPc(open, folder);
    const b = joiningPc(open, folder);
    const c = joiningPc(open, folder);
    const unit = addUnit(a, '县财政局');
    a.sync();
    const rename = (pc: Pc, shortName: string) => pc.t.ok(pc.admin, 'units.update', { ...pc.t.ok(pc.admin, 'units.list').find((u) => u.id === unit.id)!, shortName });
    // C knows the unit and renames it; B sees C's file before A's file that created it.
    c.sync();
    rename(c, '财政局');
    c.sync();
    const aDir = dirOf(folder, a);
    b.view.hidden = (p) => p.startsWith(aDir);
    expect(b.sync().pending).toBeGreaterThan(0);
    b.view.hidden = () => false;
    expect(b.sync().pending).toBe(0);
    expect(b.t.ok(b.admin, 'units.list').find((u) => u.id === unit.id)!.shortName).toBe('财政局');
    // Old after new: A renames twice; B sees the second file before the first.
    a.sync();
    rename(a, '甲');
    a.sync();
    rename(a, '乙');
    a.sync();
    const [last, previous] = files(folder, a).reverse();
    b.view.hidden = (p) => p.endsWith(previous);
    b.sync();
    b.view.hidden = () => false;
    b.sync();
    expect(b.t.ok(b.admin, 'units.list').find((u) => u.id === unit.id)!.shortName).toBe('乙');
    // Twice: the same file applied again changes nothing.
    const state = registers(b.t);
    b.t.core.connection.sqlite.prepare('DELETE FROM sync_applied WHERE seq = ?').run(Number(last.slice(0, 10)));
    expect(b.sync().filesApplied).toBe(1);
    expect(registers(b.t)).toEqual(state);
    c.sync();
    a.sync();
    expect(registers(a.t)).toEqual(registers(b.t));
    expect(registers(c.t)).toEqual(registers(b.t));
  });

  it('keeps changes for tables and fields this version does not know, for after the upgrade', () => {
    const folder = syncFolder();
    const a = firstPc(open, folder);
    const unit = addUnit(a, '县财政局');
    a.sync();
    const newer = join(folder, setOf(folder), 'devices', 'newer-device');
    mkdirSync(newer);
    const hlc = (n: number) => `2026-11-28T02:00:0${n}.000Z-000000-newer-device`;
    writeFileSync(
      join(newer, fileName(1)),
      encodeFile({ format: FILE_FORMAT, version: 1, setId: setOf(folder), deviceId: 'newer-device', seq: 1, writtenAt: '2026-11-28T02:00:00.000Z', seen: {} }, [
        { t: 'c', hlc: hlc(1), table: 'futureRegister', row: 'r1', op: 'insert', fields: { id: 'r1', name: '新登记簿' } },
        { t: 'c', hlc: hlc(2), table: 'units', row: unit.id, op: 'update', fields: { shortName: '财政', futureField: 42 } },
      ], KEY),
    );
    expect(a.sync()).toMatchObject({ filesApplied: 1, pending: 2, problem: null });
    const kept = a.t.core.connection.sqlite.prepare('SELECT table_name AS t, reason FROM sync_pending ORDER BY hlc').all();
    expect(kept).toEqual([
      { t: 'futureRegister', reason: 'unknownTable' },
      { t: 'units', reason: 'unknownFields' },
    ]);
    expect(a.sync().pending).toBe(2);
  });

  it('survives permission errors and a slow folder, and picks up where it stopped', () => {
    const folder = syncFolder();
    const a = firstPc(open, folder);
    const b = joiningPc(open, folder);
    addUnit(a, '县财政局');
    a.view.denied = true;
    expect(a.sync()).toMatchObject({ reachable: false, problem: `无法读取同步文件夹 ${folder}（EACCES）` });
    a.view.denied = false;
    a.view.slowMs = 20;
    expect(a.sync()).toMatchObject({ reachable: true, problem: null });
    b.view.slowMs = 20;
    b.sync();
    expect(unitNames(b)).toEqual(['县财政局']);
  });
});
