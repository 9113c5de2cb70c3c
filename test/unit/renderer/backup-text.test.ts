import { describe, expect, it } from 'vitest';
import type { BackupJob } from '../../../shared/backup/api';
import { countLines, countsText, fileSize, latestJob, runningText } from '../../../renderer/backup/backup-text';

describe('fileSize', () => {
  it('counts small files in bytes', () => {
    expect(fileSize(0)).toBe('0 字节');
    expect(fileSize(1023)).toBe('1023 字节');
  });

  it('uses KB without decimals, MB with one and GB with two', () => {
    expect(fileSize(1024)).toBe('1 KB');
    expect(fileSize(48 * 1024 + 300)).toBe('48 KB');
    expect(fileSize(3.45 * 1024 * 1024)).toBe('3.5 MB');
    expect(fileSize(1.25 * 1024 ** 3)).toBe('1.25 GB');
  });

  it('switches to MB at 1024 KB', () => {
    expect(fileSize(1024 * 1024)).toBe('1.0 MB');
  });
});

describe('countLines and countsText', () => {
  const counts = { users: 2, incoming: 12, audit_log: 140, outgoing: 0, units: 5 };

  it('lists the registers in the order people know them, with their Chinese names', () => {
    expect(countLines(counts)).toEqual([
      { table: 'incoming', label: '收文', count: 12 },
      { table: 'outgoing', label: '发文', count: 0 },
      { table: 'units', label: '单位', count: 5 },
      { table: 'users', label: '用户', count: 2 },
      { table: 'audit_log', label: '审计记录', count: 140 },
    ]);
    expect(countsText(counts)).toBe('收文 12，发文 0，单位 5，用户 2，审计记录 140');
  });

  it('leaves out what the backup did not count and tables it does not know', () => {
    expect(countsText({ incoming: 3, sync_applied: 9 })).toBe('收文 3');
    expect(countsText({})).toBe('');
  });
});

describe('jobs', () => {
  const job = (kind: BackupJob['kind'], id: string, state: BackupJob['state'] = 'done'): BackupJob => ({
    id,
    kind,
    state,
    startedAt: '2026-10-08T02:35:12.000Z',
    finishedAt: null,
    file: `${kind}-${id}`,
    message: '',
    counts: null,
  });

  it('says what a running job is doing', () => {
    expect(runningText(job('backup', '1', 'running'))).toBe('正在备份 backup-1……');
    expect(runningText(job('export', '2', 'running'))).toBe('正在全库导出 export-2……');
    expect(runningText(job('restore', '3', 'running'))).toBe('正在恢复 restore-3……');
  });

  it('finds the newest job of a kind (the overview lists the newest first)', () => {
    const jobs = [job('export', '3'), job('backup', '2'), job('backup', '1')];
    expect(latestJob(jobs, 'backup')?.id).toBe('2');
    expect(latestJob(jobs, 'restore')).toBeNull();
  });
});
