import type { ClassifiedDashboard, ClassifiedRow } from '../../../shared/classified/api';
import { COPY_PLACES, type CopyPlace } from '../../../shared/classified/vocabulary';
import { addDays, todayInShanghai } from '../../../shared/dates';
import type { Handlers } from '../api/dispatcher';
import { prepared } from '../db/statements';
import { MASKED_TITLE, seesClassifiedTitles } from '../incoming/view';
import { circulationHandlers, copiesOut } from './circulation';
import { classifiedExportHandlers } from './export';
import { docOf, docSerialText, mustGetDoc, registerClassified, updateClassified } from './docs';
import { itemsOf, stockCheckHandlers } from './stock-check';

/** Days ahead that a coming 清退 deadline shows on the dashboard. */
const SURRENDER_NOTICE_DAYS = 7;

/** 密件传阅 (work rules art. 22): every method of shared/classified/api. */
export const classifiedHandlers: Pick<Handlers, `classified.${string}` & keyof Handlers> = {
  ...classifiedExportHandlers,
  ...circulationHandlers,
  ...stockCheckHandlers,
  'classified.register': (ctx, input) => docOf(ctx, registerClassified(ctx, input)),
  'classified.update': (ctx, input) => docOf(ctx, updateClassified(ctx, input)),
  'classified.get': (ctx, { id }) => docOf(ctx, mustGetDoc(ctx, id)),

  'classified.list': (ctx, { place, year }) => {
    const rows = prepared(
      ctx.sqlite,
      `SELECT d.id, d.year, d.serial, d.incoming_id AS incomingId, d.title, d.doc_number AS docNumber, d.issuer_name AS issuerName, d.secrecy_level AS secrecyLevel,
         d.received_date AS receivedDate, d.return_by AS returnBy,
         (SELECT json_group_object(place, n) FROM (SELECT place, count(*) AS n FROM classified_copies WHERE doc_id = d.id GROUP BY place)) AS places
       FROM classified_docs d
       WHERE (@year IS NULL OR d.year = @year)
         AND (@place IS NULL OR EXISTS (SELECT 1 FROM classified_copies c WHERE c.doc_id = d.id AND c.place = @place))
       ORDER BY d.year DESC, d.serial DESC`,
    ).all({ year: year ?? null, place: place ?? null }) as (Omit<ClassifiedRow, 'serialText' | 'places' | 'copies' | 'overdue'> & { year: number; serial: number; places: string })[];
    const overdue = new Map<string, number>();
    for (const c of copiesOut(ctx)) if (c.overdue) overdue.set(c.docId, (overdue.get(c.docId) ?? 0) + 1);
    const sees = seesClassifiedTitles(ctx);
    return rows.map(({ year: y, serial, places, ...r }) => {
      const counts = JSON.parse(places) as Partial<Record<CopyPlace, number>>;
      const full = Object.fromEntries(COPY_PLACES.map((p) => [p, counts[p] ?? 0])) as Record<CopyPlace, number>;
      return {
        ...r,
        serialText: docSerialText({ year: y, serial }),
        title: sees ? r.title : MASKED_TITLE,
        places: full,
        copies: COPY_PLACES.reduce((n, p) => n + full[p], 0),
        overdue: overdue.get(r.id) ?? 0,
      };
    });
  },

  'classified.dashboard': (ctx) => {
    const out = copiesOut(ctx);
    const today = todayInShanghai(ctx.now);
    const sees = seesClassifiedTitles(ctx);
    const surrenderDue = (
      prepared(
        ctx.sqlite,
        `SELECT d.id AS docId, d.year, d.serial, d.title, d.return_by AS returnBy,
           (SELECT count(*) FROM classified_copies c WHERE c.doc_id = d.id AND c.place IN ('inStock', 'out')) AS copies
         FROM classified_docs d WHERE d.return_by IS NOT NULL AND d.return_by <= ? ORDER BY d.return_by`,
      ).all(addDays(today, SURRENDER_NOTICE_DAYS)) as { docId: string; year: number; serial: number; title: string; returnBy: string; copies: number }[]
    )
      .filter((d) => d.copies > 0)
      .map(({ year, serial, ...d }) => ({ ...d, serialText: docSerialText({ year, serial }), title: sees ? d.title : MASKED_TITLE }));
    const board: ClassifiedDashboard = {
      overdue: out.filter((c) => c.overdue),
      outCount: out.length,
      discrepancies: itemsOf(ctx, 'i.discrepancy = 1 AND i.resolved_at IS NULL'),
      surrenderDue,
    };
    return board;
  },
};
