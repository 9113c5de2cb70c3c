import type Database from 'better-sqlite3';
import { SPILL_WINDOW } from '../incoming/numbering';
import type { OutgoingRow } from '../../../shared/outgoing/api';
import type { OutgoingState } from '../../../shared/outgoing/states';
import type { MeetingType, Publicity } from '../../../shared/outgoing/vocabulary';
import type { DocType, SecrecyLevel, Urgency } from '../../../shared/incoming/vocabulary';
import { prepared } from '../db/statements';
import { MASKED_TITLE } from '../incoming/view';

/**
 * The search-index key and registration order of a new document: its
 * registration time in ms × 1024 plus a counter within the millisecond, as
 * incoming.fts_rowid (electron/core/incoming/numbering.ts), so documents synced
 * in late sort where they were registered.
 */
export function nextOutgoingKey(sqlite: Database.Database, registeredMs: number): number {
  const base = registeredMs * 1024;
  const row = prepared(sqlite, 'SELECT max(fts_rowid) AS r FROM outgoing WHERE fts_rowid >= ? AND fts_rowid < ?').get(base, base + SPILL_WINDOW) as {
    r: number | null;
  };
  return row.r === null ? base : row.r + 1;
}

/** The columns a list line needs, `o` being outgoing and `c` its outgoing_codes row. */
export const LISTED_COLUMNS = `o.id, o.fts_rowid AS ftsRowid, o.state, c.code, o.doc_number AS docNumber, o.year, o.serial, o.title,
  o.doc_type AS docType, o.secrecy_level AS secrecyLevel, o.urgency, o.publicity, o.draft_unit_name AS draftUnitName,
  o.drafter, o.draft_date AS draftDate, o.written_date AS writtenDate, o.printed_date AS printedDate, o.copies,
  o.meeting_type AS meetingType, o.meeting_at AS meetingAt`;

export type ListedRow = Omit<OutgoingRow, 'titleMasked'> & { ftsRowid: number };

/** A list line; a classified title is masked for a caller without need to know (R33, as 收文). */
export function toRow(r: ListedRow, seesTitles: boolean): OutgoingRow {
  const masked = !seesTitles && r.secrecyLevel !== 'none';
  return {
    id: r.id,
    state: r.state as OutgoingState,
    code: r.code,
    docNumber: r.docNumber,
    year: r.year,
    serial: r.serial,
    title: masked ? MASKED_TITLE : r.title,
    titleMasked: masked,
    docType: r.docType as DocType,
    secrecyLevel: r.secrecyLevel as SecrecyLevel,
    urgency: r.urgency as Urgency,
    publicity: r.publicity as Publicity,
    draftUnitName: r.draftUnitName,
    drafter: r.drafter,
    draftDate: r.draftDate,
    writtenDate: r.writtenDate,
    printedDate: r.printedDate,
    copies: r.copies,
    meetingType: r.meetingType as MeetingType | null,
    meetingAt: r.meetingAt,
  };
}
