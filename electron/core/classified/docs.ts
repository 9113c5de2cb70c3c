import type { ParsedInputOf } from '../../../shared/api';
import type { ClassifiedCopy, ClassifiedDoc, CopyEvent, ScopePerson } from '../../../shared/classified/api';
import { dueBack } from '../../../shared/classified/due';
import type { CopyPlace } from '../../../shared/classified/vocabulary';
import { nowInShanghai, todayInShanghai } from '../../../shared/dates';
import { formatCopyNumber } from '../../../shared/incoming/copy-numbers';
import { checkSecrecy } from '../../../shared/incoming/checks';
import type { CallContext } from '../api/context';
import { invalid, refuse } from '../api/errors';
import { prepared } from '../db/statements';
import type { RowOf } from '../db/write-path';
import { uuidv7 } from '../ids';
import { MASKED_TITLE, seesClassifiedTitles } from '../incoming/view';
import { readSettings } from '../settings/store';
import { assertIssuesHere } from '../sync/issuers';

type Level = ClassifiedDoc['secrecyLevel'];

export const docSerialText = (d: { year: number; serial: number }) => `${d.year}-${d.serial}`;
export const copyLabel = (copyNo: number) => `份号 ${formatCopyNumber(copyNo)}`;

export function mustGetDoc(ctx: CallContext, id: string): RowOf<'classifiedDocs'> {
  const row = ctx.get('classifiedDocs', id);
  if (!row) throw refuse('NOT_FOUND', '找不到这份密件，请刷新。');
  return row;
}

export function mustGetCopy(ctx: CallContext, id: string): RowOf<'classifiedCopies'> {
  const row = ctx.get('classifiedCopies', id);
  if (!row) throw refuse('NOT_FOUND', '找不到这一份密件，请刷新。');
  return row;
}

/** 知悉范围: each person must be in the directory; the list is kept without repeats, in the order given. */
function checkedScope(ctx: CallContext, ids: string[]): string[] {
  const unique = [...new Set(ids)];
  for (const id of unique) if (!ctx.get('people', id)) throw invalid('scope', '知悉范围须从人员名录中选择');
  return unique;
}

export function scopeOf(ctx: CallContext, ids: string[]): ScopePerson[] {
  return ids.map((id) => {
    const p = ctx.get('people', id);
    return { personId: id, name: p?.name ?? '（已删除的人员）', title: p?.title ?? '' };
  });
}

function checkReturnBy(returnBy: string | null, receivedDate: string): void {
  if (returnBy && returnBy < receivedDate) throw invalid('returnBy', `清退期限不能早于收到日期（${receivedDate}）`);
}

type RegisterInput = ParsedInputOf<'classified.register'>;

/** The document's facts: from the classified incoming record, or as typed (checked as R4 checks the register). */
function documentFacts(ctx: CallContext, input: RegisterInput) {
  if (input.incomingId) {
    const inc = ctx.get('incoming', input.incomingId);
    if (!inc || inc.deletedAt) throw invalid('incomingId', '收文须从收文登记中选择');
    if (inc.secrecyLevel === 'none') throw invalid('incomingId', `收文${inc.receiptNo}为非密文件，不登记为密件`);
    const existing = prepared(ctx.sqlite, 'SELECT year, serial FROM classified_docs WHERE incoming_id = ?').get(inc.id) as { year: number; serial: number } | undefined;
    if (existing) throw refuse('CONFLICT', `收文${inc.receiptNo}已登记为密件（编号 ${docSerialText(existing)}）。`);
    return {
      incomingId: inc.id,
      title: inc.title,
      docNumber: inc.docNumber,
      issuerUnitId: inc.fromUnitId,
      issuerName: inc.fromUnitName,
      secrecyLevel: inc.secrecyLevel as Level,
      secrecyPeriodMonths: inc.secrecyPeriodMonths!,
      receivedDate: inc.receivedDate,
      copyNumbers: inc.copyNumbers,
    };
  }
  if (!input.title) throw invalid('title', '请填写标题');
  if (!input.secrecyLevel) throw invalid('secrecyLevel', '请选择密级');
  if (!input.receivedDate) throw invalid('receivedDate', '请填写收到日期');
  if (input.receivedDate > todayInShanghai(ctx.now)) throw invalid('receivedDate', '收到日期不能晚于今天');
  if (!input.issuerUnitId) throw invalid('issuerUnitId', '请选择发文机关（清退时交回的单位）');
  const unit = ctx.get('units', input.issuerUnitId);
  if (!unit || unit.deletedAt) throw invalid('issuerUnitId', '发文机关须从单位名录中选择');
  const copyNumbers = input.copyNumbers ?? [];
  const errors = checkSecrecy({ level: input.secrecyLevel, periodMonths: input.secrecyPeriodMonths, copies: copyNumbers.length, copyNumbers });
  const [field, message] = Object.entries(errors)[0] ?? [];
  if (field && message) throw invalid(field, message);
  return {
    incomingId: null,
    title: input.title,
    docNumber: input.docNumber,
    issuerUnitId: unit.id,
    issuerName: unit.fullName,
    secrecyLevel: input.secrecyLevel,
    secrecyPeriodMonths: input.secrecyPeriodMonths!,
    receivedDate: input.receivedDate,
    copyNumbers,
  };
}

/** Registers a 密件 and one copy per 份号, all 在库. */
export function registerClassified(ctx: CallContext, input: RegisterInput): RowOf<'classifiedDocs'> {
  const { copyNumbers, ...facts } = documentFacts(ctx, input);
  const scope = checkedScope(ctx, input.scope);
  checkReturnBy(input.returnBy, facts.receivedDate);
  assertIssuesHere(ctx, 'classified');
  const year = Number(todayInShanghai(ctx.now).slice(0, 4));
  const last = prepared(ctx.sqlite, 'SELECT max(serial) AS n FROM classified_docs WHERE year = ?').get(year) as { n: number | null };
  const doc = ctx.insert('classifiedDocs', {
    id: uuidv7(ctx.now.getTime()),
    year,
    serial: (last.n ?? 0) + 1,
    ...facts,
    scope,
    returnBy: input.returnBy,
    remarks: input.remarks,
    createdAt: ctx.at,
    updatedAt: ctx.at,
  });
  for (const copyNo of copyNumbers) {
    ctx.insert('classifiedCopies', {
      id: uuidv7(ctx.now.getTime()),
      docId: doc.id,
      copyNo,
      place: 'inStock',
      holderId: null,
      holderName: '',
      folderNo: '',
      since: null,
      createdAt: ctx.at,
      updatedAt: ctx.at,
    });
  }
  return doc;
}

export function updateClassified(ctx: CallContext, input: ParsedInputOf<'classified.update'>): RowOf<'classifiedDocs'> {
  const doc = mustGetDoc(ctx, input.id);
  checkReturnBy(input.returnBy, doc.receivedDate);
  return ctx.update('classifiedDocs', doc.id, { scope: checkedScope(ctx, input.scope), returnBy: input.returnBy, remarks: input.remarks, updatedAt: ctx.at });
}

const returnTime = (ctx: CallContext) => readSettings(ctx.sqlite).circulationReturnBy;

export function copyOf(ctx: CallContext, row: RowOf<'classifiedCopies'>, now = nowInShanghai(ctx.now), returnBy = returnTime(ctx)): ClassifiedCopy {
  const events = (
    prepared(
      ctx.sqlite,
      `SELECT id, kind, at, folder_no AS folderNo, person_id AS personId, person_name AS personName, unit_name AS unitName,
         signed_off AS signedOff, instruction, batch_no AS batchNo, officer
       FROM classified_events WHERE copy_id = ? ORDER BY at, created_at, rowid`,
    ).all(row.id) as (Omit<CopyEvent, 'signedOff'> & { signedOff: number })[]
  ).map((e) => ({ ...e, signedOff: e.signedOff === 1 }));
  const dueAt = row.place === 'out' && row.since ? dueBack(row.since, returnBy) : null;
  return {
    id: row.id,
    copyNo: row.copyNo,
    place: row.place as CopyPlace,
    holderId: row.holderId,
    holderName: row.holderName,
    folderNo: row.folderNo,
    since: row.since,
    dueAt,
    overdue: dueAt !== null && now > dueAt,
    events,
  };
}

export function docOf(ctx: CallContext, row: RowOf<'classifiedDocs'>): ClassifiedDoc {
  const copies = prepared(ctx.sqlite, 'SELECT id FROM classified_copies WHERE doc_id = ? ORDER BY copy_no').all(row.id) as { id: string }[];
  const now = nowInShanghai(ctx.now);
  const returnBy = returnTime(ctx);
  return {
    id: row.id,
    serialText: docSerialText(row),
    incomingId: row.incomingId,
    title: seesClassifiedTitles(ctx) ? row.title : MASKED_TITLE,
    docNumber: row.docNumber,
    issuerName: row.issuerName,
    secrecyLevel: row.secrecyLevel as Level,
    secrecyPeriodMonths: row.secrecyPeriodMonths,
    receivedDate: row.receivedDate,
    scope: scopeOf(ctx, row.scope),
    returnBy: row.returnBy,
    remarks: row.remarks,
    copies: copies.map(({ id }) => copyOf(ctx, ctx.get('classifiedCopies', id)!, now, returnBy)),
  };
}
