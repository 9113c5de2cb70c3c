import { normalizeDateText } from '../common/date-text';

const LOOSE_TIME = /^(\d{1,2})\s*[:：时点]\s*(\d{1,2})\s*分?$/;

/**
 * 2026/10/8 9:30, 2026年10月8日 9时30分 and 2026-10-08T09:30 become the contract's
 * '2026-10-08T09:30'; anything else is passed on as typed for the validator to name.
 */
export function toMeetingAt(text: string): string {
  const t = text.trim();
  const split = /^(.+?)(?:\s+|T)(\S+)$/.exec(t);
  if (!split) return t;
  const date = normalizeDateText(split[1]);
  const time = LOOSE_TIME.exec(split[2]);
  if (!time) return t;
  return `${date}T${time[1].padStart(2, '0')}:${time[2].padStart(2, '0')}`;
}

/** How a meeting time is shown and typed: '2026-10-08 09:30'. */
export const showMeetingAt = (meetingAt: string) => meetingAt.replace('T', ' ');
