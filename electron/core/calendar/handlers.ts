import { and, asc, gte, isNull, lte } from 'drizzle-orm';
import { calendarFileSchema, type CalendarDay, type CalendarFile } from '../../../shared/calendar/api';
import type { DayKind } from '../../../shared/calendar/workdays';
import type { CallContext } from '../api/context';
import type { Handlers } from '../api/dispatcher';
import { refuse } from '../api/errors';
import { calendarDays } from '../db/schema';
import type { RowOf } from '../db/write-path';
import { yearsWithData } from './coverage';

const toDay = (r: RowOf<'calendarDays'>): CalendarDay => ({
  date: r.date,
  kind: r.kind as DayKind,
  name: r.name,
  source: r.source as CalendarDay['source'],
});

function liveDays(ctx: CallContext, from: string, to: string): CalendarDay[] {
  return ctx.db
    .select()
    .from(calendarDays)
    .where(and(gte(calendarDays.date, from), lte(calendarDays.date, to), isNull(calendarDays.deletedAt)))
    .orderBy(asc(calendarDays.date))
    .all()
    .map(toDay);
}

/** Sets one day; returns whether anything changed. A cleared (tombstoned) day comes back to life. */
function setDay(ctx: CallContext, date: string, kind: DayKind, name: string): 'added' | 'changed' | 'unchanged' {
  const existing = ctx.get('calendarDays', date);
  if (!existing) {
    ctx.insert('calendarDays', { date, kind, name, source: 'admin', updatedAt: ctx.at });
    return 'added';
  }
  if (!existing.deletedAt && existing.kind === kind && existing.name === name) return 'unchanged';
  ctx.update('calendarDays', date, { kind, name, source: 'admin', updatedAt: ctx.at, deletedAt: null });
  return existing.deletedAt ? 'added' : 'changed';
}

function parseFile(content: string): CalendarFile {
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch {
    throw refuse('VALIDATION', '文件不是有效的节假日文件（无法读取）。', { content: '无法读取文件' });
  }
  const parsed = calendarFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path[0] === 'days' && typeof issue.path[1] === 'number' ? `第 ${issue.path[1] + 1} 天：` : '';
    throw refuse('VALIDATION', `节假日文件有误，未导入任何数据。${where}${issue.message}`, { content: issue.message });
  }
  const seen = new Set<string>();
  for (const d of parsed.data.days) {
    if (seen.has(d.date)) throw refuse('VALIDATION', `节假日文件中 ${d.date} 出现了两次，未导入任何数据。`, { content: '日期重复' });
    seen.add(d.date);
  }
  return parsed.data;
}

export const calendarHandlers: Pick<
  Handlers,
  'calendar.year' | 'calendar.set' | 'calendar.clear' | 'calendar.export' | 'calendar.import'
> = {
  'calendar.year': (ctx, { year }) => ({
    year,
    days: liveDays(ctx, `${year}-01-01`, `${year}-12-31`),
    yearsWithData: yearsWithData(ctx.sqlite),
  }),

  'calendar.set': (ctx, input) => {
    setDay(ctx, input.date, input.kind, input.name);
    return toDay(ctx.get('calendarDays', input.date)!);
  },

  'calendar.clear': (ctx, { date }) => {
    const existing = ctx.get('calendarDays', date);
    if (!existing || existing.deletedAt) throw refuse('NOT_FOUND', `${date} 本来就是普通日，无需恢复。`);
    ctx.tombstone('calendarDays', date);
    return null;
  },

  'calendar.export': (ctx, { year }) => {
    const days = year ? liveDays(ctx, `${year}-01-01`, `${year}-12-31`) : liveDays(ctx, '0000-01-01', '9999-12-31');
    const file: CalendarFile = {
      format: 'wenmi-calendar',
      version: 1,
      days: days.map(({ date, kind, name }) => ({ date, kind, name })),
    };
    const fileName = year ? `节假日-${year}.json` : '节假日-全部.json';
    ctx.audit({ detail: `${fileName}，${days.length} 天` });
    return { fileName, content: `${JSON.stringify(file, null, 1)}\n` };
  },

  'calendar.import': (ctx, { content }) => {
    const file = parseFile(content);
    const counts = { added: 0, changed: 0, unchanged: 0 };
    const fresh = file.days.filter((d) => !ctx.get('calendarDays', d.date));
    ctx.insertMany(
      'calendarDays',
      fresh.map((d) => ({ date: d.date, kind: d.kind, name: d.name, source: 'admin', updatedAt: ctx.at })),
    );
    counts.added = fresh.length;
    const freshDates = new Set(fresh.map((d) => d.date));
    for (const d of file.days) if (!freshDates.has(d.date)) counts[setDay(ctx, d.date, d.kind, d.name)] += 1;
    ctx.audit({ detail: `共 ${file.days.length} 天：新增 ${counts.added}，修改 ${counts.changed}，未变 ${counts.unchanged}` });
    return counts;
  },
};
