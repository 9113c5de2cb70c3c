import { nowInShanghai, todayInShanghai } from '../../../shared/dates';
import type { LedgerEntry } from '../../../shared/seals/api';
import type { CallContext } from '../api/context';
import type { Handlers } from '../api/dispatcher';
import { invalid, refuse } from '../api/errors';
import { prepared } from '../db/statements';
import type { RowOf } from '../db/write-path';
import { uuidv7 } from '../ids';
import { seesClassifiedTitles } from '../incoming/view';
import { assertIssuesHere } from '../sync/issuers';
import { appendLine } from './chain';
import { latestLineId } from './effective';
import { entryOf, LINE_SELECT, serialText, type SelectedLine } from './lines';
import { checkedUse, type UseValues } from './use-checks';

/** The next 序号 of this year's ledger: one running number for every seal, as in the paper 用印登记簿. */
function nextSerial(ctx: CallContext, year: number): number {
  assertIssuesHere(ctx, 'seals');
  const row = prepared(ctx.sqlite, 'SELECT max(serial) AS n FROM seal_entries WHERE year = ?').get(year) as { n: number | null };
  return (row.n ?? 0) + 1;
}

export function entryById(ctx: CallContext, id: string): LedgerEntry {
  const line = prepared(ctx.sqlite, `${LINE_SELECT} WHERE e.id = ?`).get(id) as SelectedLine;
  return entryOf(line, seesClassifiedTitles(ctx));
}

function mustGetLine(ctx: CallContext, id: string): RowOf<'sealEntries'> {
  const line = ctx.get('sealEntries', id);
  if (!line) throw refuse('NOT_FOUND', '找不到这条用印登记，请刷新。');
  return line;
}

/** A numbered line (use or 更正) with the recording user as 监印人. */
function appendNumbered(ctx: CallContext, kind: 'use' | 'correction', values: UseValues, link: { id: string; refId: string | null; rootId: string; cancelled: boolean; correctionReason: string }) {
  const year = Number(todayInShanghai(ctx.now).slice(0, 4));
  return appendLine(ctx, {
    ...values,
    ...link,
    kind,
    year,
    serial: nextSerial(ctx, year),
    returnedAt: null,
    supervisor: ctx.user!.displayName,
    recordedBy: ctx.user!.id,
    createdAt: ctx.at,
    updatedAt: ctx.at,
  });
}

const valuesOf = (line: RowOf<'sealEntries'>): UseValues => ({
  sealId: line.sealId, sealName: line.sealName, useKind: line.useKind, outgoingId: line.outgoingId, docNumber: line.docNumber,
  secrecyLevel: line.secrecyLevel, usedAt: line.usedAt, reason: line.reason, fileName: line.fileName, copies: line.copies,
  unitId: line.unitId, unitName: line.unitName, handler: line.handler, approverId: line.approverId, approverName: line.approverName,
  approverTitle: line.approverTitle, approvedAt: line.approvedAt, method: line.method, remarks: line.remarks,
});

const sameValues = (a: UseValues, b: UseValues) => (Object.keys(a) as (keyof UseValues)[]).every((k) => (a[k] ?? null) === (b[k] ?? null));

export const recordHandlers: Pick<Handlers, 'seals.recordUse' | 'seals.recordReturn' | 'seals.correct'> = {
  'seals.recordUse': (ctx, input) => {
    const id = uuidv7(ctx.now.getTime());
    const values = checkedUse(ctx, input, null);
    appendNumbered(ctx, 'use', values, { id, refId: null, rootId: id, cancelled: false, correctionReason: '' });
    return entryById(ctx, id);
  },

  'seals.recordReturn': (ctx, { useId, returnedAt, remarks }) => {
    const rootId = mustGetLine(ctx, useId).rootId;
    const use = ctx.get('sealEntries', latestLineId(ctx.sqlite, rootId))!;
    if (use.method !== 'takeOut' || use.cancelled) throw refuse('CONFLICT', `序号 ${serialText(use)} 不是外带登记，无需登记归还。`);
    const back = prepared(ctx.sqlite, "SELECT returned_at AS at FROM seal_entries WHERE root_id = ? AND kind = 'return'").get(rootId) as { at: string } | undefined;
    if (back) throw refuse('CONFLICT', `${use.sealName}（序号 ${serialText(use)}）已于 ${back.at.replace('T', ' ')} 登记归还。`);
    if (returnedAt < use.usedAt) throw invalid('returnedAt', `归还时间不能早于外带时间（${use.usedAt.replace('T', ' ')}）`);
    const now = nowInShanghai(ctx.now);
    if (returnedAt > now) throw invalid('returnedAt', `归还时间不能晚于现在（${now.replace('T', ' ')}）`);
    // Not a line of its own: it fills 归还时间 of the use, and stays in the chain like every line.
    appendLine(ctx, {
      ...valuesOf(use),
      id: uuidv7(ctx.now.getTime()),
      kind: 'return',
      year: null,
      serial: null,
      refId: rootId,
      rootId,
      returnedAt,
      remarks,
      cancelled: false,
      correctionReason: '',
      supervisor: ctx.user!.displayName,
      recordedBy: ctx.user!.id,
      createdAt: ctx.at,
      updatedAt: ctx.at,
    });
    return entryById(ctx, use.id);
  },

  'seals.correct': (ctx, { targetId, correctionReason, cancel, ...input }) => {
    const target = mustGetLine(ctx, targetId);
    if (target.kind === 'return') throw refuse('CONFLICT', '归还记录不能更正；请更正对应的外带登记。');
    const latest = latestLineId(ctx.sqlite, target.rootId);
    if (latest !== target.id) {
      throw refuse('CONFLICT', `序号 ${serialText(target)} 已被序号 ${serialText(ctx.get('sealEntries', latest)!)} 更正，请在最新的一行上更正。`);
    }
    if (target.cancelled) throw refuse('CONFLICT', `序号 ${serialText(target)} 已更正为未实际用印，不能再更正。`);
    const values = cancel ? valuesOf(target) : checkedUse(ctx, input, target.rootId);
    if (!cancel && sameValues(values, valuesOf(target))) {
      throw refuse('VALIDATION', '更正后的内容与原登记相同，请修改需要更正的项目。');
    }
    const back = prepared(ctx.sqlite, "SELECT returned_at AS at FROM seal_entries WHERE root_id = ? AND kind = 'return'").get(target.rootId) as { at: string } | undefined;
    if (back && values.method === 'takeOut' && back.at < values.usedAt) {
      throw invalid('usedAt', `这次外带已于 ${back.at.replace('T', ' ')} 归还，外带时间不能晚于归还时间`);
    }
    const id = uuidv7(ctx.now.getTime());
    appendNumbered(ctx, 'correction', values, { id, refId: target.id, rootId: target.rootId, cancelled: cancel, correctionReason });
    return entryById(ctx, id);
  },
};
