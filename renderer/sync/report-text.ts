import type { SyncDevice, SyncReport } from '../../shared/sync/api';
import { shanghaiDateTime } from '../common/time';
import type { DeviceName } from './conflict-text';

/** ok: nothing to look at; warn: synced, but something needs a person; problem: the folder could not be used or sync broke off. */
export type SyncTone = 'ok' | 'warn' | 'problem';

export function reportTone(r: SyncReport | null): SyncTone {
  if (!r) return 'ok';
  if (!r.reachable || r.problem) return 'problem';
  return r.quarantined.length > 0 || r.conflicts > 0 || r.clockWarnings.length > 0 ? 'warn' : 'ok';
}

export function reportHeadline(r: SyncReport): string {
  return r.problem ? `同步未完成：${r.problem}` : '同步完成';
}

/**
 * What the sync did, one sentence per figure; zero figures are said too, so "nothing came" is
 * visible. Conflicts are left to the screen, which counts them as they stand now.
 */
export function reportFigures(r: SyncReport): string[] {
  if (!r.reachable) return [];
  const lines = [`发出 ${r.published} 条更改和审计记录`, `收到 ${r.filesApplied} 个文件，共 ${r.received} 条更改`];
  if (r.pending > 0) lines.push(`${r.pending} 条更改暂未应用：它所属的记录尚未收到，或需要升级本机程序；以后每次同步会再试`);
  return lines;
}

/** '10:35' today, '11-27 16:02' another day (the office's clock). */
export function syncTimeText(iso: string, now: Date): string {
  const at = shanghaiDateTime(iso);
  const today = shanghaiDateTime(now.toISOString()).slice(0, 10);
  return at.slice(0, 10) === today ? at.slice(11, 16) : at.slice(5, 16);
}

/** The short line of the top bar: when, and the one thing that most needs attention. */
export function topBarText(r: SyncReport | null, now: Date): string {
  if (!r) return '同步：尚未同步';
  const when = `同步 ${syncTimeText(r.at, now)}`;
  if (!r.reachable) return `${when} 未连接`;
  if (r.problem) return `${when} 中断`;
  if (r.quarantined.length > 0) return `${when} ${r.quarantined.length} 个文件有问题`;
  if (r.conflicts > 0) return `${when} ${r.conflicts} 条冲突`;
  if (r.clockWarnings.length > 0) return `${when} 时钟不准`;
  return `${when} 正常`;
}

/** The tail of a device id: the head of a time-ordered id is the same for PCs set up in the same minute. */
export const shortDeviceId = (deviceId: string) => deviceId.slice(-6);

/** A PC as people name it: its given name, else 电脑 plus a short id; this one marked 本机. */
export function deviceNamer(devices: readonly SyncDevice[]): DeviceName {
  const byId = new Map(devices.map((d) => [d.deviceId, d]));
  return (deviceId) => {
    const d = byId.get(deviceId);
    const name = d?.name || `电脑 ${shortDeviceId(deviceId)}`;
    return d?.isThis ? `${name}（本机）` : name;
  };
}
