import { accessSync, closeSync, constants, copyFileSync, existsSync, fdatasyncSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import type { BackupJob, BackupSettings } from '../../../shared/backup/api';
import { AuditChain } from '../audit/chain';
import { DATABASE_FILE } from '../db/connection';
import { uuidv7 } from '../ids';
import { decryptFile, encryptFile, sha256File } from './crypto';
import { exportDatabase } from './full-export';
import { backupBase, inspectDatabase, makeStandalone, knownMigrations, MANIFEST_FORMAT, readManifests, type Manifest } from './files';

export const DEFAULT_BACKUP: BackupSettings = { folder: '', keep: 10, daily: true, encrypted: false };

/** Pages copied per step of the online backup: other calls run between steps. */
const PAGES_PER_STEP = 2000;
const DAY_MS = 24 * 3_600_000;

interface Wiring {
  dataDir: string;
  migrationsDir: string;
  now: () => Date;
  sqlite: () => Database.Database;
  deviceId: () => string;
  /** Closes the database, runs `swap` on the files, opens the database again; returns the new connection. */
  reopen(swap: () => void): Database.Database;
  /** Pages per backup step (tests make it small to interleave writes with a small database). */
  pagesPerStep?: number;
}

const inspectOffice = (sqlite: Database.Database) =>
  JSON.parse((sqlite.prepare("SELECT value FROM settings WHERE key = 'officeName'").get() as { value: string } | undefined)?.value ?? '""') as string;

const meta = (sqlite: Database.Database, key: string) =>
  (sqlite.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined)?.value;
const putMeta = (sqlite: Database.Database, key: string, value: string | null) =>
  value === null
    ? sqlite.prepare('DELETE FROM meta WHERE key = ?').run(key)
    : sqlite.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);

/**
 * SQLite's online backup, a few thousand pages per turn of the event loop. The copy is
 * flushed to disk as it grows: otherwise the last step would flush gigabytes at once and
 * hold the program up for seconds.
 */
async function copyOnline(sqlite: Database.Database, file: string, pagesPerStep: number): Promise<void> {
  let fd: number | null = null;
  try {
    await sqlite.backup(file, {
      progress: () => {
        fd ??= openSync(file, 'r+');
        fdatasyncSync(fd);
        return pagesPerStep;
      },
    });
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/** Why a folder cannot take backups, or null. */
export function folderProblem(folder: string): string | null {
  try {
    if (!statSync(folder).isDirectory()) return `${folder} 不是文件夹`;
    accessSync(folder, constants.W_OK);
    return null;
  } catch {
    return `备份文件夹 ${folder} 不存在或无法写入（U盘或移动硬盘未插入？）`;
  }
}

/**
 * Backups and restores of this PC's database. Settings and the passphrase are this PC's
 * (the meta table, never synced). Jobs run asynchronously — SQLite's online backup copies
 * a few thousand pages at a time, so the program keeps working — and are kept in memory.
 */
export class BackupService {
  private readonly jobs: BackupJob[] = [];
  private running: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly w: Wiring) {}

  get busy(): boolean {
    return this.running !== null;
  }

  settings(): BackupSettings {
    const stored = meta(this.w.sqlite(), 'backup.settings');
    return stored ? { ...DEFAULT_BACKUP, ...(JSON.parse(stored) as Partial<BackupSettings>) } : DEFAULT_BACKUP;
  }

  configure(s: Omit<BackupSettings, 'encrypted'>, passphrase: string | null | undefined): void {
    const sqlite = this.w.sqlite();
    if (passphrase !== undefined) putMeta(sqlite, 'backup.passphrase', passphrase);
    const encrypted = meta(sqlite, 'backup.passphrase') !== undefined;
    putMeta(sqlite, 'backup.settings', JSON.stringify({ ...s, encrypted }));
  }

  list(): BackupJob[] {
    return [...this.jobs].reverse();
  }

  last(): BackupJob | null {
    const stored = meta(this.w.sqlite(), 'backup.last');
    return stored ? (JSON.parse(stored) as BackupJob) : null;
  }

  idle(): Promise<void> {
    return this.running ?? Promise.resolve();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Starts a job unless one is running; the returned job is updated as it goes. */
  private start(kind: BackupJob['kind'], file: string, work: (job: BackupJob) => Promise<string>): BackupJob {
    if (this.running) throw new Error('busy');
    const job: BackupJob = { id: uuidv7(), kind, state: 'running', startedAt: this.w.now().toISOString(), finishedAt: null, file, message: '', counts: null };
    this.jobs.push(job);
    this.running = work(job)
      .then((message) => Object.assign(job, { state: 'done', message }))
      .catch((error: Error) => Object.assign(job, { state: 'failed', message: error.message }))
      .then(() => {
        job.finishedAt = this.w.now().toISOString();
        if (kind === 'backup' && this.w.sqlite().open) putMeta(this.w.sqlite(), 'backup.last', JSON.stringify(job));
        this.running = null;
      });
    return job;
  }

  backup(): BackupJob {
    const settings = this.settings();
    if (!settings.folder) throw new Error('请先在“设置 — 备份”中选择备份文件夹');
    const problem = folderProblem(settings.folder);
    if (problem) throw new Error(problem);
    let base = backupBase(this.w.now(), this.w.deviceId());
    // Two backups in one second: the second gets a suffix instead of replacing the first.
    for (let n = 2; existsSync(join(settings.folder, `${base}.json`)); n++) base = `${backupBase(this.w.now(), this.w.deviceId())}-${n}`;
    const file = `${base}.db${settings.encrypted ? '.enc' : ''}`;
    return this.start('backup', file, (job) => this.runBackup(job, settings, base, file));
  }

  private async runBackup(job: BackupJob, settings: BackupSettings, base: string, file: string): Promise<string> {
    const sqlite = this.w.sqlite();
    const plain = join(settings.folder, `${base}.db.partial`);
    const target = join(settings.folder, file);
    try {
      await copyOnline(sqlite, plain, this.w.pagesPerStep ?? PAGES_PER_STEP);
      makeStandalone(plain);
      // The check reads the copy in a worker while this thread hashes it: two cores, one pass each.
      const [seen, plainSha] = await Promise.all([inspectDatabase(plain, 'quick_check'), sha256File(plain)]);
      if (seen.integrity !== 'ok') throw new Error(`备份校验失败：${seen.integrity}`);
      job.counts = seen.counts;
      let sha256 = plainSha;
      if (settings.encrypted) {
        const passphrase = meta(sqlite, 'backup.passphrase')!;
        const partial = `${target}.partial`;
        await encryptFile(plain, partial, passphrase);
        // Read back through the cipher: the encrypted file must give the very bytes that were checked.
        if ((await decryptFile(partial, null, passphrase)) !== plainSha) throw new Error('加密后的备份校验失败');
        sha256 = await sha256File(partial);
        rmSync(plain);
        renameSync(partial, target);
      } else {
        renameSync(plain, target);
      }
      const manifest: Manifest = {
        format: MANIFEST_FORMAT,
        version: 1,
        file,
        createdAt: job.startedAt,
        deviceId: this.w.deviceId(),
        officeName: seen.officeName,
        bytes: statSync(target).size,
        sha256,
        encrypted: settings.encrypted,
        counts: seen.counts,
        migrations: seen.migrations,
      };
      writeFileSync(join(settings.folder, `${base}.json`), `${JSON.stringify(manifest, null, 2)}\n`);
      const pruned = this.prune(settings);
      return `已备份并校验：${file}${pruned ? `；按保留 ${settings.keep} 份删除了 ${pruned} 份旧备份` : ''}`;
    } finally {
      rmSync(plain, { force: true });
      rmSync(`${target}.partial`, { force: true });
    }
  }

  /** 全库导出 into the backup folder, in a folder of its own named like a backup. */
  exportAll(): BackupJob {
    const settings = this.settings();
    if (!settings.folder) throw new Error('请先在“设置 — 备份”中选择备份文件夹');
    const problem = folderProblem(settings.folder);
    if (problem) throw new Error(problem);
    const name = backupBase(this.w.now(), this.w.deviceId()).replace('wenmi-backup-', 'wenmi-export-');
    return this.start('export', name, async (job) => {
      const sqlite = this.w.sqlite();
      const officeName = inspectOffice(sqlite);
      const tables = await exportDatabase(sqlite, join(settings.folder, name), { createdAt: job.startedAt, deviceId: this.w.deviceId(), officeName });
      job.counts = Object.fromEntries(tables.map((t) => [t.table, t.rows]));
      return `已导出 ${tables.length} 张表（CSV 文件和说明文件 manifest.json）到 ${join(settings.folder, name)}`;
    });
  }

  /** Keeps the newest `keep` backups of this PC; other PCs' backups in the folder are theirs. */
  private prune(settings: BackupSettings): number {
    const mine = readManifests(settings.folder).filter((m) => m.deviceId === this.w.deviceId());
    for (const old of mine.slice(settings.keep)) {
      rmSync(join(settings.folder, old.file), { force: true });
      rmSync(join(settings.folder, old.file.replace(/\.db(\.enc)?$/, '.json')), { force: true });
    }
    return Math.max(0, mine.length - settings.keep);
  }

  /** What a backup holds and whether it can be restored here. */
  entries(): (Manifest & { problem: string | null })[] {
    const { folder } = this.settings();
    if (!folder) return [];
    // A folder that is away (the USB stick not plugged in) is not a folder without backups.
    const away = folderProblem(folder);
    if (away) throw new Error(away);
    const known = knownMigrations(this.w.migrationsDir);
    return readManifests(folder).map((m) => ({
      ...m,
      problem: m.migrations.some((x) => !known.has(x))
        ? '这份备份由更新版本的文秘台账创建，本程序不能恢复它；请先升级'
        : existsSync(join(folder, m.file))
          ? null
          : '备份文件不见了（只剩说明文件）',
    }));
  }

  restore(file: string, passphrase: string, by: { userId: string; userName: string }): BackupJob {
    const entry = this.entries().find((m) => m.file === file);
    if (!entry) throw new Error(`备份文件夹中没有 ${file}`);
    if (entry.problem) throw new Error(entry.problem);
    if (entry.encrypted && !passphrase) throw new Error('这份备份已加密，请输入备份密码');
    return this.start('restore', file, (job) => this.runRestore(job, entry, passphrase, by));
  }

  private async runRestore(job: BackupJob, entry: Manifest, passphrase: string, by: { userId: string; userName: string }): Promise<string> {
    const source = join(this.settings().folder, entry.file);
    if ((await sha256File(source)) !== entry.sha256) throw new Error('备份文件已损坏（与备份时的校验值不符），不能恢复');
    const stamp = backupBase(this.w.now(), this.w.deviceId()).replace('wenmi-backup-', '');
    const staged = join(this.w.dataDir, `restore-${stamp}.db`);
    try {
      if (entry.encrypted) {
        await decryptFile(source, staged, passphrase).catch(() => {
          throw new Error('备份密码不正确，或备份文件已损坏');
        });
      } else copyFileSync(source, staged);
      const seen = await inspectDatabase(staged, 'integrity_check');
      if (seen.integrity !== 'ok') throw new Error(`备份文件已损坏：${seen.integrity}`);
      job.counts = seen.counts;
      const aside = join(this.w.dataDir, `before-restore-${stamp}`);
      // This PC's backup settings stay as they are now, not as they were in the backup.
      const kept = ['backup.settings', 'backup.passphrase', 'backup.last'].map((k) => [k, meta(this.w.sqlite(), k) ?? null] as const);
      const sqlite = this.w.reopen(() => {
        // The current database is kept aside, whole, before the backup takes its place.
        mkdirSync(aside, { recursive: true });
        for (const suffix of ['', '-wal', '-shm']) {
          const f = join(this.w.dataDir, `${DATABASE_FILE}${suffix}`);
          if (existsSync(f)) renameSync(f, join(aside, `${DATABASE_FILE}${suffix}`));
        }
        renameSync(staged, join(this.w.dataDir, DATABASE_FILE));
      });
      for (const [k, v] of kept) putMeta(sqlite, k, v);
      new AuditChain(sqlite, this.w.deviceId()).append({
        at: this.w.now().toISOString(),
        userId: by.userId,
        userName: by.userName,
        method: 'backup.restore',
        title: '恢复备份',
        detail: `恢复备份 ${entry.file}（${entry.createdAt}，电脑 ${entry.deviceId.slice(0, 8)}）；恢复前的数据库已保存在 ${aside}`,
      });
      return `已恢复 ${entry.file}；恢复前的数据保存在 ${aside}`;
    } finally {
      rmSync(staged, { force: true });
    }
  }

  /** Starts the daily backup check: a backup when the last successful one is a day old. */
  startDaily(everyMs: number): () => void {
    const tick = () => {
      const s = this.settings();
      if (!s.daily || !s.folder || this.running) return;
      const last = this.last();
      if (last?.state === 'done' && this.w.now().getTime() - Date.parse(last.startedAt) < DAY_MS) return;
      try {
        this.backup();
      } catch (error) {
        putMeta(this.w.sqlite(), 'backup.last', JSON.stringify({ ...(last ?? {}), state: 'failed', message: (error as Error).message, startedAt: this.w.now().toISOString() }));
      }
    };
    this.timer = setInterval(tick, everyMs);
    this.timer.unref();
    return () => this.stop();
  }
}

const services = new WeakMap<Database.Database, BackupService>();
export const attachBackups = (sqlite: Database.Database, service: BackupService) => services.set(sqlite, service);
export const backupsOf = (sqlite: Database.Database) => services.get(sqlite)!;
