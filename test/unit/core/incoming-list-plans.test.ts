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
