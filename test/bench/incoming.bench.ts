import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { searchEntries } from '../../electron/core/incoming/search-index';
import { openSetUpCore } from './fixtures';
import type { Benchmark } from './harness';
import { percentile } from './harness';
import { BATCH, buildIncomingFixture, RARE_TERMS, RECORDS, type IncomingFixture } from './incoming-fixture';

const MB = 1024 * 1024;
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const ms = (n: number) => `${n.toFixed(2)} ms`;

/** Times f over the given cases, repeated, and returns the samples in milliseconds. */
function sample<T>(cases: T[], repeat: number, f: (c: T) => void): number[] {
  const out: number[] = [];
  for (let r = 0; r < repeat; r += 1) {
    for (const c of cases) {
      const t0 = performance.now();
      f(c);
      out.push(performance.now() - t0);
    }
  }
  return out;
}

/**
 * The raw better-sqlite3 figure for the same insert: the rows the core stored,
 * written again into a fresh database with bare prepared INSERTs (the row and
 * the same search-table entries, computed before the clock starts), no
 * validation, no numbering, no change log, no audit.
 */
function rawInsertRate(f: IncomingFixture): number {
  const { core } = openSetUpCore();
  const dst = core.connection.sqlite;
  const src = f.core.connection.sqlite;
  // The same units first: the rows reference them.
  const unitRows = src.prepare('SELECT * FROM units').all() as Record<string, unknown>[];
  const unitCols = Object.keys(unitRows[0]);
  const addUnit = dst.prepare(`INSERT INTO units (${unitCols.join(', ')}) VALUES (${unitCols.map((c) => `@${c}`).join(', ')})`);
  dst.transaction(() => unitRows.forEach((u) => addUnit.run(u)))();
  const columns = (src.prepare('SELECT * FROM incoming LIMIT 1').columns() as { name: string }[]).map((c) => c.name);
  const insert = dst.prepare(`INSERT INTO incoming (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
  const fts = dst.prepare('INSERT INTO incoming_search (rowid, body, pairs, tags) VALUES (?, ?, ?, ?)');
  const ftsSecret = dst.prepare('INSERT INTO incoming_search_secret (rowid, body, pairs, tags) VALUES (?, ?, ?, ?)');
  const at = (name: string) => columns.indexOf(name);
  const [iRowid, iTitle, iDoc, iUnitName, iType, iLevel, iClass, iState, iUnit, iYear] = [
    'fts_rowid', 'title', 'doc_number', 'from_unit_name', 'doc_type', 'secrecy_level', 'incoming_class', 'state', 'from_unit_id', 'year',
  ].map(at);
  const entriesOf = (r: unknown[]) =>
    searchEntries({
      title: r[iTitle] as string,
      docNumber: r[iDoc] as string,
      fromUnitName: r[iUnitName] as string,
      docType: r[iType] as never,
      secrecyLevel: r[iLevel] as never,
      incomingClass: r[iClass] as never,
      state: r[iState] as never,
      fromUnitId: r[iUnit] as string,
      year: r[iYear] as number,
    });
  const rows = src.prepare('SELECT * FROM incoming ORDER BY rowid').raw().iterate() as Iterable<unknown[]>;
  let batch: unknown[][] = [];
  let total = 0;
  let elapsed = 0;
  const write = dst.transaction((list: [unknown[], ReturnType<typeof entriesOf>][]) => {
    for (const [r, { open, secret }] of list) {
      insert.run(r);
      fts.run(r[iRowid], ...open);
      if (secret) ftsSecret.run(r[iRowid], ...secret);
    }
  });
  const flush = () => {
    const prepared = batch.map((r) => [r, entriesOf(r)] as [unknown[], ReturnType<typeof entriesOf>]);
    const t0 = performance.now();
    write(prepared);
    elapsed += performance.now() - t0;
    total += batch.length;
    batch = [];
  };
  for (const r of rows) {
    batch.push(r);
    if (batch.length === BATCH) flush();
  }
  if (batch.length) flush();
  core.close();
  return total / (elapsed / 1000);
}

export function incomingBenchmarks(): Benchmark[] {
  let fixture: IncomingFixture | null = null;
  /** The fixture's folder, still there once a benchmark has closed its core. */
  let dataDir = '';
  const f = () => {
    fixture ??= buildIncomingFixture();
    dataDir = fixture.dataDir;
    return fixture;
  };
  const call = (session: IncomingFixture['clerk'], method: string, input: unknown) => {
    const r = f().core.dispatch(session, method, input);
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
    return r.value as { rows: { id: string }[]; nextCursor: string | null };
  };

  return [
    {
      figure: `收文 bulk registration (incoming.import), ${fmt(RECORDS)} records`,
      target: '≥ 30,000 records/s',
      run() {
        const rate = RECORDS / (f().importMs / 1000);
        const raw = rawInsertRate(f());
        return { measured: `${fmt(rate)}/s (raw better-sqlite3 ${fmt(raw)}/s, ratio ${((rate / raw) * 100).toFixed(0)}%)`, pass: rate >= 30_000 };
      },
    },
    {
      figure: `收文 single registration at ${fmt(RECORDS)}, p95`,
      target: '≤ 5 ms',
      run() {
        const { clerk, unitIds } = f();
        const samples = sample(Array.from({ length: 300 }, (_, i) => i), 1, (i) =>
          call(clerk, 'incoming.register', {
            receivedAt: '2026-11-27T10:00:00+08:00',
            signedBy: '周丽',
            fromUnitId: unitIds[i % unitIds.length],
            docNumber: `凤财发〔2026〕${9000 + i}号`,
            title: `关于基准测试第${i}份来文的请示`,
            docType: 'request',
            secrecyLevel: 'none',
            urgency: 'normal',
            copies: 1,
            incomingClass: 'request',
            addressee: 'county',
          }),
        );
        const p95 = percentile(samples, 95);
        return { measured: `${ms(p95)} (p50 ${ms(percentile(samples, 50))})`, pass: p95 <= 5 };
      },
    },
    {
      figure: `收文 list page, each single filter and sort, first and deep pages, p95`,
      target: '≤ 5 ms',
      run() {
        const { clerk, unitIds } = f();
        const filters: Record<string, unknown>[] = [
          {},
          { year: 2022 },
          { year: 2026 },
          { docType: 'minutes' },
          { secrecyLevel: 'confidential' },
          { secrecyLevel: 'topSecret' },
          { incomingClass: 'request' },
          { state: 'registered' },
          { state: 'returned' },
          { fromUnitId: unitIds[3] },
          { from: '2024-03-01', to: '2024-03-31' },
        ];
        const cases: Record<string, unknown>[] = [];
        for (const filter of filters) {
          for (const sort of ['registered', 'receivedDate', 'receiptNo']) {
            // First page, then a page deep in the list (half-way through the register).
            cases.push({ ...filter, sort });
            const deep = sort === 'registered' ? '' : sort === 'receivedDate' ? '2024-06-15|' : '2024|';
            const mid = f().core.connection.sqlite.prepare('SELECT fts_rowid AS r, serial FROM incoming WHERE received_date >= ? ORDER BY fts_rowid LIMIT 1').get('2024-06-15') as {
              r: number;
              serial: number;
            };
            cases.push({ ...filter, sort, cursor: sort === 'receiptNo' ? `${deep}${mid.serial}` : `${deep}${mid.r}` });
          }
        }
        const samples = sample(cases, 3, (input) => call(clerk, 'incoming.list', input));
        const worst = cases[samples.slice(0, cases.length).indexOf(Math.max(...samples.slice(0, cases.length)))];
        const p95 = percentile(samples, 95);
        return { measured: `${ms(p95)} (${cases.length} cases, slowest first run ${JSON.stringify(worst)})`, pass: p95 <= 5 };
      },
    },
    {
      figure: `收文 search, newest 50, terms of 1/2/3/5 characters incl. rare, p95`,
      target: '≤ 20 ms',
      run() {
        const { clerk } = f();
        // Common words, rare words, and rare meetings of common characters (报关, a whole 来文字号).
        const terms = ['关', '防汛', '防汛抗', '防汛抗旱工', '报', '2024', '凤财', '报关', '通知关于', '发〔2022', '〔2024〕1号', ...RARE_TERMS];
        const samples = sample(terms, 5, (q) => call(clerk, 'incoming.list', { q }));
        const p95 = percentile(samples, 95);
        return { measured: `${ms(p95)} (p50 ${ms(percentile(samples, 50))}, ${terms.length} terms)`, pass: p95 <= 20 };
      },
    },
    {
      figure: '收文 search combined with one filter, p95',
      target: '≤ 50 ms',
      run() {
        const { clerk, unitIds } = f();
        const cases = [
          { q: '防汛', docType: 'request' },
          { q: '关', secrecyLevel: 'confidential' },
          { q: '工作', fromUnitId: unitIds[5] },
          { q: '鳌峰', year: 2022 },
          { q: '会议', from: '2025-01-01', to: '2025-03-31' },
          { q: '请示', state: 'registered' },
          { q: '2025', incomingClass: 'readOnly' },
          { q: '报告', secrecyLevel: 'secret' },
        ];
        const samples = sample(cases, 5, (input) => call(clerk, 'incoming.list', input));
        const p95 = percentile(samples, 95);
        return { measured: `${ms(p95)} (p50 ${ms(percentile(samples, 50))})`, pass: p95 <= 50 };
      },
    },
    {
      figure: `main-process memory, ${fmt(RECORDS)}-record database open and searched`,
      target: 'RSS ≤ 300 MB',
      run() {
        const { dataDir, core } = f();
        core.close();
        fixture = null;
        const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(import.meta.dirname, 'incoming-memory-child.ts'), dataDir], {
          encoding: 'utf8',
        });
        const { rss } = JSON.parse(out.trim().split('\n').pop()!) as { rss: number };
        return { measured: `RSS ${(rss / MB).toFixed(0)} MB`, pass: rss / MB <= 300 };
      },
    },
    {
      figure: '收文 export of 100,000 rows to .xlsx (streamed), own process',
      target: '≤ 5 s, peak RSS ≤ 400 MB',
      run() {
        // The child opens the database itself: this process lets go of it (a data folder has one user at a time).
        if (!fixture && !dataDir) f();
        if (fixture) {
          fixture.core.close();
          fixture = null;
        }
        const outFile = join(dataDir, 'export-bench.xlsx');
        const out = execFileSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'incoming-export-child.ts'), dataDir, outFile], {
          encoding: 'utf8',
        });
        const r = JSON.parse(out.trim().split('\n').pop()!) as { rows: number; ms: number; peakRss: number; bytes: number };
        return {
          measured: `${fmt(r.rows)} rows in ${(r.ms / 1000).toFixed(2)} s, peak RSS ${(r.peakRss / MB).toFixed(0)} MB, file ${(r.bytes / MB).toFixed(1)} MB`,
          pass: r.rows >= 100_000 && r.ms <= 5_000 && r.peakRss / MB <= 400,
        };
      },
    },
  ];
}

