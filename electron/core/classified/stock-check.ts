import type { StockCheck, StockCheckItem } from '../../../shared/classified/api';
import type { CopyPlace } from '../../../shared/classified/vocabulary';
import type { CallContext } from '../api/context';
import type { Handlers } from '../api/dispatcher';
import { refuse } from '../api/errors';
import { prepared } from '../db/statements';
import type { RowOf } from '../db/write-path';
import { uuidv7 } from '../ids';
import { MASKED_TITLE, seesClassifiedTitles } from '../incoming/view';
import { docSerialText } from './docs';

const ITEM_SELECT = `SELECT i.id, i.check_id AS checkId, i.doc_id AS docId, i.copy_id AS copyId, d.year, d.serial, d.title, c.copy_no AS copyNo,
    i.expected, i.expected_holder AS expectedHolder, i.confirmed_at AS confirmedAt, i.discrepancy, i.resolution, i.resolved_at AS resolvedAt
  FROM stock_check_items i JOIN classified_docs d ON d.id = i.doc_id JOIN classified_copies c ON c.id = i.copy_id`;

type ItemRow = Omit<StockCheckItem, 'serialText' | 'discrepancy' | 'expected'> & { year: number; serial: number; discrepancy: number; expected: CopyPlace };

export function itemsOf(ctx: CallContext, where: string, ...params: unknown[]): StockCheckItem[] {
  const sees = seesClassifiedTitles(ctx);
  return (prepared(ctx.sqlite, `${ITEM_SELECT} WHERE ${where} ORDER BY d.year, d.serial, c.copy_no`).all(...params) as ItemRow[]).map(
    ({ year, serial, discrepancy, ...i }) => ({ ...i, serialText: docSerialText({ year, serial }), title: sees ? i.title : MASKED_TITLE, discrepancy: discrepancy === 1 }),
  );
}

function checkOf(ctx: CallContext, row: RowOf<'stockChecks'>): StockCheck {
  return { id: row.id, startedAt: row.startedAt, finishedAt: row.finishedAt, officer: row.officer, items: itemsOf(ctx, 'i.check_id = ?', row.id) };
}

const openCheck = (ctx: CallContext) => prepared(ctx.sqlite, 'SELECT id FROM stock_checks WHERE finished_at IS NULL LIMIT 1').get() as { id: string } | undefined;

function mustGetItem(ctx: CallContext, id: string): { item: RowOf<'stockCheckItems'>; check: RowOf<'stockChecks'> } {
  const item = ctx.get('stockCheckItems', id);
  if (!item) throw refuse('NOT_FOUND', '找不到这一清查项，请刷新。');
  return { item, check: ctx.get('stockChecks', item.checkId)! };
}

export const stockCheckHandlers: Pick<Handlers, 'classified.startCheck' | 'classified.check' | 'classified.confirmCopy' | 'classified.finishCheck' | 'classified.resolveDiscrepancy'> = {
  /** Lists every copy the office should hold (在库, or 传阅中 with a reader) and where the registry says it is. */
  'classified.startCheck': (ctx) => {
    if (openCheck(ctx)) throw refuse('CONFLICT', '上一次清查尚未结束，请先结束它再开始新的清查。');
    const check = ctx.insert('stockChecks', { id: uuidv7(ctx.now.getTime()), startedAt: ctx.at, finishedAt: null, officer: ctx.user!.displayName, createdAt: ctx.at, updatedAt: ctx.at });
    const copies = prepared(ctx.sqlite, "SELECT id, doc_id AS docId, place, holder_name AS holderName FROM classified_copies WHERE place IN ('inStock', 'out')").all() as {
      id: string;
      docId: string;
      place: CopyPlace;
      holderName: string;
    }[];
    for (const c of copies) {
      ctx.insert('stockCheckItems', {
        id: uuidv7(ctx.now.getTime()),
        checkId: check.id,
        copyId: c.id,
        docId: c.docId,
        expected: c.place,
        expectedHolder: c.holderName,
        confirmedAt: null,
        discrepancy: false,
        resolution: '',
        resolvedAt: null,
        createdAt: ctx.at,
        updatedAt: ctx.at,
      });
    }
    return checkOf(ctx, check);
  },

  'classified.check': (ctx, { id }) => {
    const wanted = id ?? openCheck(ctx)?.id ?? (prepared(ctx.sqlite, 'SELECT id FROM stock_checks ORDER BY started_at DESC, rowid DESC LIMIT 1').get() as { id: string } | undefined)?.id;
    if (!wanted) return null;
    const row = ctx.get('stockChecks', wanted);
    if (!row) throw refuse('NOT_FOUND', '找不到这次清查，请刷新。');
    return checkOf(ctx, row);
  },

  'classified.confirmCopy': (ctx, { itemId }) => {
    const { item, check } = mustGetItem(ctx, itemId);
    if (check.finishedAt) throw refuse('CONFLICT', '这次清查已经结束，不能再确认；未确认的份数已列为差异。');
    if (!item.confirmedAt) ctx.update('stockCheckItems', item.id, { confirmedAt: ctx.at, updatedAt: ctx.at });
    return checkOf(ctx, check);
  },

  /** Whatever was not seen is a discrepancy; it stays on the dashboard until resolved with a note. */
  'classified.finishCheck': (ctx, { id }) => {
    const check = ctx.get('stockChecks', id);
    if (!check) throw refuse('NOT_FOUND', '找不到这次清查，请刷新。');
    if (check.finishedAt) throw refuse('CONFLICT', '这次清查已经结束。');
    const unseen = prepared(ctx.sqlite, 'SELECT id FROM stock_check_items WHERE check_id = ? AND confirmed_at IS NULL').all(id) as { id: string }[];
    for (const { id: itemId } of unseen) ctx.update('stockCheckItems', itemId, { discrepancy: true, updatedAt: ctx.at });
    return checkOf(ctx, ctx.update('stockChecks', id, { finishedAt: ctx.at, updatedAt: ctx.at }));
  },

  'classified.resolveDiscrepancy': (ctx, { itemId, resolution }) => {
    const { item, check } = mustGetItem(ctx, itemId);
    if (!item.discrepancy) throw refuse('CONFLICT', '这一份在清查中已确认，没有差异需要处理。');
    if (item.resolvedAt) throw refuse('CONFLICT', `这一差异已于 ${item.resolvedAt.slice(0, 10)} 处理：${item.resolution}`);
    ctx.update('stockCheckItems', item.id, { resolution, resolvedAt: ctx.at, updatedAt: ctx.at });
    return checkOf(ctx, check);
  },
};
