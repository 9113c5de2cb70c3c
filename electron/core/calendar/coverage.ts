import type Database from 'better-sqlite3';
import { prepared } from '../db/statements';

export function yearsWithData(sqlite: Database.Database): number[] {
  const rows = prepared(
    sqlite,
    'SELECT DISTINCT CAST(substr(date, 1, 4) AS INTEGER) AS year FROM calendar_days WHERE deleted_at IS NULL ORDER BY year',
  ).all() as { year: number }[];
  return rows.map((r) => r.year);
}

/**
 * An isolated PC cannot fetch the State Council's notice for a new year: say so
 * instead of silently counting working days as plain Monday–Friday.
 */
export function calendarWarning(sqlite: Database.Database, year: number): string | null {
  return yearsWithData(sqlite).includes(year)
    ? null
    : `节假日日历缺少 ${year} 年的数据，工作日按周一至周五计算。请管理员在“字典 › 节假日”中录入或导入国务院公布的 ${year} 年放假安排。`;
}
