import { describe, expect, it } from 'vitest';
import { agencyCode, generateIncoming, take } from '../../../electron/core/demo/incoming-generator';
import { setUpOffice, signIn, type TestCore } from '../../helpers/core';
import { addUser, PASSWORD, useCores } from './support';

// The list chooses its query plan by how common a filter value is (see list.ts). Whatever
// the plan, the pages must be exactly the filtered rows in the chosen order.

interface Raw {
  id: string;
  title: string;
  fts_rowid: number;
  received_date: string;
  year: number;
  serial: number;
  doc_type: string;
}

function pages(t: TestCore, session: ReturnType<TestCore['session']>, input: Record<string, unknown>): string[] {
  const ids: string[] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = t.ok(session, 'incoming.list', { ...input, limit: 500, ...(cursor ? { cursor } : {}) } as never);
    ids.push(...page.rows.map((r) => r.id));
    if (!page.nextCursor) return ids;
    cursor = page.nextCursor;
  }
}

describe('incoming.list query plans', () => {
  const open = useCores();

  it('pages a common filter value (over 2,000 rows) in 收文日期 and 收文号 order exactly as a full sort would', () => {
    const t = open();
    const admin = setUpOffice(t);
    addUser(t, admin, 'clerk', ['clerk'], '周丽');
    const clerk = signIn(t, 'clerk', PASSWORD);
    const units = ['凤凰县财政局', '凤凰县水利局'].map((fullName) => ({ id: t.ok(admin, 'units.add', { fullName, category: 'countyDept' }).id, code: agencyCode(fullName) }));
    const records = generateIncoming(units, 12_000, { from: '2025-06-01', to: '2026-11-20' });
    for (let batch = take(records, 1000); batch.length > 0; batch = take(records, 1000)) {
      t.ok(clerk, 'incoming.import', { records: batch });
      t.clock.ms += 1; // a new registration millisecond per batch
    }
    const all = t.core.connection.sqlite.prepare('SELECT id, title, fts_rowid, received_date, year, serial, doc_type FROM incoming').all() as Raw[];
    const counts = new Map<string, number>();
    for (const r of all) counts.set(r.doc_type, (counts.get(r.doc_type) ?? 0) + 1);
    const [common] = [...counts].sort((a, b) => b[1] - a[1]);
    expect(common[1]).toBeGreaterThanOrEqual(2_000);
    const docType = common[0];
    const mine = all.filter((r) => r.doc_type === docType);

    const byReceived = [...mine].sort((a, b) => b.received_date.localeCompare(a.received_date) || b.fts_rowid - a.fts_rowid).map((r) => r.id);
    expect(pages(t, clerk, { docType, sort: 'receivedDate' })).toEqual(byReceived);
    const byReceipt = [...mine].sort((a, b) => b.year - a.year || b.serial - a.serial).map((r) => r.id);
    expect(pages(t, clerk, { docType, sort: 'receiptNo' })).toEqual(byReceipt);

    // One year in registration order is read through the 收文号 index: the same rows, the same order.
    const of2025 = all.filter((r) => r.year === 2025).sort((a, b) => b.fts_rowid - a.fts_rowid).map((r) => r.id);
    expect(pages(t, clerk, { year: 2025, sort: 'registered' })).toEqual(of2025);

    // A 收文日期 range in registration order, listed and searched, walks only the range's registration keys.
    const newest = (rows: Raw[]) => [...rows].sort((a, b) => b.fts_rowid - a.fts_rowid).map((r) => r.id);
    const inRange = all.filter((r) => r.received_date >= '2025-09-01' && r.received_date <= '2025-09-30');
    expect(inRange.length).toBeGreaterThan(0);
    expect(pages(t, clerk, { from: '2025-09-01', to: '2025-09-30', sort: 'registered' })).toEqual(newest(inRange));
    expect(pages(t, clerk, { q: '防汛抗旱', from: '2025-09-01', to: '2025-09-30' })).toEqual(newest(inRange.filter((r) => r.title.includes('防汛抗旱'))));
    expect(pages(t, clerk, { from: '2024-01-01', to: '2024-12-31', sort: 'registered' })).toEqual([]);
  });
});

interface Full extends Raw {
  doc_number: string;
  from_unit_name: string;
  from_unit_id: string;
  secrecy_level: string;
  incoming_class: string;
  state: string;
}

/** The searchable characters of a text, as the index reads them: NFKC, lower case, letters and digits. */
const chars = (s: string) => [...s.normalize('NFKC').toLowerCase()].filter((c) => /[\p{L}\p{N}]/u.test(c)).join('');

describe('incoming.list against a reference', () => {
  const open = useCores();

  // Records registered out of date order (an old paper register imported after this year's records),
  // some classified, some passed: every filter, range and sort, paged in small pages, must give
  // exactly the rows and order a full filter-and-sort in JavaScript gives.
  it('every filter, 收文日期 range and sort, with and without search, pages exactly like a full sort', () => {
    const t = open();
    const admin = setUpOffice(t);
    addUser(t, admin, 'clerk', ['clerk'], '周丽');
    const clerk = signIn(t, 'clerk', PASSWORD);
    const units = ['凤凰县财政局', '凤凰县水利局', '沱江镇人民政府'].map((fullName) => ({
      id: t.ok(admin, 'units.add', { fullName, category: 'countyDept' }).id,
      code: agencyCode(fullName),
    }));
    const load = (from: string, to: string, n: number, seed: number) => {
      const records = generateIncoming(units, n, { from, to, seed, classifiedShare: 0.2 });
      for (let batch = take(records, 400); batch.length > 0; batch = take(records, 400)) {
        t.ok(clerk, 'incoming.import', { records: batch });
        t.clock.ms += 1;
      }
    };
    // March first: its 收文号 are lower than those of February, registered later.
    load('2026-03-01', '2026-03-31', 200, 3);
    load('2026-01-05', '2026-11-20', 900, 1);
    load('2024-11-01', '2025-12-31', 900, 2);
    const sqlite = t.core.connection.sqlite;
    const passed = sqlite.prepare('SELECT id FROM incoming ORDER BY fts_rowid LIMIT 300').all() as { id: string }[];
    for (const { id } of passed.filter((_, i) => i % 3 === 0)) t.ok(clerk, 'incoming.pass', { id });
    const all = sqlite
      .prepare(
        `SELECT id, title, fts_rowid, received_date, year, serial, doc_type, doc_number, from_unit_name, from_unit_id,
                secrecy_level, incoming_class, state FROM incoming`,
      )
      .all() as Full[];

    const orders = {
      registered: (a: Full, b: Full) => b.fts_rowid - a.fts_rowid,
      receivedDate: (a: Full, b: Full) => b.received_date.localeCompare(a.received_date) || b.fts_rowid - a.fts_rowid,
      receiptNo: (a: Full, b: Full) => b.year - a.year || b.serial - a.serial,
    };
    const expected = (input: Record<string, unknown>) => {
      const q = input.q ? chars(String(input.q)) : '';
      return all
        .filter(
          (r) =>
            (input.docType === undefined || r.doc_type === input.docType) &&
            (input.secrecyLevel === undefined || r.secrecy_level === input.secrecyLevel) &&
            (input.incomingClass === undefined || r.incoming_class === input.incomingClass) &&
            (input.state === undefined || r.state === input.state) &&
            (input.fromUnitId === undefined || r.from_unit_id === input.fromUnitId) &&
            (input.year === undefined || r.year === input.year) &&
            (input.from === undefined || r.received_date >= String(input.from)) &&
            (input.to === undefined || r.received_date <= String(input.to)) &&
            (!q || [r.title, r.doc_number, r.from_unit_name].some((f) => chars(f).includes(q))),
        )
        .sort(q ? orders.registered : orders[(input.sort as keyof typeof orders) ?? 'registered'])
        .map((r) => r.id);
    };
    const paged = (input: Record<string, unknown>) => {
      const ids: string[] = [];
      let cursor: string | undefined;
      for (;;) {
        const page = t.ok(clerk, 'incoming.list', { ...input, limit: 37, ...(cursor ? { cursor } : {}) } as never);
        ids.push(...page.rows.map((r) => r.id));
        if (!page.nextCursor) return ids;
        cursor = page.nextCursor;
      }
    };

    const filters: Record<string, unknown>[] = [
      {},
      { year: 2025 },
      { year: 2026 },
      { docType: 'request' },
      { secrecyLevel: 'secret' },
      { incomingClass: 'toHandle' },
      { state: 'screened' },
      { fromUnitId: units[2].id },
      { from: '2026-03-01', to: '2026-03-31' },
      { from: '2025-12-15', to: '2026-01-15' },
      { from: '2026-02-01', to: '2026-03-31' },
      { from: '2025-06-01' },
      { to: '2025-01-31' },
      { year: 2026, from: '2025-12-01', to: '2026-02-28' },
      { year: 2025, from: '2026-01-01' },
    ];
    let nonEmpty = 0;
    for (const filter of filters) {
      for (const sort of ['registered', 'receivedDate', 'receiptNo']) {
        const want = expected({ ...filter, sort });
        if (want.length > 37) nonEmpty += 1;
        expect(paged({ ...filter, sort }), JSON.stringify({ ...filter, sort })).toEqual(want);
      }
      for (const q of ['防汛', '关', '〔2025〕1', '发〔2026', '2025〕', '财政局', '报告']) {
        expect(paged({ ...filter, q }), JSON.stringify({ ...filter, q })).toEqual(expected({ ...filter, q }));
      }
    }
    expect(nonEmpty).toBeGreaterThan(20);
  });
});
