import type { CopyOut } from '../../../shared/classified/api';
import { dueBack } from '../../../shared/classified/due';
import { nowInShanghai, shanghaiInstant } from '../../../shared/dates';
import type { CallContext } from '../api/context';
import type { Handlers } from '../api/dispatcher';
import { invalid, refuse } from '../api/errors';
import { prepared } from '../db/statements';
import type { RowOf } from '../db/write-path';
import { MASKED_TITLE, seesClassifiedTitles } from '../incoming/view';
import { readSettings } from '../settings/store';
import { copyLabel, docOf, docSerialText, mustGetCopy, mustGetDoc } from './docs';
import { IN_STOCK, moveCopy } from './events';

const show = (t: string) => t.replace('T', ' ');

/** R27/R30: what a copy that is not 在库 cannot do, and why. */
export function assertInStock(copy: RowOf<'classifiedCopies'>, action: string): void {
  const label = copyLabel(copy.copyNo);
  if (copy.place === 'out') {
    throw refuse('CONFLICT', `${label}正在${copy.holderName}处传阅（夹号 ${copy.folderNo}，${show(copy.since!)} 送出），须先退回保密员，才能${action}。`);
  }
  if (copy.place === 'surrendered') throw refuse('CONFLICT', `${label}已清退给发文机关，不能${action}。`);
  if (copy.place === 'destroyed') throw refuse('CONFLICT', `${label}已销毁，不能${action}。`);
}

/** A time typed for an event: not in the future, and not before the copy's last event (its history stays in order). */
function checkEventTime(ctx: CallContext, copy: RowOf<'classifiedCopies'>, field: string, at: string, what: string): void {
  const now = nowInShanghai(ctx.now);
  if (at > now) throw invalid(field, `${what}不能晚于现在（${show(now)}）`);
  const last = prepared(ctx.sqlite, 'SELECT max(at) AS at FROM classified_events WHERE copy_id = ?').get(copy.id) as { at: string | null };
  if (last.at && at < last.at) throw invalid(field, `${what}不能早于这一份的上一次登记（${show(last.at)}）`);
}

export const circulationHandlers: Pick<Handlers, 'classified.send' | 'classified.receive' | 'classified.surrender' | 'classified.board'> = {
  'classified.send': (ctx, { copyId, readerId, folderNo, sentAt }) => {
    const copy = mustGetCopy(ctx, copyId);
    const doc = mustGetDoc(ctx, copy.docId);
    if (copy.place === 'out') {
      // R25: the folder always comes back to the officer before the next reader.
      throw refuse(
        'CONFLICT',
        `${copyLabel(copy.copyNo)}正在${copy.holderName}处传阅（夹号 ${copy.folderNo}），不得横传：须先退回保密员，登记退回后再送下一位。`,
      );
    }
    assertInStock(copy, '传阅');
    const reader = ctx.get('people', readerId);
    if (!reader) throw invalid('readerId', '阅件人须从人员名录中选择');
    if (!doc.scope.includes(reader.id)) {
      // R24: only readers within the 知悉范围.
      const names = doc.scope.map((id) => ctx.get('people', id)?.name ?? '').filter(Boolean).join('、');
      throw invalid('readerId', `${reader.name}不在此件的知悉范围内，不能送阅。知悉范围：${names}`);
    }
    checkEventTime(ctx, copy, 'sentAt', sentAt, '送阅时间');
    moveCopy(ctx, copy, 'send', sentAt, { place: 'out', holderId: reader.id, holderName: reader.name, folderNo, since: sentAt }, {
      folderNo,
      personId: reader.id,
      personName: reader.name,
    });
    return docOf(ctx, doc);
  },

  'classified.receive': (ctx, { copyId, returnedAt, signedOff, instruction }) => {
    const copy = mustGetCopy(ctx, copyId);
    if (copy.place !== 'out') throw refuse('CONFLICT', `${copyLabel(copy.copyNo)}不在传阅中，无需登记退回。`);
    checkEventTime(ctx, copy, 'returnedAt', returnedAt, '退回时间');
    moveCopy(ctx, copy, 'back', returnedAt, IN_STOCK, {
      folderNo: copy.folderNo,
      personId: copy.holderId,
      personName: copy.holderName,
      signedOff,
      instruction,
    });
    return docOf(ctx, mustGetDoc(ctx, copy.docId));
  },

  'classified.surrender': (ctx, { copyId, date, unitId, receiver }) => {
    const copy = mustGetCopy(ctx, copyId);
    assertInStock(copy, '清退');
    const doc = mustGetDoc(ctx, copy.docId);
    const unit = ctx.get('units', unitId);
    if (!unit || unit.deletedAt) throw invalid('unitId', '接收单位须从单位名录中选择');
    if (date < doc.receivedDate) throw invalid('date', `清退日期不能早于收到日期（${doc.receivedDate}）`);
    // A date-only event stands at the end of its day (or now, today), after anything else that day.
    const now = nowInShanghai(ctx.now);
    if (date > now.slice(0, 10)) throw invalid('date', '清退日期不能晚于今天');
    const at = `${date}T23:59` < now ? `${date}T23:59` : now;
    checkEventTime(ctx, copy, 'date', at, '清退日期');
    moveCopy(ctx, copy, 'surrender', at, { ...IN_STOCK, place: 'surrendered' }, { unitId: unit.id, unitName: unit.fullName, personName: receiver });
    return docOf(ctx, doc);
  },

  'classified.board': (ctx) => copiesOut(ctx),
};

/** Every copy out, longest out first (R26 board). */
export function copiesOut(ctx: CallContext): CopyOut[] {
  const rows = prepared(
    ctx.sqlite,
    `SELECT c.id AS copyId, c.doc_id AS docId, c.copy_no AS copyNo, c.folder_no AS folderNo, c.holder_name AS holderName, c.since,
       d.year, d.serial, d.title, d.secrecy_level AS secrecyLevel
     FROM classified_copies c JOIN classified_docs d ON d.id = c.doc_id
     WHERE c.place = 'out' ORDER BY c.since, d.year, d.serial, c.copy_no`,
  ).all() as (Omit<CopyOut, 'serialText' | 'dueAt' | 'overdue' | 'minutesOut'> & { year: number; serial: number })[];
  const now = nowInShanghai(ctx.now);
  const returnBy = readSettings(ctx.sqlite).circulationReturnBy;
  const sees = seesClassifiedTitles(ctx);
  return rows.map(({ year, serial, ...r }) => {
    const dueAt = dueBack(r.since, returnBy);
    return {
      ...r,
      serialText: docSerialText({ year, serial }),
      title: sees ? r.title : MASKED_TITLE,
      dueAt,
      overdue: now > dueAt,
      minutesOut: Math.max(0, Math.round((ctx.now.getTime() - shanghaiInstant(r.since)) / 60_000)),
    };
  });
}
