// Several simulated PCs in one process, each with its own SQLite file, over one shared
// folder seen through a fault-injecting view per PC.
import { join } from 'node:path';
import type { SyncReport } from '../../../shared/sync/api';
import { nodeFs, type SyncFs } from '../../../electron/core/sync/folder';
import { ADMIN, setUpOffice, signIn, tempDir, type TestCore } from '../../helpers/core';
import type { SessionRef } from '../../../electron/core';

export const KEY = 'fenghuang-sync-key-2026';

const errno = (code: string, path: string) => Object.assign(new Error(`${code}: ${path}`), { code });

/** A PC's view of the shared folder: unplugged, denied, slow, or missing some files (not arrived yet). */
export class FolderView implements SyncFs {
  unplugged = false;
  denied = false;
  slowMs = 0;
  /** Files of other devices this PC cannot see yet (a lagging share, a USB stick copied earlier). */
  hidden: (path: string) => boolean = () => false;
  reads = 0;

  private gate(path: string): void {
    if (this.unplugged) throw errno('ENOENT', path);
    if (this.denied) throw errno('EACCES', path);
    if (this.slowMs) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, this.slowMs);
  }

  list(dir: string): string[] {
    this.gate(dir);
    return nodeFs.list(dir).filter((n) => !this.hidden(join(dir, n)));
  }
  read(file: string): Buffer {
    this.gate(file);
    this.reads += 1;
    return nodeFs.read(file);
  }
  mtime(file: string): number {
    this.gate(file);
    return nodeFs.mtime(file);
  }
  isDirectory(path: string): boolean {
    return !this.unplugged && nodeFs.isDirectory(path);
  }
  mkdir(dir: string): void {
    this.gate(dir);
    nodeFs.mkdir(dir);
  }
  publish(file: string, bytes: Buffer): number {
    this.gate(file);
    return nodeFs.publish(file, bytes);
  }
}

export interface Pc {
  t: TestCore;
  view: FolderView;
  admin: SessionRef;
  sync(): SyncReport;
}

/** The first PC: sets up the office and creates the set in `folder`. */
export function firstPc(open: (dir?: string, extra?: object) => TestCore, folder: string): Pc {
  const view = new FolderView();
  const t = open(undefined, { syncFs: view });
  const admin = setUpOffice(t);
  t.ok(admin, 'sync.create', { folder, key: KEY });
  return { t, view, admin, sync: () => t.core.sync() };
}

/** Another PC joining at its first run; the office and its administrator arrive from the folder. */
export function joiningPc(open: (dir?: string, extra?: object) => TestCore, folder: string, dataDir = tempDir()): Pc {
  const view = new FolderView();
  const t = open(dataDir, { syncFs: view });
  t.ok(t.session(), 'sync.joinAtSetup', { folder, key: KEY });
  const admin = signIn(t, ADMIN.username, ADMIN.password);
  return { t, view, admin, sync: () => t.core.sync() };
}

/** The registers as a person sees them: every synced row of the data tables, in a stable order. */
export function registers(t: TestCore): Record<string, unknown[]> {
  const sqlite = t.core.connection.sqlite;
  const out: Record<string, unknown[]> = {};
  for (const table of ['units', 'people', 'incoming', 'outgoing', 'seal_entries', 'settings', 'users']) {
    out[table] = sqlite.prepare(`SELECT * FROM ${table} ORDER BY 1`).all();
  }
  return out;
}

export const auditUnion = (t: TestCore) =>
  t.core.connection.sqlite.prepare('SELECT device_id, seq, hash FROM audit_log ORDER BY device_id, seq').all() as { device_id: string; seq: number; hash: string }[];

export const syncFolder = () => tempDir('wenmi-sync-');
