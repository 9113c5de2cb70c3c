import { describe, expect, it } from 'vitest';
import type { InputOf } from '../../../shared/api';
import { draft, outgoingOffice } from './outgoing-support';
import { useCores } from './support';

// The list chooses its query plan by the sort and by how many documents a date range holds
// (see electron/core/outgoing/list.ts): 发文字号 order reads a short range and sorts it, and walks a
// long one 代字 by 代字; registration order walks the range's registration keys. Whatever the plan,
// the pages must be exactly the filtered rows in the chosen order.

type ListInput = InputOf<'outgoing.list'>;

interface Row {
  id: string;
  fts_rowid: number;
  code: string;
  code_id: string;
  year: number;
  serial: number | null;
  doc_type: string;
  state: string;
  draft_date: string;
  written_date: string | null;
  deleted_at: string | null;
}

const day = (n: number) => new Date(Date.UTC(2025, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
const listDate = (r: Row) => r.written_date ?? r.draft_date;
const cmp = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);
const ORDER: Record<NonNullable<ListInput['sort']>, (a: Row, b: Row) => number> = {
  registered: (a, b) => b.fts_rowid - a.fts_rowid,
  writtenDate: (a, b) => cmp(listDate(b), listDate(a)) || b.fts_rowid - a.fts_rowid,
  number: (a, b) =>
    Number(a.serial === null) - Number(b.serial === null) ||
    (a.serial === null ? 0 : cmp(a.code, b.code) || b.year - a.year || b.serial! - a.serial!) ||
    b.fts_rowid - a.fts_rowid,
};

describe('outgoing.list query plans', () => {
  const open = useCores();

  it('pages short and long date ranges, filters and deep cursors in every order exactly as a full sort would', () => {
    const t = open();
    const o = outgoingOffice(t);
    const template = draft(t, o);
    const sqlite = t.core.connection.sqlite;
    const codes = ['凤政办发', '凤政发', '凤政函'].map((c) => o.code(c).id);
    // 6,000 documents over two years, straight into the table (the list reads nothing else): most
    // numbered per 代字 and year in 成文日期 order, some unnumbered, some deleted; the oldest
    // quarter registered last (a paper register entered afterwards), several a day.
    const columns = (sqlite.prepare('PRAGMA table_info(outgoing)').all() as { name: string }[]).map((c) => c.name);
    const set = ['id', 'fts_rowid', 'code_id', 'year', 'serial', 'doc_type', 'state', 'draft_date', 'written_date', 'deleted_at'];
    const insert = sqlite.prepare(
      `INSERT INTO outgoing (${columns.join(', ')}) SELECT ${columns.map((c) => (set.includes(c) ? `@${c}` : c)).join(', ')} FROM outgoing WHERE id = @template`,
    );
    const serials = new Map<string, number>();
    const n = 6_000;
    sqlite.transaction(() => {
      for (let i = 0; i < n; i += 1) {
        const drafted = day(Math.floor((i * 690) / n));
        const numbered = i % 11 !== 5;
        const written = i % 13 === 7 && !numbered ? null : day(Math.floor((i * 690) / n) + (i % 4));
        const codeId = codes[i % 3];
        const year = Number((numbered ? written! : drafted).slice(0, 4));
        const key = `${codeId}:${year}`;
        const serial = numbered ? (serials.get(key) ?? 0) + 1 : null;
        if (serial !== null) serials.set(key, serial);
        const registered = i < n / 4 ? n + i : i;
        insert.run({
          template: template.id,
          id: `00000000-0000-7000-8000-${String(i).padStart(12, '0')}`,
          fts_rowid: 1_000_000 + registered * 3,
          code_id: codeId,
          year,
          serial,
          doc_type: i % 7 === 0 ? 'report' : 'notice',
          state: !numbered ? (written ? 'signed' : 'draft') : i % 5 === 0 ? 'distributed' : 'archived',
          draft_date: drafted,
          written_date: written,
          deleted_at: i % 97 === 3 ? '2026-11-01T00:00:00.000Z' : null,
        });
      }
    })();
    const all = sqlite
      .prepare(
        `SELECT o.id, o.fts_rowid, c.code, o.code_id, o.year, o.serial, o.doc_type, o.state, o.draft_date, o.written_date, o.deleted_at
         FROM outgoing o JOIN outgoing_codes c ON c.id = o.code_id`,
      )
      .all() as Row[];
    const live = all.filter((r) => r.deleted_at === null);
    const inRange = (from: string, to: string) => live.filter((r) => listDate(r) >= from && listDate(r) <= to).length;
    // One short range (read and sorted), one long (walked 代字 by 代字).
    expect(inRange('2025-03-01', '2025-03-31')).toBeLessThan(2_000);
    expect(inRange('2025-02-01', '2025-12-31')).toBeGreaterThan(2_000);

    const pages = (input: ListInput, limit: number) => {
      const ids: string[] = [];
      let cursor: string | undefined;
      for (;;) {
        const page = t.ok(o.clerk, 'outgoing.list', { ...input, limit, ...(cursor ? { cursor } : {}) });
        ids.push(...page.rows.map((r) => r.id));
        if (!page.nextCursor) return ids;
        cursor = page.nextCursor;
      }
    };
    const filters: ListInput[] = [
      {},
      { from: '2025-03-01', to: '2025-03-31' },
      { from: '2025-02-01', to: '2025-12-31' },
      { from: '2026-06-01' },
      { to: '2025-05-31' },
      { from: '2025-12-20', to: '2026-01-10' },
      { year: 2025, from: '2025-11-01' },
      { year: 2026 },
      { codeId: codes[1], from: '2025-02-01', to: '2025-12-31' },
      { docType: 'report', from: '2025-02-01' },
      { state: 'archived' },
      { state: 'signed' },
      { state: 'distributed', to: '2025-03-31' },
      { from: '2027-01-01' },
    ];
    for (const f of filters) {
      for (const sort of ['registered', 'number', 'writtenDate'] as const) {
        const expected = live
          .filter(
            (r) =>
              (f.year === undefined || r.year === f.year) &&
              (!f.codeId || r.code_id === f.codeId) &&
              (!f.docType || r.doc_type === f.docType) &&
              (!f.state || r.state === f.state) &&
              (!f.from || listDate(r) >= f.from) &&
              (!f.to || listDate(r) <= f.to),
          )
          .sort(ORDER[sort])
          .map((r) => r.id);
        expect(pages({ ...f, sort }, 500), `${JSON.stringify(f)} ${sort}`).toEqual(expected);
        // Small pages: cursors inside a day, across 代字, from numbered to unnumbered.
        if (expected.length < 1_200) expect(pages({ ...f, sort }, 37), `${JSON.stringify(f)} ${sort} by 37`).toEqual(expected);
      }
    }
  });
});
