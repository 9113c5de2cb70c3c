import { z } from 'zod';
import { method, type MethodSpec } from '../api/define';
import { flag, intField, noInput, requiredText } from '../api/fields';

export interface BackupSettings {
  /** A second disk or removable media; '' until the administrator chooses one. */
  folder: string;
  /** Backups of this PC kept in the folder; older ones are removed after a new one is verified. */
  keep: number;
  /** One automatic backup a day while the program runs. */
  daily: boolean;
  /** Backups are encrypted (AES-256-GCM, key from the passphrase by scrypt). */
  encrypted: boolean;
}

/** Rows per register in a backup, as counted when it was verified. */
export type RegisterCounts = Record<string, number>;

export interface BackupJob {
  id: string;
  /** export: the whole database as CSV files and a manifest (全库导出). */
  kind: 'backup' | 'restore' | 'export';
  state: 'running' | 'done' | 'failed';
  startedAt: string;
  finishedAt: string | null;
  /** The backup file's name. */
  file: string;
  /** What happened, in Chinese: the failure, or what was verified. */
  message: string;
  counts: RegisterCounts | null;
}

export interface BackupEntry {
  file: string;
  createdAt: string;
  deviceId: string;
  officeName: string;
  bytes: number;
  encrypted: boolean;
  counts: RegisterCounts;
  /** Why it cannot be restored here (written by a newer version, damaged …), or null. */
  problem: string | null;
}

export interface BackupOverview {
  settings: BackupSettings;
  last: BackupJob | null;
  jobs: BackupJob[];
}

/** The registers a backup's manifest counts, with the names people know them by. */
export const COUNTED_TABLES: Record<string, string> = {
  incoming: '收文',
  outgoing: '发文',
  seal_entries: '用印',
  classified_docs: '密件',
  destruction_batches: '销毁批次',
  units: '单位',
  people: '人员',
  users: '用户',
  audit_log: '审计记录',
};

const passphrase = z.string({ error: '备份密码应为文字' }).min(8, '备份密码至少 8 个字符').max(200, '备份密码不能超过 200 个字符');

export const backupApi = {
  'backup.overview': method<BackupOverview>()({ input: noInput, access: ['admin'], title: '查看备份设置' }),
  'backup.configure': method<BackupOverview>()({
    input: z.object({
      folder: requiredText('备份文件夹', 500),
      keep: intField('保留份数', 1, 365),
      daily: flag('每日自动备份'),
      /** Encrypt with this passphrase; null turns encryption off; omitted keeps the current one. */
      passphrase: passphrase.nullable().optional(),
    }),
    access: ['admin'],
    title: '修改备份设置',
  }),
  /** 立即备份: starts the online backup; the app keeps working meanwhile (see backup.overview for the result). */
  'backup.now': method<BackupJob>()({ input: noInput, access: ['admin'], title: '立即备份' }),
  /** 全库导出: every table as a CSV file with a manifest, into the backup folder — readable without Wenmi. */
  'backup.exportAll': method<BackupJob>()({ input: noInput, access: ['admin'], title: '全库导出' }),
  'backup.list': method<BackupEntry[]>()({ input: noInput, access: ['admin'], title: '查看备份文件' }),
  /** Restores a backup of the configured folder; the current database is kept aside first. */
  'backup.restore': method<BackupJob>()({
    // The passphrase as typed (not trimmed): it was stored as typed.
    input: z.object({ file: requiredText('备份文件', 200), passphrase: z.string({ error: '备份密码应为文字' }).max(200, '备份密码不能超过 200 个字符').default(''), confirm: z.literal(true, { error: '请确认恢复：当前数据将被备份中的数据取代' }) }),
    access: ['admin'],
    title: '恢复备份',
  }),
} satisfies Record<string, MethodSpec>;
