import { addDays } from '../dates';

/**
 * R26: a copy sent out comes back the same day, by the office's return time ('HH:mm',
 * [config]). A copy sent at or after that time is due back by the same time the next day.
 * Times are local Asia/Shanghai minutes 'YYYY-MM-DDTHH:mm', which compare as strings.
 */
export function dueBack(sentAt: string, returnBy: string): string {
  const day = sentAt.slice(0, 10);
  const sameDay = `${day}T${returnBy}`;
  return sentAt < sameDay ? sameDay : `${addDays(day, 1)}T${returnBy}`;
}

export const isOverdue = (sentAt: string, returnBy: string, now: string): boolean => now > dueBack(sentAt, returnBy);
