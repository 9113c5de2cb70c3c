import { todayInShanghai } from '../../../shared/dates';
import type { DueAssignment } from '../../../shared/incoming/api';
import type { Handlers } from '../api/dispatcher';
import { loadWorkCalendar } from '../calendar/work-calendar';
import { prepared } from '../db/statements';
import { toAssignment } from './detail';
import { seesClassifiedTitles, toRow, type ListedRow } from './view';
import { LISTED_COLUMNS } from './list';

/** The clerk's home page: this month's figures, what waits for a leader, and what is late or due. */
export const dashboardHandlers: Pick<Handlers, 'incoming.dashboard'> = {
  'incoming.dashboard': (ctx) => {
    const today = todayInShanghai(ctx.now);
    const month = today.slice(0, 7);
    const [first, last] = [`${month}-01`, `${month}-31`];
    const count = (sql: string) => (prepared(ctx.sqlite, sql).get(first, last) as { n: number }).n;
    const sees = seesClassifiedTitles(ctx);
    const calendar = loadWorkCalendar(ctx.sqlite);

    const awaiting = prepared(
      ctx.sqlite,
      `SELECT ${LISTED_COLUMNS} FROM incoming i WHERE i.state = 'submitted' AND i.deleted_at IS NULL ORDER BY i.fts_rowid LIMIT 100`,
    ).all() as ListedRow[];

    // Open assignments only: the (done_date, deadline) index walks them in deadline order.
    const open = prepared(
      ctx.sqlite,
      'SELECT a.id, a.incoming_id AS incomingId FROM assignments a WHERE a.done_date IS NULL AND a.deleted_at IS NULL ORDER BY a.deadline LIMIT 500',
    ).all() as { id: string; incomingId: string }[];
    const due: DueAssignment[] = open.map(({ id, incomingId }) => {
      const doc = ctx.get('incoming', incomingId)!;
      const row = toRow(doc, sees);
      return { ...toAssignment(ctx, ctx.get('assignments', id)!, today, calendar), receiptNo: doc.receiptNo, title: row.title, titleMasked: row.titleMasked };
    });

    return {
      month,
      registeredThisMonth: count('SELECT count(*) AS n FROM incoming WHERE received_date BETWEEN ? AND ? AND deleted_at IS NULL'),
      returnedThisMonth: count('SELECT count(*) AS n FROM incoming_returns WHERE return_date BETWEEN ? AND ? AND deleted_at IS NULL'),
      awaitingInstruction: awaiting.map((r) => toRow(r, sees)),
      overdue: due.filter((a) => a.overdue),
      dueSoon: due.filter((a) => a.dueSoon),
    };
  },
};
