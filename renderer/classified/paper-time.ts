import { formatChineseDate } from '../../shared/dates';

/** A recorded minute as written on paper (ui.md): 2026-05-12T09:00 -> 2026年5月12日 09:00; none -> ''. */
export const paperTime = (t: string | null) => (t ? `${formatChineseDate(t.slice(0, 10))} ${t.slice(11, 16)}` : '');
