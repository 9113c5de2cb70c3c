import type Database from 'better-sqlite3';
import { prepared } from '../db/statements';

/** This device's sync settings and progress, in the never-synced meta table. */
export interface SyncSettings {
  folder: string;
  setId: string;
  /** The office's sync key: typed on every PC, kept here, never written to the folder. */
  key: string;
  /** Joined an existing set (not its first PC): the office's 编号序列 come from the folder. */
  joined?: boolean;
}

export interface Published {
  /** The last file of ours in the folder, and what it held up to. */
  seq: number;
  sha256: string;
  hlc: string;
  auditSeq: number;
}

const get = (sqlite: Database.Database, key: string) => (prepared(sqlite, 'SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined)?.value;
const put = (sqlite: Database.Database, key: string, value: string) =>
  prepared(sqlite, 'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);

const json = <T>(sqlite: Database.Database, key: string): T | null => {
  const v = get(sqlite, key);
  return v === undefined ? null : (JSON.parse(v) as T);
};

export const readSettings = (sqlite: Database.Database) => json<SyncSettings>(sqlite, 'sync.settings');
export const writeSettings = (sqlite: Database.Database, s: SyncSettings) => put(sqlite, 'sync.settings', JSON.stringify(s));

export const NOTHING_PUBLISHED: Published = { seq: 0, sha256: '', hlc: '', auditSeq: 0 };
export const readPublished = (sqlite: Database.Database) => json<Published>(sqlite, 'sync.published') ?? NOTHING_PUBLISHED;
export const writePublished = (sqlite: Database.Database, p: Published) => put(sqlite, 'sync.published', JSON.stringify(p));

/** The newest change applied from each other device: what this device has seen (sent in every file header). */
export const readSeen = (sqlite: Database.Database) => json<Record<string, string>>(sqlite, 'sync.seen') ?? {};
export const writeSeen = (sqlite: Database.Database, seen: Record<string, string>) => put(sqlite, 'sync.seen', JSON.stringify(seen));

export const readReport = <T>(sqlite: Database.Database) => json<T>(sqlite, 'sync.report');
export const writeReport = (sqlite: Database.Database, report: unknown) => put(sqlite, 'sync.report', JSON.stringify(report));
