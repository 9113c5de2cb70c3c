import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { setUpOffice, signIn, tempDir, ADMIN, type TestCore } from '../../helpers/core';
import { addUser, count, PASSWORD, useCores } from './support';

const registers = (t: TestCore) => {
  const sqlite = t.core.connection.sqlite;
  return Object.fromEntries(['units', 'people', 'incoming', 'users'].map((table) => [table, sqlite.prepare(`SELECT * FROM ${table} ORDER BY 1`).all()]));
};

/** An office with a clerk and 2,000 incoming records, and a backup folder. */
function office(t: TestCore, keep = 10) {
  const admin = setUpOffice(t);
  addUser(t, admin, 'clerk', ['clerk'], '周丽');
  const clerk = signIn(t, 'clerk', PASSWORD);
  const unit = t.ok(admin, 'units.add', { fullName: '凤凰县财政局', category: 'countyDept' });
  for (let b = 0; b < 2; b++) {
    t.ok(clerk, 'incoming.import', {
      records: Array.from({ length: 1000 }, (_, i) => ({
        receivedAt: '2026-11-27T09:30:00+08:00',
        signedBy: '周丽',
        fromUnitId: unit.id,
        docNumber: `凤财发〔2026〕${b * 1000 + i + 1}号`,
        title: `关于做好第${b * 1000 + i}项冬季防火工作的通知`,
        docType: 'notice',
        writtenDate: '2026-11-20',
        secrecyLevel: 'none',
        urgency: 'normal',
        copies: 1,
        incomingClass: 'readOnly',
        addressee: 'county',
      })),
    });
  }
  const folder = tempDir('wenmi-backups-');
  t.ok(admin, 'backup.configure', { folder, keep, daily: false });
  return { admin, clerk, unit, folder };
}

async function backUp(t: TestCore, admin: ReturnType<typeof setUpOffice>) {
  const job = t.ok(admin, 'backup.now', {});
  await t.core.whenBackupsIdle();
  return t.ok(admin, 'backup.overview', {}).jobs.find((j) => j.id === job.id)!;
}

describe('backup and restore', () => {
  const open = useCores();

  it('backs up online while writes keep succeeding, verifies the copy and names it by date and device', async () => {
    const t = open(undefined, { backupPagesPerStep: 5 });
    const { admin, folder } = office(t);
    const job = t.ok(admin, 'backup.now', {});
    expect(job).toMatchObject({ kind: 'backup', state: 'running', file: expect.stringMatching(/^wenmi-backup-20261128-100000-[0-9a-f]{8}\.db$/) });
    let writes = 0;
    while (t.core.connection.sqlite.open && t.ok(admin, 'backup.overview', {}).jobs[0].state === 'running') {
      t.ok(admin, 'units.add', { fullName: `备份期间新增单位${writes}`, category: 'countyDept' });
      writes += 1;
      await new Promise((r) => setImmediate(r));
    }
    expect(writes).toBeGreaterThan(3);
    const done = t.ok(admin, 'backup.overview', {}).jobs[0];
    expect(done).toMatchObject({ state: 'done', message: `已备份并校验：${job.file}` });
    expect(done.counts).toMatchObject({ incoming: 2000, users: 2 });
    const [entry] = t.ok(admin, 'backup.list', {});
    expect(entry).toMatchObject({ file: job.file, deviceId: t.core.deviceId, officeName: ADMIN.officeName, encrypted: false, problem: null, counts: done.counts });
    expect(readdirSync(folder).sort()).toEqual([job.file, job.file.replace('.db', '.json')]);
  });

  it('restores a backup as it was; the current database is kept aside and the restore is audited', async () => {
    const t = open();
    const { admin, clerk, unit } = office(t);
    const before = registers(t);
    const job = await backUp(t, admin);
    t.ok(admin, 'units.add', { fullName: '备份之后新增的单位', category: 'countyDept' });
    t.ok(clerk, 'incoming.register', {
      receivedAt: '2026-11-28T09:30:00+08:00',
      signedBy: '周丽',
      fromUnitId: unit.id,
      docNumber: '凤财发〔2026〕9999号',
      title: '备份之后登记的收文',
      docType: 'notice',
      writtenDate: '2026-11-20',
      secrecyLevel: 'none',
      urgency: 'normal',
      copies: 1,
      incomingClass: 'readOnly',
      addressee: 'county',
    });
    expect(t.call(admin, 'backup.restore', { file: job.file, confirm: false as never })).toMatchObject({ error: { fields: { confirm: '请确认恢复：当前数据将被备份中的数据取代' } } });
    t.ok(admin, 'backup.restore', { file: job.file, passphrase: '', confirm: true });
    await t.core.whenBackupsIdle();
    expect(registers(t)).toEqual(before);
    const restored = t.ok(admin, 'backup.overview', {}).jobs.find((j) => j.kind === 'restore')!;
    expect(restored).toMatchObject({ state: 'done', counts: job.counts });
    const aside = readdirSync(t.dataDir).find((n) => n.startsWith('before-restore-'))!;
    expect(existsSync(join(t.dataDir, aside, 'wenmi.db'))).toBe(true);
    const auditor = (addUser(t, admin, 'auditor', ['auditor'], '审计员'), signIn(t, 'auditor', PASSWORD));
    expect(t.ok(auditor, 'audit.list', { limit: 5 }).entries.some((r) => r.method === 'backup.restore' && r.detail.startsWith(`恢复备份 ${job.file}`))).toBe(true);
    expect(t.ok(auditor, 'audit.verify')).toMatchObject({ intact: true });
    // The backup settings of now survive the restore; the core keeps working on the restored file.
    expect(t.ok(admin, 'backup.overview', {}).settings.folder).not.toBe('');
    t.ok(admin, 'units.add', { fullName: '恢复之后新增的单位', category: 'countyDept' });
  });

  it('refuses a corrupted backup and leaves the data as it was', async () => {
    const t = open();
    const { admin, folder } = office(t);
    const job = await backUp(t, admin);
    const file = join(folder, job.file);
    const bytes = readFileSync(file);
    bytes[bytes.length >> 1] ^= 0xff;
    writeFileSync(file, bytes);
    const before = registers(t);
    t.ok(admin, 'backup.restore', { file: job.file, passphrase: '', confirm: true });
    await t.core.whenBackupsIdle();
    expect(t.ok(admin, 'backup.overview', {}).jobs[0]).toMatchObject({ kind: 'restore', state: 'failed', message: '备份文件已损坏（与备份时的校验值不符），不能恢复' });
    expect(registers(t)).toEqual(before);
    expect(readdirSync(t.dataDir).some((n) => n.startsWith('before-restore-'))).toBe(false);
  });

  it('encrypts with a passphrase; a wrong passphrase restores nothing', async () => {
    const t = open();
    const { admin, folder } = office(t);
    // Stored as typed, spaces and all, and matched as typed when restoring.
    t.ok(admin, 'backup.configure', { folder, keep: 10, daily: false, passphrase: ' correct horse battery ' });
    const job = await backUp(t, admin);
    expect(job).toMatchObject({ state: 'done', file: expect.stringMatching(/\.db\.enc$/) });
    const head = readFileSync(join(folder, job.file)).subarray(0, 8).toString('ascii');
    expect(head).toBe('WENMIBK1');
    expect(readFileSync(join(folder, job.file)).includes(Buffer.from('凤凰县财政局'))).toBe(false);
    const before = registers(t);
    t.ok(admin, 'units.add', { fullName: '之后的单位', category: 'countyDept' });
    expect(t.call(admin, 'backup.restore', { file: job.file, passphrase: '', confirm: true })).toMatchObject({ error: { message: '这份备份已加密，请输入备份密码' } });
    t.ok(admin, 'backup.restore', { file: job.file, passphrase: 'wrong horse battery', confirm: true });
    await t.core.whenBackupsIdle();
    expect(t.ok(admin, 'backup.overview', {}).jobs[0]).toMatchObject({ state: 'failed', message: '备份密码不正确，或备份文件已损坏' });
    t.ok(admin, 'backup.restore', { file: job.file, passphrase: ' correct horse battery ', confirm: true });
    await t.core.whenBackupsIdle();
    expect(registers(t)).toEqual(before);
    // What this PC knows of its backups is not rolled back with the data.
    expect(t.ok(admin, 'backup.overview', {}).last).toMatchObject({ id: job.id, state: 'done' });
  });

  it('exports the whole database as CSV files with a manifest an office can read without Wenmi', async () => {
    const t = open();
    const { admin, folder } = office(t);
    t.ok(admin, 'units.add', { fullName: '名称里有,逗号和"引号"的单位', category: 'countyDept' });
    const job = t.ok(admin, 'backup.exportAll', {});
    await t.core.whenBackupsIdle();
    const done = t.ok(admin, 'backup.overview', {}).jobs.find((j) => j.id === job.id)!;
    expect(done).toMatchObject({ kind: 'export', state: 'done' });
    const dir = join(folder, job.file);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { format: string; officeName: string; tables: { table: string; title: string; file: string; rows: number; columns: string[]; sha256: string }[] };
    expect(manifest).toMatchObject({ format: 'wenmi-export', officeName: ADMIN.officeName });
    const byTable = new Map(manifest.tables.map((x) => [x.table, x]));
    expect(byTable.get('incoming')).toMatchObject({ title: '收文登记', rows: 2000 });
    expect(byTable.get('audit_log')!.rows).toBe(count(t, 'audit_log'));
    expect(byTable.get('users')!.columns).not.toContain('password_hash');
    const units = readFileSync(join(dir, 'units.csv'), 'utf8');
    expect(units.startsWith('\ufeffid,full_name,')).toBe(true);
    expect(units).toContain('"名称里有,逗号和""引号""的单位"');
    expect(createHash('sha256').update(readFileSync(join(dir, 'units.csv'))).digest('hex')).toBe(byTable.get('units')!.sha256);
    expect(readFileSync(join(dir, 'incoming.csv'), 'utf8').trim().split('\r\n')).toHaveLength(2001);
  });

  it('refuses a backup from a newer version, keeps the last N, and needs a reachable folder', async () => {
    const t = open();
    const { admin, folder } = office(t, 2);
    const jobs = [];
    for (let i = 0; i < 3; i++) {
      jobs.push(await backUp(t, admin));
      t.clock.advanceMinutes(1);
    }
    expect(t.ok(admin, 'backup.list', {}).map((e) => e.file)).toEqual([jobs[2].file, jobs[1].file]);
    expect(jobs[2].message).toBe(`已备份并校验：${jobs[2].file}；按保留 2 份删除了 1 份旧备份`);
    const manifest = join(folder, jobs[2].file.replace('.db', '.json'));
    const m = JSON.parse(readFileSync(manifest, 'utf8')) as { migrations: number[] };
    writeFileSync(manifest, JSON.stringify({ ...m, migrations: [...m.migrations, 4_102_444_800_000] }));
    expect(t.ok(admin, 'backup.list', {})[0].problem).toBe('这份备份由更新版本的文秘台账创建，本程序不能恢复它；请先升级');
    expect(t.call(admin, 'backup.restore', { file: jobs[2].file, passphrase: '', confirm: true })).toMatchObject({
      error: { code: 'CONFLICT', message: '这份备份由更新版本的文秘台账创建，本程序不能恢复它；请先升级' },
    });
    // Two backups in the same second both stay.
    const first = await backUp(t, admin);
    const second = await backUp(t, admin);
    expect(second.file).toBe(first.file.replace('.db', '-2.db'));
    rmSync(folder, { recursive: true });
    expect(t.call(admin, 'backup.list', {})).toMatchObject({ error: { code: 'CONFLICT', message: `备份文件夹 ${folder} 不存在或无法写入（U盘或移动硬盘未插入？）` } });
    expect(t.call(admin, 'backup.now', {})).toMatchObject({ error: { code: 'CONFLICT', message: `备份文件夹 ${folder} 不存在或无法写入（U盘或移动硬盘未插入？）` } });
    expect(t.call(admin, 'backup.configure', { folder, keep: 2, daily: true })).toMatchObject({ error: { fields: { folder: `备份文件夹 ${folder} 不存在或无法写入（U盘或移动硬盘未插入？）` } } });
    expect(count(t, 'units')).toBe(1);
    void ADMIN;
  });
});
