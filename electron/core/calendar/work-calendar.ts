import type Database from 'better-sqlite3';
import { createWorkCalendar, type CalendarOverride, type WorkCalendar } from '../../../shared/calendar/workdays';
import { prepared } from '../db/statements';

const cache = new WeakMap<Database.Database, WorkCalendar>();

/**
 * The office's working-day calendar as the administrator keeps it (调休 included),
 * built once and kept until a calendar day changes (see forgetWorkCalendar).
 */
export function loadWorkCalendar(sqlite: Database.Database): WorkCalendar {
  let calendar = cache.get(sqlite);
  if (!calendar) {
    const days = prepared(sqlite, 'SELECT date, kind FROM calendar_days WHERE deleted_at IS NULL').all() as CalendarOverride[];
    calendar = createWorkCalendar(days);
    cache.set(sqlite, calendar);
  }
  return calendar;
}

/** Called by the write path whenever a calendar day is written. */
export function forgetWorkCalendar(sqlite: Database.Database): void {
  cache.delete(sqlite);
}
