import { describe, expect, it } from 'vitest';
import type { InputOf } from '../../../shared/api';
import type { OutgoingRow } from '../../../shared/outgoing/api';
import type { SessionRef } from '../../../electron/core';
import { searchChars } from '../../../electron/core/incoming/search-index';
import { signIn, type TestCore } from '../../helpers/core';
import { draft, outgoingOffice, take, type Office } from './outgoing-support';
import { addUser, PASSWORD, useCores } from './support';

type ListInput = InputOf<'outgoing.list'>;

interface Raw {
  id: string;
  fts_rowid: number;
  code: string;
  code_id: string;
  year: number;
  serial: number | null;
  title: string;
  doc_number: string;
  draft_unit_name: string;
  main_to: string;
  doc_type: string;
  state: string;
  publicity: string;
  secrecy_level: string;
  draft_date: string;
  written_date: string | null;
}

function pages(t: TestCore, s: SessionRef, input: ListInput, limit = 4): OutgoingRow[] {
  const rows: OutgoingRow[] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = t.ok(s, 'outgoing.list', { ...input, limit, ...(cursor ? { cursor } : {}) });
    rows.push(...page.rows);
    if (!page.nextCursor) return rows;
    cursor = page.nextCursor;
  }
}

const TOPICS = ['冬季防火', '防汛抗旱', '安全生产', '森林防火'];

/** Documents along every state, on three 代字, two years, with a void number and back-filled ones. */
function fill(t: TestCore, o: Office) {
  const codes = ['凤政办发', '凤政发', '凤政函'];
  for (let i = 0; i < 30; i += 1) {
    const extra = {
      codeId: o.code(codes[i % 3]).id,
      title: `关于第${i}项${TOPICS[i % 4]}工作的通知`,
      docType: i % 5 === 0 ? ('report' as const) : ('notice' as const),
      mainTo: i % 2 ? '各乡镇人民政府' : '县直各单位',
      draftDate: i % 4 === 0 ? '2025-12-20' : '2026-11-02',
      ...(i % 6 === 1 ? { secrecyLevel: 'secret' as const, secrecyPeriodMonths: 120, publicity: 'withheld' as const, publicityReason: '涉密' } : {}),
      ...(i % 6 === 2 ? { publicity: 'onRequest' as const, publicityReason: '内部事务' } : {}),
    };
    t.clock.ms += 1;
    if (i % 7 === 3) {
      draft(t, o, extra);
      continue;
    }
    const date = i % 4 === 0 ? '2025-12-28' : `2026-11-${String(5 + (i % 20)).padStart(2, '0')}`;
    const doc = draft(t, o, extra);
    t.ok(o.clerk, 'outgoing.review', { id: doc.id, reviewer: '钱副主任', date: extra.draftDate });
    t.ok(o.clerk, 'outgoing.sign', { id: doc.id, personId: o.people.director, step: 'sign', date });
    if (i % 5 !== 4) take(t, o.clerk, doc.id);
  }
  // A void number sends its document back to 已签发 without a serial.
  const numbered = t.ok(o.clerk, 'outgoing.list', { state: 'numbered', limit: 1 }).rows[0];
  const detail = t.ok(o.clerk, 'outgoing.get', { id: numbered.id });
  t.ok(o.clerk, 'outgoing.voidNumber', { target: { numberId: detail.numberId! }, reason: '标题有误', approverId: o.people.director });
  t.clock.ms += 1;
  t.ok(o.clerk, 'outgoing.recordHistoricalNumber', {
    docType: 'notice',
    title: '关于补录历史文件的通知',
    draftUnitId: o.unit,
    drafter: '周丽',
    draftDate: '2026-01-05',
    secrecyLevel: 'none',
    urgency: 'normal',
    publicity: 'active',
    issuer: 'office',
    matter: 'general',
    docNumber: '凤政办发〔2026〕100号',
    writtenDate: '2026-01-06',
  });
}

const raw = (t: TestCore) =>
  t.core.connection.sqlite
    .prepare(
      `SELECT o.id, o.fts_rowid, c.code, o.code_id, o.year, o.serial, o.title, o.doc_number, o.draft_unit_name, o.main_to, o.doc_type,
       o.state, o.publicity, o.secrecy_level, o.draft_date, o.written_date FROM outgoing o JOIN outgoing_codes c ON c.id = o.code_id`,
    )
    .all() as Raw[];

const listDate = (r: Raw) => r.written_date ?? r.draft_date;
const cmp = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);

const ORDER: Record<NonNullable<ListInput['sort']>, (a: Raw, b: Raw) => number> = {
  registered: (a, b) => b.fts_rowid - a.fts_rowid,
  writtenDate: (a, b) => cmp(listDate(b), listDate(a)) || b.fts_rowid - a.fts_rowid,
  number: (a, b) =>
    Number(a.serial === null) - Number(b.serial === null) ||
    (a.serial === null ? 0 : cmp(a.code, b.code) || b.year - a.year || b.serial! - a.serial!) ||
    b.fts_rowid - a.fts_rowid,
};

function matches(r: Raw, f: ListInput): boolean {
  return (
    (f.year === undefined || r.year === f.year) &&
    (!f.codeId || r.code_id === f.codeId) &&
    (!f.docType || r.doc_type === f.docType) &&
    (!f.state || r.state === f.state) &&
    (!f.publicity || r.publicity === f.publicity) &&
    (!f.secrecyLevel || r.secrecy_level === f.secrecyLevel) &&
    (!f.from || listDate(r) >= f.from) &&
    (!f.to || listDate(r) <= f.to)
  );
}

describe('outgoing.list', () => {
  const open = useCores();

  it('pages every filter in every sort exactly as the filtered, sorted rows (reference in JS)', () => {
    const t = open();
    const o = outgoingOffice(t);
    fill(t, o);
    const all = raw(t);
    expect(all.filter((r) => r.serial !== null).length).toBeGreaterThan(15);
    // 100号 and single-digit serials in one year: as text 100 would sort between 1 and 2.
    expect(all.some((r) => r.serial === 100) && all.some((r) => r.serial !== null && r.serial >= 2 && r.serial <= 9)).toBe(true);
    const filters: ListInput[] = [
      {},
      { year: 2026 },
      { year: 2025 },
      { codeId: o.code('凤政办发').id },
      { docType: 'report' },
      { state: 'numbered' },
      { state: 'signed' },
      { state: 'draft' },
      { publicity: 'onRequest' },
      { secrecyLevel: 'secret' },
      { from: '2026-11-06', to: '2026-11-15' },
      { from: '2025-12-01', to: '2025-12-31', codeId: o.code('凤政发').id },
      { year: 2026, codeId: o.code('凤政办发').id, docType: 'notice', publicity: 'active' },
    ];
    for (const f of filters) {
      for (const sort of ['registered', 'number', 'writtenDate'] as const) {
        const expected = all.filter((r) => matches(r, f)).sort(ORDER[sort]).map((r) => r.id);
        expect(pages(t, o.clerk, { ...f, sort }).map((r) => r.id), `${JSON.stringify(f)} ${sort}`).toEqual(expected);
      }
    }
  });

  it('sorts 发文字号 by 代字, then year and serial as numbers: 〔2026〕100号 before 3号 before 2号; drafts after', () => {
    const t = open();
    const o = outgoingOffice(t);
    fill(t, o);
    const rows = pages(t, o.clerk, { sort: 'number', codeId: o.code('凤政办发').id }, 50);
    const numbered = rows.filter((r) => r.serial !== null).map((r) => r.docNumber);
    expect(numbered[0]).toBe('凤政办发〔2026〕100号');
    expect(rows.findIndex((r) => r.serial === null)).toBe(numbered.length);
    const serials = rows.filter((r) => r.serial !== null && r.year === 2026).map((r) => r.serial!);
    expect(serials).toEqual([...serials].sort((a, b) => b - a));
    // Before numbering: no number, the year of 拟稿日期.
    const draftRow = rows.find((r) => r.state === 'draft')!;
    expect(draftRow).toMatchObject({ docNumber: '', serial: null });
    expect(draftRow.year).toBe(Number(draftRow.draftDate.slice(0, 4)));
  });

  it('searches any part of 标题, 发文字号, 拟稿单位 and 主送, newest first, with filters; classified titles only for need to know', () => {
    const t = open();
    const o = outgoingOffice(t);
    addUser(t, o.admin, 'seal', ['sealKeeper'], '印章管理员');
    const seal = signIn(t, 'seal', PASSWORD);
    fill(t, o);
    const all = raw(t);
    const text = (s: string) => searchChars(s).join('');
    const hit = (r: Raw, q: string, sees: boolean) =>
      [sees || r.secrecy_level === 'none' ? r.title : '', r.doc_number, r.draft_unit_name, r.main_to].some((f) => text(f).includes(text(q)));
    const cases: [string, ListInput][] = [
      ['防火', {}],
      ['森林', { secrecyLevel: 'secret' }],
      ['〔2026〕1', {}],
      ['2026〕10号', {}],
      ['财政局', { year: 2025 }],
      ['乡镇', { state: 'numbered', codeId: o.code('凤政函').id }],
      ['第1', { from: '2026-11-01', to: '2026-11-30', sort: 'number' }],
      ['100号', {}],
      ['防火', { from: '2025-01-01', to: '2025-06-30' }],
    ];
    for (const [q, f] of cases) {
      for (const [who, sees] of [
        [o.clerk, true],
        [seal, false],
      ] as const) {
        const expected = all
          .filter((r) => matches(r, f) && hit(r, q, sees))
          .sort(ORDER.registered)
          .map((r) => r.id);
        expect(pages(t, who, { ...f, q }, 3).map((r) => r.id), `${q} ${JSON.stringify(f)} sees=${sees}`).toEqual(expected);
      }
    }
    expect(pages(t, o.clerk, { q: '森林防火', secrecyLevel: 'secret' }).length).toBeGreaterThan(0);
    expect(pages(t, seal, { q: '森林防火', secrecyLevel: 'secret' })).toEqual([]);
    const masked = pages(t, seal, { secrecyLevel: 'secret' });
    expect(masked.length).toBeGreaterThan(0);
    expect(masked.every((r) => r.title === '「密件」' && r.titleMasked)).toBe(true);
    expect(pages(t, o.clerk, { secrecyLevel: 'secret' }).every((r) => !r.titleMasked && r.title.includes('工作的通知'))).toBe(true);
  });

  it('refuses a reversed date range and a cursor it did not give', () => {
    const t = open();
    const o = outgoingOffice(t);
    draft(t, o);
    const refusal = (input: ListInput) => {
      const r = t.call(o.clerk, 'outgoing.list', input);
      return r.ok ? null : r.error.message;
    };
    expect(refusal({ from: '2026-12-01', to: '2026-11-01' })).toBe('结束日期不能早于开始日期。');
    expect(refusal({ sort: 'number', cursor: '12345' })).toBe('翻页位置无效，请重新查询。');
  });
});
