import { yearOf } from '../../../shared/dates';
import { submissionDelay } from '../../../shared/incoming/checks';
import type { ReturnSlip } from '../../../shared/incoming/api';
import type { ReturnReason } from '../../../shared/incoming/vocabulary';
import type { CallContext } from '../api/context';
import type { Handlers } from '../api/dispatcher';
import { assertIssuesHere } from '../sync/issuers';
import { invalid, Refusal, refuse } from '../api/errors';
import { loadWorkCalendar } from '../calendar/work-calendar';
import type { RowOf } from '../db/write-path';
import { prepared } from '../db/statements';
import { uuidv7 } from '../ids';
import { readSettings } from '../settings/store';
import { listIncoming } from './list';
import { nextFtsRowid, nextReceiptSerial } from './numbering';
import { checkRegistration, newIncomingRow, registrationColumns } from './rules';
import { mustGet, recordOf } from './detail';
import { MASKED_TITLE, seesClassifiedTitles, toRow, type ListedRow } from './view';

/** A refusal about one record of a batch, named by its place: 第 3 条：请填写标题 on records.2.title. */
function withRecordIndex<T>(i: number, check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    const fields = Object.fromEntries(Object.entries(error.fields ?? {}).map(([k, v]) => [`records.${i}.${k}`, v]));
    throw refuse(error.code, `第 ${i + 1} 条：${error.message}`, fields);
  }
}

/** Reason 11 as the calendar sees it; null when a date is missing. */
function lateSubmission(ctx: CallContext, row: RowOf<'incoming'>) {
  if (!row.writtenDate) return null;
  return submissionDelay(loadWorkCalendar(ctx.sqlite), row.writtenDate, row.submittedDate ?? row.receivedDate);
}

function slipOf(ctx: CallContext, r: RowOf<'incomingReturns'>, doc: RowOf<'incoming'>): ReturnSlip {
  const masked = doc.secrecyLevel !== 'none' && !seesClassifiedTitles(ctx);
  return {
    incomingId: doc.id,
    officeName: r.officeName,
    receiptNo: doc.receiptNo,
    title: masked ? MASKED_TITLE : doc.title,
    fromUnitName: doc.fromUnitName,
    docNumber: doc.docNumber,
    receivedDate: doc.receivedDate,
    writtenDate: doc.writtenDate,
    submittedDate: doc.submittedDate,
    reasons: r.reasons as ReturnReason[],
    workingDays: r.workingDays,
    reason11Computed: r.reason11Computed,
    reason11Note: r.reason11Note,
    opinion: r.opinion,
    remarks: r.remarks,
    handledBy: r.handledBy,
    returnDate: r.returnDate,
  };
}

export const incomingHandlers: Pick<
  Handlers,
  | 'incoming.register'
  | 'incoming.import'
  | 'incoming.update'
  | 'incoming.get'
  | 'incoming.list'
  | 'incoming.findEarlier'
  | 'incoming.pass'
  | 'incoming.returnDraft'
  | 'incoming.return'
  | 'incoming.returnSlip'
  | 'incoming.returnLog'
> = {
  'incoming.register': (ctx, input) => {
    assertIssuesHere(ctx, 'incoming');
    const checked = checkRegistration(ctx, input);
    if (input.resubmissionOf) {
      const earlier = ctx.get('incoming', input.resubmissionOf);
      if (!earlier || earlier.deletedAt || earlier.state !== 'returned') {
        throw invalid('resubmissionOf', '只有已退文的收文才能重新报送');
      }
    }
    const year = yearOf(checked.receivedDate);
    const numbering = { serial: nextReceiptSerial(ctx.sqlite, year), ftsRowid: nextFtsRowid(ctx.sqlite, ctx.now.getTime()) };
    const row = ctx.insert('incoming', newIncomingRow(ctx, input, checked, numbering, readSettings(ctx.sqlite).receiptPrefix));
    return recordOf(ctx, row);
  },

  'incoming.import': (ctx, { records }) => {
    assertIssuesHere(ctx, 'incoming');
    const prefix = readSettings(ctx.sqlite).receiptPrefix;
    const serials = new Map<number, number>();
    let ftsRowid = nextFtsRowid(ctx.sqlite, ctx.now.getTime());
    const rows = records.map((input, i) => {
      const checked = withRecordIndex(i, () => checkRegistration(ctx, input));
      const year = yearOf(checked.receivedDate);
      const serial = serials.get(year) ?? nextReceiptSerial(ctx.sqlite, year);
      serials.set(year, serial + 1);
      return newIncomingRow(ctx, { ...input, resubmissionOf: null }, checked, { serial, ftsRowid: ftsRowid++ }, prefix);
    });
    ctx.insertMany('incoming', rows);
    return { count: rows.length, firstReceiptNo: rows[0].receiptNo, lastReceiptNo: rows.at(-1)!.receiptNo };
  },

  'incoming.update': (ctx, input) => {
    const before = mustGet(ctx, input.id);
    // The 退文处理单 went out with these fields: they stay as the slip printed them.
    if (before.state === 'returned') throw refuse('CONFLICT', '已退文的收文不能修改；来文单位重新报送的，请登记为新的收文并关联原收文。');
    const { fromUnitName, receivedDate } = checkRegistration(ctx, input, before.fromUnitId);
    if (yearOf(receivedDate) !== before.year) {
      throw invalid('receivedAt', `收文号 ${before.receiptNo} 属于 ${before.year} 年，收文日期不能改到其他年份`);
    }
    const row = ctx.update('incoming', input.id, {
      ...registrationColumns(input, {
        receivedDate,
        // The name as registered stays while the unit is the same one, even if the directory renamed it since.
        fromUnitName: input.fromUnitId === before.fromUnitId ? before.fromUnitName : fromUnitName,
      }),
      updatedAt: ctx.at,
    });
    return recordOf(ctx, row);
  },

  'incoming.get': (ctx, { id }) => recordOf(ctx, mustGet(ctx, id)),

  'incoming.list': (ctx, input) => listIncoming(ctx, input),

  'incoming.findEarlier': (ctx, input) => {
    const rows = prepared(
      ctx.sqlite,
      `SELECT id, year, serial, receipt_no AS receiptNo, fts_rowid AS ftsRowid, received_date AS receivedDate,
        from_unit_name AS fromUnitName, doc_number AS docNumber, title, doc_type AS docType, secrecy_level AS secrecyLevel,
        urgency, incoming_class AS incomingClass, copies, state
       FROM incoming WHERE from_unit_id = ? AND doc_number = ? AND deleted_at IS NULL AND id IS NOT ? ORDER BY fts_rowid DESC`,
    ).all(input.fromUnitId, input.docNumber, input.excludeId ?? null) as ListedRow[];
    const sees = seesClassifiedTitles(ctx);
    return rows.map((r) => toRow(r, sees));
  },

  'incoming.pass': (ctx, { id }) => {
    const row = mustGet(ctx, id);
    if (row.state !== 'registered') throw refuse('CONFLICT', `这份收文已经${row.state === 'returned' ? '退文' : '通过初审'}，不能再次初审。`);
    return recordOf(ctx, ctx.update('incoming', id, { state: 'screened', updatedAt: ctx.at }));
  },

  'incoming.returnDraft': (ctx, { id }) => {
    const delay = lateSubmission(ctx, mustGet(ctx, id));
    return delay
      ? { workingDays: delay.workingDays, reason11: delay.exceeds, lastOnTimeDate: delay.lastOnTimeDate }
      : { workingDays: null, reason11: false, lastOnTimeDate: null };
  },

  'incoming.return': (ctx, input) => {
    const doc = mustGet(ctx, input.id);
    if (doc.state !== 'registered' && doc.state !== 'screened') {
      throw refuse('CONFLICT', '只有尚未拟办的收文才能退文。');
    }
    const delay = lateSubmission(ctx, doc);
    const computed = delay?.exceeds ?? false;
    const ticked = input.reasons.includes(11);
    // The calendar decides reason 11; the clerk may overrule it, but must say why (R6).
    if (ticked !== computed && !input.reason11Note) {
      throw invalid(
        'reason11Note',
        computed
          ? `按日历计算报送日期超过成文日期 ${delay!.workingDays} 个工作日，取消第11项须说明理由`
          : '按日历计算未超过15个工作日，勾选第11项须说明理由',
      );
    }
    if (input.returnDate < doc.receivedDate) throw invalid('returnDate', '退文日期不能早于收文日期');
    const slip = ctx.insert('incomingReturns', {
      id: uuidv7(ctx.now.getTime()),
      incomingId: doc.id,
      reasons: [...input.reasons].sort((a, b) => a - b),
      workingDays: delay?.workingDays ?? null,
      reason11Computed: computed,
      reason11Note: input.reason11Note,
      opinion: input.opinion,
      remarks: input.remarks,
      handledBy: ctx.user!.displayName,
      returnDate: input.returnDate,
      officeName: readSettings(ctx.sqlite).officeName,
      createdAt: ctx.at,
      updatedAt: ctx.at,
    });
    const returned = ctx.update('incoming', doc.id, { state: 'returned', updatedAt: ctx.at });
    return slipOf(ctx, slip, returned);
  },

  'incoming.returnSlip': (ctx, { id }) => {
    const doc = mustGet(ctx, id);
    const slip = prepared(ctx.sqlite, 'SELECT id FROM incoming_returns WHERE incoming_id = ? AND deleted_at IS NULL').get(id) as
      | { id: string }
      | undefined;
    if (!slip) throw refuse('NOT_FOUND', '这份收文没有退文，没有退文处理单。');
    return slipOf(ctx, ctx.get('incomingReturns', slip.id)!, doc);
  },

  'incoming.returnLog': (ctx, { year }) => {
    const rows = prepared(
      ctx.sqlite,
      `SELECT r.id AS slipId, r.incoming_id AS docId FROM incoming_returns r
       WHERE r.deleted_at IS NULL AND r.return_date >= ? AND r.return_date <= ? ORDER BY r.return_date DESC, r.id DESC`,
    ).all(`${year}-01-01`, `${year}-12-31`) as { slipId: string; docId: string }[];
    return rows.map((r) => slipOf(ctx, ctx.get('incomingReturns', r.slipId)!, ctx.get('incoming', r.docId)!));
  },
};
