import type Database from 'better-sqlite3';
import { createWorkCalendar, type CalendarOverride, type WorkCalendar } from '../../../shared/calendar/workdays';
import { prepared } from '../db/statements';

/** The office's working-day calendar as the administrator keeps it (调休 included). */
export function loadWorkCalendar(sqlite: Database.Database): WorkCalendar {
  const days = prepared(sqlite, 'SELECT date, kind FROM calendar_days WHERE deleted_at IS NULL').all() as CalendarOverride[];
  return createWorkCalendar(days);
}
