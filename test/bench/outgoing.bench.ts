import { todayInShanghai } from '../../shared/dates';
import type { Benchmark } from './harness';
import { percentile } from './harness';
import { RARE_TERMS, RECORDS } from './incoming-fixture';
import { buildOutgoingFixture, type OutgoingFixture } from './outgoing-fixture';

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const ms = (n: number) => `${n.toFixed(2)} ms`;

/** Times f over the cases, repeated; returns the samples (ms) and the slowest case of the first round. */
function sample<T>(cases: T[], repeat: number, f: (c: T) => void): { samples: number[]; slowest: T } {
  const samples: number[] = [];
  for (let r = 0; r < repeat; r += 1) {
    for (const c of cases) {
      const t0 = performance.now();
      f(c);
      samples.push(performance.now() - t0);
    }
  }
  const first = samples.slice(0, cases.length);
  return { samples, slowest: cases[first.indexOf(Math.max(...first))] };
}

const summary = (samples: number[], extra = '') => `${ms(percentile(samples, 95))} (p50 ${ms(percentile(samples, 50))}${extra})`;

export function outgoingBenchmarks(): Benchmark[] {
  let fixture: OutgoingFixture | null = null;
  const f = () => (fixture ??= buildOutgoingFixture());
  const call = <T = { rows: { id: string }[] }>(method: string, input: unknown): T => {
    const { core, clerk } = f();
    const r = core.dispatch(clerk, method, input);
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
    return r.value as T;
  };

  return [
    {
      figure: `发文 fixture load (WritePath.insertMany with change log, audit, search index), ${fmt(RECORDS)} records`,
      target: 'informational',
      run() {
        const { loadMs } = f();
        return { measured: `${fmt(RECORDS / (loadMs / 1000))}/s (${(loadMs / 1000).toFixed(1)} s)`, pass: true };
      },
    },
    {
      figure: `发文 taking a number (outgoing.takeNumber) at ${fmt(RECORDS)}, p95`,
      target: '≤ 5 ms',
      run() {
        const { codeIds, unitIds, people } = f();
        const today = todayInShanghai(new Date());
        const codes = ['凤政办发', '凤政发', '凤政函', '凤政办函'];
        // Freshly signed drafts; only takeNumber is timed (validation, counter, number row, change log, audit, search index).
        const ids = Array.from({ length: 300 }, (_, i) => {
          const doc = call<{ id: string }>('outgoing.draft', {
            codeId: codeIds.get(codes[i % codes.length]),
            docType: 'notice',
            title: `关于做好基准测试第${i}项工作的通知`,
            draftUnitId: unitIds[i % unitIds.length],
            drafter: '周丽',
            draftDate: today,
            mainTo: '各乡镇人民政府，县直各单位',
            secrecyLevel: 'none',
            urgency: 'normal',
            publicity: 'active',
            issuer: 'office',
            matter: 'general',
          });
          call('outgoing.review', { id: doc.id, reviewer: '陈晓燕', date: today });
          call('outgoing.sign', { id: doc.id, personId: people.get('办公室主任'), step: 'sign', date: today });
          return doc.id;
        });
        const { samples } = sample(ids, 1, (id) => call('outgoing.takeNumber', { id }));
        const p95 = percentile(samples, 95);
        return { measured: summary(samples), pass: p95 <= 5 };
      },
    },
    {
      figure: '发文 list page, each single filter and sort, first and deep pages, p95',
      target: '≤ 5 ms',
      run() {
        const { codeIds, core } = f();
        const filters: Record<string, unknown>[] = [
          {},
          { year: 2021 },
          { year: 2026 },
          { codeId: codeIds.get('凤政纪') },
          { codeId: codeIds.get('凤政办发') },
          { docType: 'minutes' },
          { docType: 'reply' },
          { state: 'draft' },
          { state: 'archived' },
          { publicity: 'onRequest' },
          { secrecyLevel: 'confidential' },
          { from: '2024-03-01', to: '2024-03-31' },
        ];
        // A deep page starts after a document half-way through the register.
        const mid = core.connection.sqlite.prepare('SELECT fts_rowid AS r FROM outgoing WHERE draft_date >= ? ORDER BY fts_rowid LIMIT 1').get('2024-01-02') as {
          r: number;
        };
        const cases: Record<string, unknown>[] = [];
        for (const filter of filters) {
          for (const sort of ['registered', 'number', 'writtenDate']) {
            cases.push({ ...filter, sort }, { ...filter, sort, cursor: String(mid.r) });
          }
        }
        const { samples, slowest } = sample(cases, 3, (input) => call('outgoing.list', input));
        const p95 = percentile(samples, 95);
        return { measured: summary(samples, `, ${cases.length} cases, slowest ${JSON.stringify(slowest)}`), pass: p95 <= 5 };
      },
    },
    {
      figure: '发文 search, newest 50, terms of 1/2/3/5 characters incl. rare, p95',
      target: '≤ 20 ms',
      run() {
        // Common words, rare words, rare meetings of common characters, whole and partial 发文字号.
        const terms = ['关', '防汛', '防汛抗', '防汛抗旱工', '纪', '批复', '2024', '凤政办', '常务会议', '函关', '通知关于', '办发〔2022', '〔2024〕1号', ...RARE_TERMS];
        const { samples, slowest } = sample(terms, 5, (q) => call('outgoing.list', { q }));
        const p95 = percentile(samples, 95);
        return { measured: summary(samples, `, ${terms.length} terms, slowest ${slowest}`), pass: p95 <= 20 };
      },
    },
    {
      figure: '发文 search combined with one filter, p95',
      target: '≤ 50 ms',
      run() {
        const { codeIds } = f();
        const cases: Record<string, unknown>[] = [
          { q: '防汛', docType: 'notice' },
          { q: '关', secrecyLevel: 'confidential' },
          { q: '工作', codeId: codeIds.get('凤政办函') },
          { q: '鳌峰', year: 2021 },
          { q: '会议', from: '2025-01-01', to: '2025-03-31' },
          { q: '通知', state: 'draft' },
          { q: '2025', publicity: 'onRequest' },
          { q: '批复', secrecyLevel: 'secret' },
          { q: '纪要', year: 2023 },
        ];
        const { samples, slowest } = sample(cases, 5, (input) => call('outgoing.list', input));
        const p95 = percentile(samples, 95);
        return { measured: summary(samples, `, slowest ${JSON.stringify(slowest)}`), pass: p95 <= 50 };
      },
    },
  ];
}
