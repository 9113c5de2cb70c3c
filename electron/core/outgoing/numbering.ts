import type Database from 'better-sqlite3';
import { yearOf } from '../../../shared/dates';
import { formatDocNumber } from '../../../shared/doc-number';
import type { CallContext } from '../api/context';
import { prepared } from '../db/statements';
import type { RowOf } from '../db/write-path';
import { uuidv7 } from '../ids';

/**
 * What numbering needs to write: the database and the write path bound to one
 * call. A CallContext is one; the concurrency test builds one from the real
 * WritePath in each of its processes, so both run this very code.
 * Every function here must run inside an IMMEDIATE transaction: the write lock
 * is held from the read of the highest serial to the insert of the next one.
 */
export type NumberWrites = Pick<CallContext, 'sqlite' | 'at' | 'get' | 'insert' | 'update'>;

/**
 * R13: the next serial of a counter and year = max(configured start − 1,
 * highest serial ever given) + 1. Number rows are never deleted (a trigger
 * guards it) and voided ones stay, so a serial is never given twice; the
 * unique index on (counter, year, serial) is the last line of defence.
 */
export function nextSerial(sqlite: Database.Database, counter: RowOf<'outgoingCounters'>, year: number): number {
  const row = prepared(sqlite, 'SELECT max(serial) AS n FROM outgoing_numbers WHERE counter_id = ? AND year = ?').get(counter.id, year) as {
    n: number | null;
  };
  const start = counter.startSerials[String(year)] ?? 1;
  return Math.max(start - 1, row.n ?? 0) + 1;
}

export interface NewNumber {
  counter: RowOf<'outgoingCounters'>;
  code: string;
  year: number;
  kind: 'taken' | 'voided';
  outgoingId: string | null;
  reason: string;
  approver: { id: string; name: string } | null;
  recordedBy: string;
}

/** Gives the next serial of the counter and year as a row of its own. */
export function issueNumber(w: NumberWrites, n: NewNumber): RowOf<'outgoingNumbers'> {
  const serial = nextSerial(w.sqlite, n.counter, n.year);
  return w.insert('outgoingNumbers', {
    id: uuidv7(Date.parse(w.at)),
    counterId: n.counter.id,
    year: n.year,
    serial,
    code: n.code,
    docNumber: formatDocNumber({ agency: n.code, year: n.year, serial }),
    outgoingId: n.outgoingId,
    kind: n.kind,
    reason: n.reason,
    approverId: n.approver?.id ?? null,
    approverName: n.approver?.name ?? '',
    recordedBy: n.recordedBy,
    recordedAt: w.at,
    createdAt: w.at,
    updatedAt: w.at,
  });
}

/**
 * R12: a signed document's 发文字号, in the year of its 成文日期. A document
 * that already holds a number gets that number back and nothing is written.
 * The caller has checked that the document may be numbered (signed, 合法性审查,
 * this device issues the counter).
 */
export function takeDocumentNumber(w: NumberWrites, doc: RowOf<'outgoing'>, recordedBy: string): RowOf<'outgoingNumbers'> {
  if (doc.numberId) return w.get('outgoingNumbers', doc.numberId)!;
  const code = w.get('outgoingCodes', doc.codeId)!;
  const counter = w.get('outgoingCounters', code.counterId)!;
  const number = issueNumber(w, {
    counter,
    code: code.code,
    year: yearOf(doc.writtenDate!),
    kind: 'taken',
    outgoingId: doc.id,
    reason: '',
    approver: null,
    recordedBy,
  });
  w.update('outgoing', doc.id, {
    numberId: number.id,
    docNumber: number.docNumber,
    year: number.year,
    serial: number.serial,
    state: 'numbered',
    updatedAt: w.at,
  });
  return number;
}
