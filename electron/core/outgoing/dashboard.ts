import type { MinutesDue, OutgoingDashboard } from '../../../shared/outgoing/api';
import type { MeetingType } from '../../../shared/outgoing/vocabulary';
import type { Handlers } from '../api/dispatcher';
import { loadWorkCalendar } from '../calendar/work-calendar';
import { prepared } from '../db/statements';
import { seesClassifiedTitles } from '../incoming/view';
import { minutesDeadlines } from './minutes';
import { LISTED_COLUMNS, toRow, type ListedRow } from './view';

const SHOWN = 100;

/**
 * The clerk's 发文 cards: what waits for 签发, what is signed but has no
 * number, and the 会议纪要 deadlines of art. 七 that are due soon or overdue
 * (derived for now: R19). A minutes whose every deadline is met drops off.
 */
export const outgoingDashboardHandlers: Pick<Handlers, 'outgoing.dashboard'> = {
  'outgoing.dashboard': (ctx): OutgoingDashboard => {
    const sees = seesClassifiedTitles(ctx);
    const inState = (state: string) => ({
      rows: (
        prepared(
          ctx.sqlite,
          `SELECT ${LISTED_COLUMNS} FROM outgoing o JOIN outgoing_codes c ON c.id = o.code_id
           WHERE o.state = ? AND o.deleted_at IS NULL ORDER BY o.draft_date, o.fts_rowid LIMIT ${SHOWN}`,
        ).all(state) as ListedRow[]
      ).map((r) => toRow(r, sees)),
      count: (prepared(ctx.sqlite, 'SELECT count(*) AS n FROM outgoing WHERE state = ? AND deleted_at IS NULL').get(state) as { n: number }).n,
    });
    const drafts = inState('draft');
    const signed = inState('signed');

    // Minutes not yet printed: once 印发 is recorded every art. 7 deadline is settled.
    const calendar = loadWorkCalendar(ctx.sqlite);
    const open = prepared(
      ctx.sqlite,
      'SELECT id FROM outgoing WHERE meeting_at IS NOT NULL AND printed_date IS NULL AND deleted_at IS NULL ORDER BY meeting_at',
    ).all() as { id: string }[];
    const due: MinutesDue[] = [];
    for (const { id } of open) {
      const doc = ctx.get('outgoing', id)!;
      const code = ctx.get('outgoingCodes', doc.codeId)!;
      const row = toRow({ ...doc, code: code.code } as unknown as ListedRow, sees);
      for (const d of minutesDeadlines(doc, ctx.now, calendar)) {
        if (d.status !== 'dueSoon' && d.status !== 'overdue') continue;
        due.push({ ...d, id, title: row.title, titleMasked: row.titleMasked, docNumber: doc.docNumber, meetingType: doc.meetingType as MeetingType, meetingAt: doc.meetingAt! });
      }
    }
    return {
      awaitingSignature: drafts.rows,
      awaitingSignatureCount: drafts.count,
      signedUnnumbered: signed.rows,
      signedUnnumberedCount: signed.count,
      minutesDueSoon: due.filter((d) => d.status === 'dueSoon'),
      minutesOverdue: due.filter((d) => d.status === 'overdue'),
    };
  },
};
