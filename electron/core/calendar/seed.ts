import type Database from 'better-sqlite3';
import chineseDays from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import type { AuditChain } from '../audit/chain';
import { prepared } from '../db/statements';

const SEED_VERSION = 'chinese-days@1.5.7';

/** '国庆节' out of "National Day,国庆节,3". */
const chineseName = (label: string) => label.split(',')[1] ?? label;

/**
 * Loads the shipped State Council holiday data (2004 onwards, with 调休) once
 * per data version. Shipped data is the same on every PC, so it is not a user's
 * change and does not enter the change log; existing rows, including days the
 * administrator changed or cleared, are never overwritten.
 */
export function seedCalendar(sqlite: Database.Database, chain: AuditChain, now: Date): void {
  const done = prepared(sqlite, "SELECT value FROM meta WHERE key = 'calendar_seed'").get() as { value: string } | undefined;
  if (done?.value === SEED_VERSION) return;
  const at = now.toISOString();
  const insert = prepared(
    sqlite,
    "INSERT OR IGNORE INTO calendar_days (date, kind, name, source, updated_at) VALUES (?, ?, ?, 'seed', ?)",
  );
  sqlite.transaction(() => {
    let added = 0;
    for (const [date, label] of Object.entries(chineseDays.holidays)) added += insert.run(date, 'holiday', chineseName(label), at).changes;
    for (const [date, label] of Object.entries(chineseDays.workdays)) added += insert.run(date, 'workday', chineseName(label), at).changes;
    prepared(sqlite, "INSERT OR REPLACE INTO meta (key, value) VALUES ('calendar_seed', ?)").run(SEED_VERSION);
    chain.append({
      at,
      userId: null,
      userName: '系统',
      method: 'calendar.seed',
      title: '载入内置节假日数据',
      detail: `${SEED_VERSION}，新增 ${added} 天`,
    });
  })();
}
