import { checkDocNumber, formatDocNumber } from '../../../shared/doc-number';
import type { GapEntry } from '../../../shared/outgoing/api';
import type { CallContext } from '../api/context';
import type { Handlers } from '../api/dispatcher';
import { invalid, refuse } from '../api/errors';
import { prepared } from '../db/statements';
import type { RowOf } from '../db/write-path';
import { uuidv7 } from '../ids';
import { assertIssuedHere, ensureDefaultCodes, mustGetCode, mustGetCounter } from './codes';
import { mustBeAt, mustGet, recordOf } from './detail';
import { newOutgoingRow } from './draft';
import { issueNumber, takeDocumentNumber } from './numbering';

function explain(n: RowOf<'outgoingNumbers'>): string {
  if (n.kind === 'voided') return `作废：${n.reason}（批准人：${n.approverName}）`;
  if (n.kind === 'historical') return '补录：从纸质登记簿补录的历史文号';
  return '';
}

const entryOf = (n: RowOf<'outgoingNumbers'>): GapEntry => ({
  serial: n.serial,
  docNumber: n.docNumber,
  kind: n.kind as GapEntry['kind'],
  outgoingId: n.outgoingId,
  explanation: explain(n),
});

function approverOf(ctx: CallContext, id: string) {
  const p = ctx.get('people', id);
  if (!p || p.deletedAt || p.disabled) throw invalid('approverId', '批准人须从人员名录中选择（不能是已停用的人员）');
  return { id: p.id, name: p.name };
}

export const numberHandlers: Pick<
  Handlers,
  'outgoing.takeNumber' | 'outgoing.voidNumber' | 'outgoing.recordHistoricalNumber' | 'outgoing.gapReport'
> = {
  'outgoing.takeNumber': (ctx, { id }) => {
    const row = mustGet(ctx, id);
    // R12: a document that has its number gets it back; nothing is written.
    if (row.numberId) return recordOf(ctx, row);
    mustBeAt(row, 'takeNumber');
    if (!row.writtenDate) throw refuse('CONFLICT', '须先登记签发人和签发日期，签发后才能编号。');
    if (row.normative && !row.legalReviewDate) {
      throw refuse('CONFLICT', '规范性文件须先登记合法性审查（审查人、日期、结论），审查后才能编号。');
    }
    const code = mustGetCode(ctx, row.codeId);
    if (code.disabled) throw refuse('CONFLICT', `机关代字“${code.code}”已停用，不能再用它编号。`);
    assertIssuedHere(ctx, mustGetCounter(ctx, code.counterId));
    takeDocumentNumber(ctx, row, ctx.user!.displayName);
    return recordOf(ctx, mustGet(ctx, id));
  },

  /** R14: a void number keeps its row, reason and approver; nextSerial never gives it again. */
  'outgoing.voidNumber': (ctx, { target, reason, approverId }) => {
    const approver = approverOf(ctx, approverId);
    if ('codeId' in target) {
      const code = mustGetCode(ctx, target.codeId);
      const counter = mustGetCounter(ctx, code.counterId);
      assertIssuedHere(ctx, counter);
      const n = issueNumber(ctx, { counter, code: code.code, year: target.year, kind: 'voided', outgoingId: null, reason, approver, recordedBy: ctx.user!.displayName });
      return entryOf(n);
    }
    const n = ctx.get('outgoingNumbers', target.numberId);
    if (!n) throw refuse('NOT_FOUND', '找不到这个文号，请刷新。');
    if (n.kind !== 'taken') throw refuse('CONFLICT', `${n.docNumber}是${n.kind === 'voided' ? '作废号' : '补录的历史文号'}，不能作废。`);
    assertIssuedHere(ctx, mustGetCounter(ctx, n.counterId));
    const doc = mustGet(ctx, n.outgoingId!);
    if (doc.state !== 'numbered') throw refuse('CONFLICT', `${n.docNumber}的公文已经印制，文号不能再作废。`);
    const voided = ctx.update('outgoingNumbers', n.id, { kind: 'voided', reason, approverId: approver.id, approverName: approver.name, updatedAt: ctx.at });
    // The document loses the number and goes back to 已签发: it may take a new one later.
    ctx.update('outgoing', doc.id, {
      numberId: null,
      docNumber: '',
      year: Number(doc.draftDate.slice(0, 4)),
      serial: null,
      state: 'signed',
      updatedAt: ctx.at,
    });
    return entryOf(voided);
  },

  'outgoing.recordHistoricalNumber': (ctx, input) => {
    ensureDefaultCodes(ctx);
    const checked = checkDocNumber(input.docNumber);
    if (!checked.ok) {
      const hint = checked.corrected ? `，应为“${checked.corrected}”` : '';
      throw invalid('docNumber', `发文字号格式不对：${checked.problems.join('；')}${hint}`);
    }
    const { agency, year, serial } = checked.parsed;
    const codeRow = prepared(ctx.sqlite, 'SELECT id FROM outgoing_codes WHERE code = ?').get(agency) as { id: string } | undefined;
    if (!codeRow) throw invalid('docNumber', `机关代字“${agency}”尚未配置，请管理员先在机关代字中添加`);
    const code = mustGetCode(ctx, codeRow.id);
    const counter = mustGetCounter(ctx, code.counterId);
    assertIssuedHere(ctx, counter);
    if (year !== Number(input.writtenDate.slice(0, 4))) throw invalid('writtenDate', `成文日期应在${year}年内，与文号的年份一致`);
    const existing = prepared(ctx.sqlite, 'SELECT id FROM outgoing_numbers WHERE counter_id = ? AND year = ? AND serial = ?').get(counter.id, year, serial) as
      | { id: string }
      | undefined;
    if (existing) {
      const n = ctx.get('outgoingNumbers', existing.id)!;
      const what = n.kind === 'voided' ? '已作废' : n.kind === 'historical' ? '已补录' : '已被使用';
      throw invalid('docNumber', `${n.docNumber}${what}，序号${serial}不能再登记（与“${counter.name}”序列共用编号的代字也算在内）`);
    }
    // A back-filled document was issued on paper long ago: it is kept as archived with its number.
    const doc = ctx.insert('outgoing', { ...newOutgoingRow(ctx, input, code.id), state: 'archived', writtenDate: input.writtenDate });
    const docNumber = formatDocNumber({ agency, year, serial });
    const n = ctx.insert('outgoingNumbers', {
      id: uuidv7(ctx.now.getTime()),
      counterId: counter.id,
      year,
      serial,
      code: agency,
      docNumber,
      outgoingId: doc.id,
      kind: 'historical',
      reason: '',
      approverName: '',
      recordedBy: ctx.user!.displayName,
      recordedAt: ctx.at,
      createdAt: ctx.at,
      updatedAt: ctx.at,
    });
    return recordOf(ctx, ctx.update('outgoing', doc.id, { numberId: n.id, docNumber, year, serial, updatedAt: ctx.at }));
  },

  /**
   * R15: from the first serial (the configured start, or a lower back-filled
   * number) to the highest given, every serial with what became of it.
   */
  'outgoing.gapReport': (ctx, { counterId, year }) => {
    const counter = mustGetCounter(ctx, counterId);
    const ids = prepared(ctx.sqlite, 'SELECT id FROM outgoing_numbers WHERE counter_id = ? AND year = ? ORDER BY serial').all(counter.id, year) as {
      id: string;
    }[];
    const numbers = ids.map((r) => ctx.get('outgoingNumbers', r.id)!);
    const entries: GapEntry[] = [];
    if (numbers.length > 0) {
      const bySerial = new Map(numbers.map((n) => [n.serial, n]));
      const first = Math.min(counter.startSerials[String(year)] ?? 1, numbers[0].serial);
      const last = numbers.at(-1)!.serial;
      for (let serial = first; serial <= last; serial += 1) {
        const n = bySerial.get(serial);
        entries.push(n ? entryOf(n) : { serial, docNumber: '', kind: 'missing', outgoingId: null, explanation: '缺号：没有发放或登记记录' });
      }
    }
    return { counterId: counter.id, counterName: counter.name, year, entries, holes: entries.filter((e) => e.kind !== 'taken') };
  },
};
