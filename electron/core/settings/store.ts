import type Database from 'better-sqlite3';
import { prepared } from '../db/statements';
import { DEFAULT_SETTINGS, type OfficeSettings } from '../../../shared/settings/api';

/** Settings as stored, with the defaults filled in for keys never set. */
export function readSettings(sqlite: Database.Database): OfficeSettings {
  const rows = prepared(sqlite, 'SELECT key, value FROM settings').all() as { key: string; value: string }[];
  const out: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const r of rows) if (r.key in DEFAULT_SETTINGS) out[r.key] = JSON.parse(r.value);
  return out as unknown as OfficeSettings;
}
