import { COUNTED_TABLES, type BackupJob, type RegisterCounts } from '../../shared/backup/api';

const UNITS = ['KB', 'MB', 'GB', 'TB'];

/** 512 字节, 48 KB, 3.4 MB, 1.25 GB: enough to judge whether it fits on the USB stick. */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} 字节`;
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 ? 0 : unit === 1 ? 1 : 2;
  return `${value.toFixed(digits)} ${UNITS[unit]}`;
}

export interface CountLine {
  table: string;
  label: string;
  count: number;
}

/** The counted registers in the order people know them (收文 first); a table the backup lacks is left out, not shown as 0. */
export function countLines(counts: RegisterCounts): CountLine[] {
  return Object.entries(COUNTED_TABLES)
    .filter(([table]) => table in counts)
    .map(([table, label]) => ({ table, label, count: counts[table] }));
}

/** 收文 3，发文 0，用印 1 … for one line of the backup list. */
export function countsText(counts: RegisterCounts): string {
  return countLines(counts)
    .map((l) => `${l.label} ${l.count}`)
    .join('，');
}

const KIND_LABELS: Record<BackupJob['kind'], string> = { backup: '备份', restore: '恢复', export: '全库导出' };

/** 正在备份 wenmi-backup-….db…: what a running job is doing, since its message is only written at the end. */
export function runningText(job: Pick<BackupJob, 'kind' | 'file'>): string {
  return `正在${KIND_LABELS[job.kind]} ${job.file}……`;
}

/** The newest job of a kind, running or finished; jobs come newest first. */
export function latestJob(jobs: readonly BackupJob[], kind: BackupJob['kind']): BackupJob | null {
  return jobs.find((j) => j.kind === kind) ?? null;
}
