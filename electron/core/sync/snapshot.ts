import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { getTableName } from 'drizzle-orm';
import { SYNCED_TABLES, type SyncedTable, type WritePath } from '../db/write-path';
import { prepared } from '../db/statements';
import type { ChangeApplier } from './apply';
import { deviceDir, devicesDir, type SyncFs } from './folder';
import { decodeFile, encodeFile, FILE_ENTRIES, FILE_FORMAT, FILE_VERSION, manifestName, manifestSeqOf, partName, snapshotDir, type ChangeEntry, type Entry, type FileHeader } from './format';
import { readPublished, type SyncSettings } from './state';

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/**
 * A row as changes that give the same result under last-writer-wins per field: the whole
 * row at the clock of its oldest still-standing field, then each newer clock with the fields
 * it set. A change arriving later finds each field's true clock, as if every file had been read.
 */
function rowEntries(sqlite: Database.Database, writer: WritePath, table: SyncedTable, rowId: string): ChangeEntry[] {
  const priors = prepared(sqlite, 'SELECT hlc, fields FROM change_log WHERE table_name = ? AND row_id = ? ORDER BY hlc').all(table, rowId) as { hlc: string; fields: string }[];
  if (priors.length === 0) return [];
  const clockOf = new Map<string, string>();
  for (const p of priors) for (const f of Object.keys(JSON.parse(p.fields) as object)) clockOf.set(f, p.hlc);
  const row = writer.get(table, rowId) as Record<string, unknown>;
  const byClock = new Map<string, Record<string, unknown>>();
  for (const [f, hlc] of clockOf) byClock.set(hlc, { ...byClock.get(hlc), [f]: row[f] });
  const clocks = [...byClock.keys()].sort();
  const first: ChangeEntry = { t: 'c', hlc: clocks[0], table, row: rowId, op: 'insert', fields: row };
  return [first, ...clocks.slice(1).map((hlc): ChangeEntry => ({ t: 'c', hlc, table, row: rowId, op: 'update', fields: byClock.get(hlc)! }))];
}

/**
 * Compaction: this PC's registers and audit union as a snapshot in its own directory, so a
 * PC joining later starts from it instead of replaying years of files. Parts first, the
 * manifest last: a snapshot without its manifest does not exist.
 */
export function writeSnapshot(sqlite: Database.Database, writer: WritePath, fs: SyncFs, s: SyncSettings, deviceId: string, now: Date): { seq: number; entries: number } {
  const dir = join(deviceDir(s.folder, s.setId, deviceId), snapshotDir);
  fs.mkdir(dir);
  const seq = Math.max(0, ...fs.list(dir).map(manifestSeqOf).filter((n): n is number => n !== null)) + 1;
  const covered: [string, number][] = (prepared(sqlite, 'SELECT device_id AS d, seq FROM sync_applied ORDER BY device_id, seq').all() as { d: string; seq: number }[]).map((r) => [r.d, r.seq]);
  const published = readPublished(sqlite);
  for (let n = 1; n <= published.seq; n++) covered.push([deviceId, n]);
  const entries: Entry[] = [];
  for (const [name, table] of Object.entries(SYNCED_TABLES) as [SyncedTable, (typeof SYNCED_TABLES)[SyncedTable]][]) {
    const ids = sqlite.prepare(`SELECT DISTINCT row_id AS id FROM change_log WHERE table_name = ? AND row_id IN (SELECT ${pkOf(sqlite, getTableName(table))} FROM "${getTableName(table)}")`).all(name) as { id: string }[];
    for (const { id } of ids) entries.push(...rowEntries(sqlite, writer, name, id));
  }
  for (const e of prepared(sqlite, 'SELECT * FROM audit_log ORDER BY device_id, seq').all() as Record<string, unknown>[]) entries.push({ t: 'a', e });
  const header = (part: number): FileHeader => ({ format: FILE_FORMAT, version: FILE_VERSION, setId: s.setId, deviceId, seq: part, writtenAt: now.toISOString(), seen: {} });
  const parts: string[] = [];
  for (let i = 0; i < entries.length; i += FILE_ENTRIES) {
    const bytes = encodeFile(header(parts.length + 1), entries.slice(i, i + FILE_ENTRIES), s.key);
    fs.publish(join(dir, partName(seq, parts.length + 1)), bytes);
    parts.push(sha(bytes));
  }
  fs.publish(join(dir, manifestName(seq)), encodeFile({ ...header(seq), snapshot: { parts, covered } }, [], s.key));
  return { seq, entries: entries.length };
}

const pkOf = (sqlite: Database.Database, table: string) =>
  `"${(sqlite.prepare(`PRAGMA table_info("${table}")`).all() as { name: string; pk: number }[]).find((c) => c.pk === 1)!.name}"`;

/** The newest whole snapshot in the folder (any PC's), checked against the key; null if none. */
function newestSnapshot(fs: SyncFs, s: SyncSettings): { dir: string; seq: number; manifest: NonNullable<FileHeader['snapshot']> } | null {
  let best: { dir: string; seq: number; writtenAt: string; manifest: NonNullable<FileHeader['snapshot']> } | null = null;
  for (const device of fs.list(devicesDir(s.folder, s.setId))) {
    const dir = join(deviceDir(s.folder, s.setId, device), snapshotDir);
    if (!fs.isDirectory(dir)) continue;
    for (const seq of fs.list(dir).map(manifestSeqOf).filter((n): n is number => n !== null)) {
      const decoded = decodeFile(fs.read(join(dir, manifestName(seq))), s.key);
      if (!decoded.ok || !decoded.header.snapshot || decoded.header.deviceId !== device) continue;
      if (!best || decoded.header.writtenAt > best.writtenAt) best = { dir, seq, writtenAt: decoded.header.writtenAt, manifest: decoded.header.snapshot };
    }
  }
  return best;
}

/**
 * A PC joining an office with history starts from the newest snapshot: its parts are applied
 * like any change file, and the files it stands for are marked read. Any damage and it is
 * not used at all (the files are still there to replay). Returns the entries applied.
 */
export function startFromSnapshot(sqlite: Database.Database, fs: SyncFs, s: SyncSettings, applier: ChangeApplier, at: string): number {
  const snap = newestSnapshot(fs, s);
  if (!snap) return 0;
  const parts: Entry[][] = [];
  for (const [i, expected] of snap.manifest.parts.entries()) {
    const bytes = fs.read(join(snap.dir, partName(snap.seq, i + 1)));
    const decoded = decodeFile(bytes, s.key);
    if (sha(bytes) !== expected || !decoded.ok) return 0;
    parts.push(decoded.entries);
  }
  return sqlite.transaction(() => {
    let n = 0;
    for (const entries of parts) {
      for (const e of entries) {
        if (e.t === 'a') applier.applyAudit(e);
        else if (applier.apply(e, {}) === 'applied') n += 1;
      }
    }
    const mark = prepared(sqlite, 'INSERT OR IGNORE INTO sync_applied (device_id, seq, applied_at, entries) VALUES (?, ?, ?, 0)');
    for (const [device, seq] of snap.manifest.covered) mark.run(device, seq, at);
    return n;
  })();
}
