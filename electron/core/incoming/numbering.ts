import type Database from 'better-sqlite3';
import { prepared } from '../db/statements';

/**
 * 收文号 (R1): per year, the next serial after the highest ever given — rows
 * are never deleted (tombstones keep their serial), so a number is never
 * reused. The immediate transaction of every call makes the read-then-insert
 * safe; the unique index on (year, serial) is the last line of defence.
 */
export function nextReceiptSerial(sqlite: Database.Database, year: number): number {
  const row = prepared(sqlite, 'SELECT max(serial) AS n FROM incoming WHERE year = ?').get(year) as { n: number | null };
  return (row.n ?? 0) + 1;
}

export const formatReceiptNo = (prefix: string, year: number, serial: number) => `${prefix}〔${year}〕${serial}号`;

/**
 * The search-index key of a record: its registration time in milliseconds,
 * times 1024, plus a counter for records registered in the same millisecond.
 * It follows registration time on every PC, so records synced in late sort
 * where they belong.
 */
/**
 * An import of up to 1,000 records in one millisecond runs on into the next milliseconds'
 * keys; looking a few milliseconds ahead finds such a run, so the next key never repeats one.
 */
export const SPILL_WINDOW = 4 * 1024;

export function nextFtsRowid(sqlite: Database.Database, registeredMs: number): number {
  const base = registeredMs * 1024;
  const row = prepared(sqlite, 'SELECT max(fts_rowid) AS r FROM incoming WHERE fts_rowid >= ? AND fts_rowid < ?').get(
    base,
    base + SPILL_WINDOW,
  ) as { r: number | null };
  return row.r === null ? base : row.r + 1;
}
