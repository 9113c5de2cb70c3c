import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import type { SyncReport } from '../../../shared/sync/api';
import { prepared } from '../db/statements';
import type { WritePath } from '../db/write-path';
import { ChangeApplier } from './apply';
import type { HybridClock } from './clock';
import { decodeFile, encodeFile, fileName, FILE_ENTRIES, FILE_FORMAT, FILE_VERSION, seqOf, type Entry } from './format';
import { startFromSnapshot, writeSnapshot } from './snapshot';
import { deviceDir, devicesDir, type SyncFs } from './folder';
import { deviceLabel } from '../../../shared/sync/devices';
import { refuse } from '../api/errors';
import { readSettings as readOfficeSettings } from '../settings/store';
import { checkSet, createSet } from './set';
import { readPublished, readSeen, readSettings, writePublished, writeReport, writeSeen, writeSettings, type Published } from './state';

/** A clock this far from the folder's or another PC's is reported. */
const SKEW_WARN_MS = 5 * 60_000;

export interface Identity {
  deviceId(): string;
  /** This database is a copy of another device's: give it a new device id (and restart its audit chain). */
  takeNewDeviceId(): string;
}

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const minutes = (ms: number) => Math.round(Math.abs(ms) / 60_000);
const skewText = (who: string, ms: number) =>
  Math.abs(ms) >= 2 * 3_600_000 ? `${who}的时钟与同步文件夹相差约 ${(Math.abs(ms) / 3_600_000).toFixed(0)} 小时` : `${who}的时钟与同步文件夹相差约 ${minutes(ms)} 分钟`;

/**
 * One sync: check the folder is the set, make sure no other database speaks with our device
 * id, publish our new changes as immutable files in our own directory, then apply every file
 * of the other devices not applied yet — each file with its cursor in one transaction.
 */
export class SyncEngine {
  constructor(
    private readonly sqlite: Database.Database,
    private readonly writer: () => WritePath,
    private readonly clock: () => HybridClock,
    private readonly identity: Identity,
    private readonly fs: SyncFs,
    private readonly now: () => Date,
  ) {}

  /** 新建同步组 in an existing folder that holds none, then the first sync. */
  create(folder: string, key: string): SyncReport {
    this.assertNotJoined();
    const setId = createSet(this.fs, folder, key, this.now().toISOString());
    writeSettings(this.sqlite, { folder, setId, key });
    return this.sync();
  }

  /** 加入同步组: only a folder that holds the set, with the right key; then the first sync. */
  join(folder: string, key: string): SyncReport {
    const current = readSettings(this.sqlite);
    const set = checkSet(this.fs, folder, key, null);
    if ('kind' in set) throw refuse('CONFLICT', set.message);
    if (current && current.setId !== set.setId) throw refuse('CONFLICT', `本机已加入另一个同步组（${current.folder}），不能再加入这个。`);
    const settings = { folder, setId: set.setId, key, joined: true };
    writeSettings(this.sqlite, settings);
    // A PC new to the set starts from the newest snapshot instead of replaying every file.
    if (!current && !prepared(this.sqlite, 'SELECT 1 FROM sync_applied LIMIT 1').get()) {
      startFromSnapshot(this.sqlite, this.fs, settings, this.applier(), this.now().toISOString());
    }
    return this.sync();
  }

  /** 生成同步快照: publish what is new, then write the snapshot (compaction) into this PC's directory. */
  snapshot(): { seq: number; entries: number } {
    const report = this.sync();
    if (!report.reachable || report.problem) throw refuse('CONFLICT', report.problem ?? '同步文件夹不可用');
    const settings = readSettings(this.sqlite)!;
    const taken = writeSnapshot(this.sqlite, this.writer(), this.fs, settings, this.identity.deviceId(), this.now());
    prepared(this.sqlite, "INSERT INTO meta (key, value) VALUES ('sync.snapshot_at', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(this.now().toISOString());
    return taken;
  }

  private applier(): ChangeApplier {
    return new ChangeApplier(this.sqlite, this.writer(), this.clock(), () => this.now().toISOString());
  }

  private assertNotJoined(): void {
    const current = readSettings(this.sqlite);
    if (current) throw refuse('CONFLICT', `本机已加入同步组（${current.folder}），不能再新建。`);
  }

  sync(): SyncReport {
    const report: SyncReport = {
      at: this.now().toISOString(),
      reachable: false,
      problem: null,
      published: 0,
      filesApplied: 0,
      received: 0,
      quarantined: [],
      pending: 0,
      conflicts: 0,
      clockWarnings: [],
      newDeviceId: null,
    };
    const settings = readSettings(this.sqlite);
    // Not in a set: nothing to report or store (the automatic sync ticks regardless).
    if (!settings) return { ...report, problem: '本机尚未加入同步组' };
    const set = checkSet(this.fs, settings.folder, settings.key, settings.setId);
    if ('kind' in set) return this.finish({ ...report, problem: set.message });
    report.reachable = true;
    try {
      if (this.someoneElseSpeaksForUs(settings.folder, settings.setId, settings.key)) {
        const former = this.identity.deviceId();
        report.newDeviceId = this.identity.takeNewDeviceId();
        this.reissue(former, report.newDeviceId);
        // A new directory and a new audit chain.
        writePublished(this.sqlite, { ...readPublished(this.sqlite), seq: 0, sha256: '', auditSeq: 0 });
      }
      report.published = this.publish(settings.folder, settings.setId, settings.key, report);
      this.receive(settings.folder, settings.setId, settings.key, report);
      this.markPublishedUpTo();
    } catch (error) {
      report.problem = `同步中断：${(error as NodeJS.ErrnoException).code ?? (error as Error).message}；已完成的部分已保存，下次同步会继续。`;
    }
    return this.finish(report);
  }

  private finish(report: SyncReport): SyncReport {
    report.pending = (prepared(this.sqlite, 'SELECT count(*) AS n FROM sync_pending').get() as { n: number }).n;
    report.conflicts = (prepared(this.sqlite, 'SELECT count(*) AS n FROM sync_conflicts WHERE resolved_at IS NULL').get() as { n: number }).n;
    report.quarantined = prepared(this.sqlite, 'SELECT device_id AS deviceId, seq, reason FROM sync_quarantine ORDER BY device_id, seq').all() as SyncReport['quarantined'];
    writeReport(this.sqlite, report);
    return report;
  }

  /**
   * A cloned disk or a restored backup: our directory holds a file we did not write (beyond
   * our last, or our last with other contents). The copy takes a new id; the original keeps its.
   */
  private someoneElseSpeaksForUs(folder: string, setId: string, key: string): boolean {
    const mine = this.deviceFiles(folder, setId, this.identity.deviceId());
    const last = mine.at(-1);
    if (last === undefined) return false;
    const published = readPublished(this.sqlite);
    if (last > published.seq) return true;
    if (last < published.seq) return false;
    const bytes = this.fs.read(join(deviceDir(folder, setId, this.identity.deviceId()), fileName(last)));
    if (sha(bytes) === published.sha256) return false;
    // Another database wrote a whole, signed file under our id; a damaged file of ours is no proof of that.
    return decodeFile(bytes, key).ok;
  }

  /**
   * What this copy changed under its former id since its last file: the original may have
   * made changes with the very same clock values (both copies started from one clock), so
   * they go out again under the new id with new clock values, in their order.
   */
  private reissue(former: string, deviceId: string): void {
    const since = readPublished(this.sqlite).hlc;
    const mine = prepared(this.sqlite, 'SELECT table_name AS t, row_id AS r, op, fields FROM change_log WHERE hlc > ? AND device_id = ? ORDER BY hlc').all(since, former) as {
      t: string;
      r: string;
      op: string;
      fields: string;
    }[];
    const insert = prepared(this.sqlite, 'INSERT INTO change_log (hlc, device_id, table_name, row_id, op, fields) VALUES (?, ?, ?, ?, ?, ?)');
    for (const c of mine) insert.run(this.clock().tick(), deviceId, c.t, c.r, c.op, c.fields);
  }

  /**
   * Everything in the change log now is published or another device's, and every change this
   * PC makes later sorts after it (the clock has seen it all): the next publish starts here,
   * so it never walks the history again — even on a PC that has made no change of its own.
   */
  private markPublishedUpTo(): void {
    const published = readPublished(this.sqlite);
    const newest = (prepared(this.sqlite, 'SELECT max(hlc) AS hlc FROM change_log').get() as { hlc: string | null }).hlc ?? '';
    if (newest > published.hlc) writePublished(this.sqlite, { ...published, hlc: newest });
  }

  private deviceFiles(folder: string, setId: string, deviceId: string): number[] {
    const dir = deviceDir(folder, setId, deviceId);
    if (!this.fs.isDirectory(dir)) return [];
    return this.fs
      .list(dir)
      .map(seqOf)
      .filter((n): n is number => n !== null)
      .sort((a, b) => a - b);
  }

  /** Our changes and audit entries since the last file, in files of FILE_ENTRIES; returns how many entries. */
  private publish(folder: string, setId: string, key: string, report: SyncReport): number {
    const deviceId = this.identity.deviceId();
    let published = readPublished(this.sqlite);
    const changes = prepared(this.sqlite, 'SELECT hlc, table_name AS "table", row_id AS row, op, fields FROM change_log WHERE hlc > ? AND device_id = ? ORDER BY hlc').all(
      published.hlc,
      deviceId,
    ) as { hlc: string; table: string; row: string; op: 'insert' | 'update'; fields: string }[];
    const audits = prepared(this.sqlite, 'SELECT * FROM audit_log WHERE device_id = ? AND seq > ? ORDER BY seq').all(deviceId, published.auditSeq) as Record<string, unknown>[];
    const entries: Entry[] = [
      ...changes.map((c) => ({ t: 'c' as const, hlc: c.hlc, table: c.table, row: c.row, op: c.op, fields: JSON.parse(c.fields) as Record<string, unknown> })),
      ...audits.map((e) => ({ t: 'a' as const, e })),
    ];
    if (entries.length === 0) return 0;
    const dir = deviceDir(folder, setId, deviceId);
    this.fs.mkdir(dir);
    const seen = readSeen(this.sqlite);
    for (let i = 0; i < entries.length; i += FILE_ENTRIES) {
      const chunk = entries.slice(i, i + FILE_ENTRIES);
      const seq = published.seq + 1;
      const writtenAt = this.now();
      const bytes = encodeFile({ format: FILE_FORMAT, version: FILE_VERSION, setId, deviceId, seq, writtenAt: writtenAt.toISOString(), seen }, chunk, key);
      const folderMs = this.fs.publish(join(dir, fileName(seq)), bytes);
      const skew = writtenAt.getTime() - folderMs;
      if (Math.abs(skew) > SKEW_WARN_MS && report.clockWarnings.length === 0) report.clockWarnings.push(skewText('本机', skew));
      const lastChange = chunk.filter((e) => e.t === 'c').at(-1);
      const lastAudit = chunk.filter((e) => e.t === 'a').at(-1);
      published = {
        seq,
        sha256: sha(bytes),
        hlc: lastChange?.t === 'c' ? lastChange.hlc : published.hlc,
        auditSeq: lastAudit?.t === 'a' ? Number(lastAudit.e.seq) : published.auditSeq,
      } satisfies Published;
      writePublished(this.sqlite, published);
    }
    return entries.length;
  }

  /** Every file of the other devices not applied yet; a bad one is quarantined and the rest still sync. */
  private receive(folder: string, setId: string, key: string, report: SyncReport): void {
    const me = this.identity.deviceId();
    const devices = this.fs.list(devicesDir(folder, setId)).filter((d) => d !== me);
    const applier = this.applier();
    const seen = readSeen(this.sqlite);
    for (const device of devices) {
      const applied = new Set((prepared(this.sqlite, 'SELECT seq FROM sync_applied WHERE device_id = ?').all(device) as { seq: number }[]).map((r) => r.seq));
      for (const seq of this.deviceFiles(folder, setId, device)) {
        if (applied.has(seq)) continue;
        const decoded = decodeFile(this.fs.read(join(deviceDir(folder, setId, device), fileName(seq))), key);
        if (!decoded.ok || decoded.header.deviceId !== device || decoded.header.seq !== seq || decoded.header.setId !== setId) {
          this.quarantine(device, seq, decoded.ok ? '文件头与所在位置不符（设备或序号被改动）' : decoded.reason);
          continue;
        }
        if (decoded.header.version > FILE_VERSION) {
          this.quarantine(device, seq, '由更新版本的文秘台账写入，请升级本机程序后再同步');
          continue;
        }
        // The file and its cursor, together: a crash leaves either both or neither.
        let received: number;
        try {
          received = this.applyFile(applier, device, seq, decoded.entries, decoded.header.seen, seen, report.at);
        } catch (error) {
          applier.forget();
          this.quarantine(device, seq, `无法应用：${(error as Error).message}`);
          continue;
        }
        report.filesApplied += 1;
        report.received += received;
        this.checkSkew(device, decoded.header.writtenAt, this.fs.mtime(join(deviceDir(folder, setId, device), fileName(seq))), report);
      }
    }
    this.sqlite.transaction(() => applier.retryPending())();
  }

  private applyFile(applier: ChangeApplier, device: string, seq: number, entries: Entry[], theirSeen: Record<string, string>, seen: Record<string, string>, at: string): number {
    return this.sqlite.transaction(() => {
      let n = 0;
      let newest = seen[device] ?? '';
      for (const entry of entries) {
        if (entry.t === 'a') applier.applyAudit(entry);
        else {
          applier.apply(entry, theirSeen);
          if (entry.hlc > newest) newest = entry.hlc;
          n += 1;
        }
      }
      prepared(this.sqlite, 'INSERT INTO sync_applied (device_id, seq, applied_at, entries) VALUES (?, ?, ?, ?)').run(device, seq, at, entries.length);
      prepared(this.sqlite, 'DELETE FROM sync_quarantine WHERE device_id = ? AND seq = ?').run(device, seq);
      writeSeen(this.sqlite, { ...seen, [device]: newest });
      seen[device] = newest;
      return n;
    })();
  }

  private quarantine(deviceId: string, seq: number, reason: string): void {
    const at = this.now().toISOString();
    prepared(
      this.sqlite,
      `INSERT INTO sync_quarantine (device_id, seq, reason, first_seen, last_seen) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (device_id, seq) DO UPDATE SET reason = excluded.reason, last_seen = excluded.last_seen`,
    ).run(deviceId, seq, reason, at, at);
  }

  /** Another PC's clock against the folder's: when it says it wrote the file, and when the folder says. */
  private checkSkew(device: string, writtenAt: string, folderMs: number, report: SyncReport): void {
    const skew = Date.parse(writtenAt) - folderMs;
    if (Math.abs(skew) <= SKEW_WARN_MS) return;
    const text = skewText(`${deviceLabel(device, readOfficeSettings(this.sqlite).deviceNames)} `, skew);
    if (!report.clockWarnings.includes(text)) report.clockWarnings.push(text);
  }
}
