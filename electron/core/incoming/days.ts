import type Database from 'better-sqlite3';
import type { RowOf } from '../db/write-path';
import { prepared } from '../db/statements';

/**
 * incoming_days (migration 0007): per 收文日期, the first and last registration
 * key and 收文号 serial. Bounds only widen, so they always enclose the records
 * of the day, and a date range becomes a range of keys or serials without
 * reading the records in it.
 */
export class IncomingDays {
  private readonly widen: Database.Statement;

  constructor(sqlite: Database.Database) {
    this.widen = sqlite.prepare(
      `INSERT INTO incoming_days (received_date, first_key, last_key, first_serial, last_serial) VALUES (@date, @firstKey, @lastKey, @firstSerial, @lastSerial)
       ON CONFLICT (received_date) DO UPDATE SET
         first_key = min(first_key, excluded.first_key), last_key = max(last_key, excluded.last_key),
         first_serial = min(first_serial, excluded.first_serial), last_serial = max(last_serial, excluded.last_serial)`,
    );
  }

  /** Widens each day's bounds once for a batch's rows (an import brings hundreds of rows a day). */
  note(rows: readonly RowOf<'incoming'>[]): void {
    const days = new Map<string, { date: string; firstKey: number; lastKey: number; firstSerial: number; lastSerial: number }>();
    for (const row of rows) {
      const day = days.get(row.receivedDate);
      if (!day) {
        days.set(row.receivedDate, { date: row.receivedDate, firstKey: row.ftsRowid, lastKey: row.ftsRowid, firstSerial: row.serial, lastSerial: row.serial });
        continue;
      }
      day.firstKey = Math.min(day.firstKey, row.ftsRowid);
      day.lastKey = Math.max(day.lastKey, row.ftsRowid);
      day.firstSerial = Math.min(day.firstSerial, row.serial);
      day.lastSerial = Math.max(day.lastSerial, row.serial);
    }
    for (const day of days.values()) this.widen.run(day);
  }
}

/** The registration keys of the records received from `from` to `to` (either open), or 'empty'. */
export function keyWindow(sqlite: Database.Database, from: string | undefined, to: string | undefined): { lo: number; hi: number } | 'empty' {
  const { lo, hi } = prepared(
    sqlite,
    'SELECT min(first_key) AS lo, max(last_key) AS hi FROM incoming_days WHERE received_date BETWEEN ? AND ?',
  ).get(from ?? '0000-01-01', to ?? '9999-12-31') as { lo: number | null; hi: number | null };
  return lo === null || hi === null ? 'empty' : { lo, hi };
}

/**
 * The 收文号 (year, serial) range of the records received from `from` to `to`:
 * the year of 收文号 is the year of 收文日期, so the range starts in from's year
 * and ends in to's year.
 */
export function serialWindow(
  sqlite: Database.Database,
  from: string | undefined,
  to: string | undefined,
): { lo: [number, number]; hi: [number, number] } | 'empty' {
  const first = prepared(sqlite, 'SELECT received_date AS d FROM incoming_days WHERE received_date >= ? ORDER BY received_date LIMIT 1').get(
    from ?? '0000-01-01',
  ) as { d: string } | undefined;
  const last = prepared(sqlite, 'SELECT received_date AS d FROM incoming_days WHERE received_date <= ? ORDER BY received_date DESC LIMIT 1').get(
    to ?? '9999-12-31',
  ) as { d: string } | undefined;
  if (!first || !last || first.d > last.d) return 'empty';
  const serials = prepared(sqlite, 'SELECT min(first_serial) AS lo, max(last_serial) AS hi FROM incoming_days WHERE received_date BETWEEN ? AND ?');
  const [y1, y2] = [first.d.slice(0, 4), last.d.slice(0, 4)];
  // The lowest serial of the first year's days in range, and the highest of the last year's.
  const { lo } = serials.get(first.d, y1 === y2 ? last.d : `${y1}-12-31`) as { lo: number };
  const { hi } = serials.get(y1 === y2 ? first.d : `${y2}-01-01`, last.d) as { hi: number };
  return { lo: [Number(y1), lo], hi: [Number(y2), hi] };
}
