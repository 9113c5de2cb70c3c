import type Database from 'better-sqlite3';
import { prepared } from '../db/statements';

// Device-local lockout state (see schema: login_attempts is not synced).

export function lockedUntil(sqlite: Database.Database, userId: string, now: Date): string | null {
  const row = prepared(sqlite, 'SELECT locked_until AS until FROM login_attempts WHERE user_id = ?').get(userId) as
    | { until: string | null }
    | undefined;
  return row?.until && row.until > now.toISOString() ? row.until : null;
}

/** Counts a wrong password; returns the lock end when this one reached the limit. */
export function countFailure(
  sqlite: Database.Database,
  userId: string,
  now: Date,
  limit: number,
  minutes: number,
): { failures: number; lockedUntil: string | null } {
  const row = prepared(sqlite, 'SELECT failed_count AS n FROM login_attempts WHERE user_id = ?').get(userId) as
    | { n: number }
    | undefined;
  const failures = (row?.n ?? 0) + 1;
  const until = failures >= limit ? new Date(now.getTime() + minutes * 60_000).toISOString() : null;
  prepared(
    sqlite,
    `INSERT INTO login_attempts (user_id, failed_count, locked_until) VALUES (?, ?, ?)
     ON CONFLICT(user_id) DO UPDATE SET failed_count = excluded.failed_count, locked_until = excluded.locked_until`,
  ).run(userId, until ? 0 : failures, until);
  return { failures, lockedUntil: until };
}

export function clearFailures(sqlite: Database.Database, userId: string): void {
  prepared(sqlite, 'DELETE FROM login_attempts WHERE user_id = ?').run(userId);
}
