import { openCore, type Core, type SessionRef } from '../../electron/core';
import { AuditChain } from '../../electron/core/audit/chain';
import { openConnection } from '../../electron/core/db/connection';
import { WritePath, type NewRowOf, type WriteScope } from '../../electron/core/db/write-path';
import { DEMO_PEOPLE, DEMO_UNITS } from '../../electron/core/demo/data';
import { take } from '../../electron/core/demo/incoming-generator';
import { generateOutgoing, type OutgoingSample } from '../../electron/core/demo/outgoing-generator';
import { uuidv7 } from '../../electron/core/ids';
import { keepOutgoingDerived } from '../../electron/core/outgoing/derived';
import { HybridClock } from '../../electron/core/sync/clock';
import { formatDocNumber } from '../../shared/doc-number';
import type { NumberCounter } from '../../shared/outgoing/api';
import { MIGRATIONS_DIR, openSetUpCore } from './fixtures';
import { RARE_TERMS, RECORDS } from './incoming-fixture';

export const OUTGOING_BATCH = 5_000;
/** The fixture's 拟稿日期 range: six years up to a week before the reference day. */
export const OUTGOING_FROM = '2021-01-04';
export const OUTGOING_TO = '2026-11-20';

export interface OutgoingFixture {
  core: Core;
  clerk: SessionRef;
  dataDir: string;
  /** 代字 → id of the office's defaults (凤政发 …). */
  codeIds: Map<string, string>;
  unitIds: string[];
  /** 职务 → person id (县长, 办公室主任 …). */
  people: Map<string, string>;
  loadMs: number;
}

const call = <T>(core: Core, session: SessionRef, method: string, input: unknown): T => {
  const r = core.dispatch(session, method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value as T;
};

/**
 * A database with RECORDS outgoing documents. The office, its directories and
 * its 代字 are set up through the API. The documents are not: through the API
 * each one is a draft, a 核稿, a 签发, a number, a 印制 … — five to seven
 * transactions and audit entries a document, hours for a million. They go in
 * through the real write path instead (WritePath.insertMany, batches of
 * OUTGOING_BATCH in one transaction, wired as openCore wires it), which writes
 * every row's change-log entry, one sealed audit entry per batch and, through
 * the derive hook of electron/core/outgoing/derived.ts (insertRow calls it for
 * every insertMany row), the search index. Each document arrives in the state
 * the generator gives it, with its number row (kind 'taken'; a few 'voided'
 * rows in between) on per-counter, per-year consecutive serials, as numbering
 * would have given them. Signatures, 会签 and 分发 rows are left out: no list,
 * search or numbering query reads them.
 */
export function buildOutgoingFixture(records = RECORDS): OutgoingFixture {
  const setup = openSetUpCore();
  const { admin, dataDir } = setup;
  let core = setup.core;
  call(core, admin, 'users.add', { username: 'clerk', displayName: '周丽', roles: ['clerk'], password: 'bench-pass-1' });
  const unitIds = DEMO_UNITS.map(([fullName, shortName, category]) => call<{ id: string }>(core, admin, 'units.add', { fullName, shortName, category }).id);
  const people = new Map<string, string>();
  for (const [name, title] of DEMO_PEOPLE) people.set(title, call<{ id: string }>(core, admin, 'people.add', { name, title }).id);
  const counters = call<NumberCounter[]>(core, admin, 'outgoing.codes', {});
  core.close();

  const t0 = performance.now();
  loadDocuments(dataDir, counters, unitIds, records);
  const loadMs = performance.now() - t0;

  core = openCore({ dataDir, migrationsDir: MIGRATIONS_DIR });
  const clerk = core.newSession();
  call(core, clerk, 'auth.login', { username: 'clerk', password: 'bench-pass-1' });
  const codeIds = new Map(counters.flatMap((c) => c.codes.map((k) => [k.code, k.id] as const)));
  return { core, clerk, dataDir, codeIds, unitIds, people, loadMs };
}

function loadDocuments(dataDir: string, counters: NumberCounter[], unitIds: string[], records: number): void {
  const { sqlite, db, deviceId } = openConnection(dataDir, MIGRATIONS_DIR);
  try {
    const lastHlc = (sqlite.prepare('SELECT max(hlc) AS hlc FROM change_log').get() as { hlc: string | null }).hlc;
    const writer = new WritePath(sqlite, deviceId, new HybridClock(deviceId, () => Date.now(), lastHlc), new AuditChain(sqlite, deviceId));
    keepOutgoingDerived(writer, db, sqlite);
    const counterOf = new Map(counters.flatMap((c) => c.codes.map((k) => [k.id, c.id] as const)));
    const units = new Map((sqlite.prepare('SELECT id, full_name AS name FROM units').all() as { id: string; name: string }[]).map((u) => [u.id, u.name]));
    const codes = counters.flatMap((c) => c.codes.map((k) => ({ id: k.id, code: k.code })));
    const samples = generateOutgoing(codes, unitIds, records, { from: OUTGOING_FROM, to: OUTGOING_TO });
    const serials = new Map<string, number>();
    const perDay = new Map<string, number>();
    const at = new Date().toISOString();
    const scope: WriteScope = { at, userId: null, userName: '基准测试', method: 'bench.loadOutgoing', title: '基准测试装载发文' };
    const write = sqlite.transaction((docs: NewRowOf<'outgoing'>[], numbers: NewRowOf<'outgoingNumbers'>[]) => {
      writer.insertMany(scope, 'outgoing', docs);
      writer.insertMany(scope, 'outgoingNumbers', numbers);
    });
    let loaded = 0;
    while (loaded < records) {
      const batch = take(samples, OUTGOING_BATCH);
      if (loaded === 0) {
        // Two of the oldest documents carry each rare word: every rare term matches a handful.
        batch.slice(0, RARE_TERMS.length * 2).forEach((s, i) => (s.draft.title = `关于${RARE_TERMS[i % RARE_TERMS.length]}${s.draft.title.replace(/^关于/, '')}`));
      }
      const docs: NewRowOf<'outgoing'>[] = [];
      const numbers: NewRowOf<'outgoingNumbers'>[] = [];
      for (const s of batch) {
        const day = s.draft.draftDate;
        const k = perDay.get(day) ?? 0;
        perDay.set(day, k + 1);
        const registeredMs = Date.parse(`${day}T09:00:00+08:00`);
        const doc = rowOf(s, registeredMs * 1024 + k, units.get(s.draft.draftUnitId)!, at);
        if (s.writtenDate && s.state !== 'signed') {
          const counterId = counterOf.get(s.draft.codeId)!;
          const year = Number(s.writtenDate.slice(0, 4));
          const key = `${counterId}:${year}`;
          let serial = (serials.get(key) ?? 0) + 1;
          if (serial % 2_000 === 0) {
            // Now and then a number voided before use: the gap report's 作废号.
            numbers.push(numberRow(counterId, s.code, year, serial, null, at, '预留文号未使用'));
            serial += 1;
          }
          serials.set(key, serial);
          const n = numberRow(counterId, s.code, year, serial, doc.id, at, '');
          numbers.push(n);
          Object.assign(doc, { numberId: n.id, docNumber: n.docNumber, year, serial });
        }
        docs.push(doc);
      }
      write(docs, numbers);
      loaded += batch.length;
    }
  } finally {
    sqlite.close();
  }
}

function rowOf(s: OutgoingSample, ftsRowid: number, unitName: string, at: string): NewRowOf<'outgoing'> {
  const d = s.draft;
  return {
    id: uuidv7(Math.floor(ftsRowid / 1024)),
    ftsRowid,
    state: s.state,
    codeId: d.codeId,
    docType: d.docType,
    title: d.title,
    draftUnitId: d.draftUnitId,
    draftUnitName: unitName,
    drafter: d.drafter,
    draftDate: d.draftDate,
    mainTo: d.mainTo ?? '',
    ccTo: d.ccTo ?? '',
    secrecyLevel: d.secrecyLevel,
    secrecyPeriodMonths: d.secrecyPeriodMonths ?? null,
    urgency: d.urgency,
    publicity: d.publicity,
    publicityReason: d.publicityReason ?? '',
    normative: d.normative ?? false,
    wordCount: d.wordCount ?? null,
    issuer: d.issuer,
    matter: d.matter,
    reviewer: s.state === 'draft' ? null : s.reviewer,
    reviewDate: s.state === 'draft' ? null : s.reviewDate,
    legalReviewer: s.legalReviewDate ? '县司法局 彭晓' : null,
    legalReviewDate: s.legalReviewDate,
    legalConclusion: s.legalReviewDate ? '未发现与法律法规相抵触的内容' : '',
    writtenDate: s.writtenDate,
    docNumber: '',
    copies: s.copies,
    copyFrom: s.copyFrom,
    copyTo: s.copyTo,
    printedDate: s.printedDate,
    archivedDate: s.archivedDate,
    year: Number(d.draftDate.slice(0, 4)),
    serial: null,
    meetingType: d.meetingType ?? null,
    meetingAt: d.meetingAt ?? null,
    createdAt: at,
    updatedAt: at,
  };
}

function numberRow(counterId: string, code: string, year: number, serial: number, outgoingId: string | null, at: string, reason: string): NewRowOf<'outgoingNumbers'> {
  return {
    id: uuidv7(),
    counterId,
    year,
    serial,
    code,
    docNumber: formatDocNumber({ agency: code, year, serial }),
    outgoingId,
    kind: outgoingId ? 'taken' : 'voided',
    reason,
    approverName: outgoingId ? '' : '王志刚',
    recordedBy: '周丽',
    recordedAt: at,
    createdAt: at,
    updatedAt: at,
  };
}
