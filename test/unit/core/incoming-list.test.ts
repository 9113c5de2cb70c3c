// incoming.list: keyset paging in each sort, filters, the character-index search
// (FTS5, one token per character), and classified-title masking (R33).
import { describe, it, expect } from 'vitest';
import type { InputOf } from '../../../shared/api';
import type { IncomingRow } from '../../../shared/incoming/api';
import type { SessionRef } from '../../../electron/core';
import { signIn, type TestCore } from '../../helpers/core';
import { clerkOffice as office, addUser, PASSWORD, useCores } from './support';

type Registration = InputOf<'incoming.register'>;
type ListInput = InputOf<'incoming.list'>;

const doc = (fromUnitId: string, over: Partial<Registration> = {}): Registration => ({
  receivedAt: '2026-11-27T09:30:00+08:00',
  signedBy: '李文秘',
  fromUnitId,
  docNumber: '凤财发〔2026〕12号',
  title: '关于做好冬季防火工作的通知',
  docType: 'notice',
  writtenDate: null,
  secrecyLevel: 'none',
  urgency: 'normal',
  copies: 1,
  incomingClass: 'readOnly',
  addressee: 'county',
  ...over,
});

const SECRET: Pick<Registration, 'secrecyLevel' | 'secrecyPeriodMonths' | 'copies' | 'copyNumbers'> = {
  secrecyLevel: 'secret',
  secrecyPeriodMonths: 120,
  copies: 1,
  copyNumbers: [1],
};

/** Every page of a list, following nextCursor; fails on a page larger than the limit. */
function allPages(t: TestCore, s: SessionRef, input: ListInput): { rows: IncomingRow[]; pages: number[] } {
  const rows: IncomingRow[] = [];
  const pages: number[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < 100; i++) {
    const page = t.ok(s, 'incoming.list', { ...input, cursor });
    pages.push(page.rows.length);
    rows.push(...page.rows);
    if (!page.nextCursor) return { rows, pages };
    cursor = page.nextCursor;
  }
  throw new Error('paging did not end');
}

const titles = (t: TestCore, s: SessionRef, input: ListInput) => t.ok(s, 'incoming.list', input).rows.map((r) => r.title);

describe('incoming.list search (character index)', () => {
  const open = useCores();

  /** Three records from three units; registered in this order. */
  function three(t: TestCore) {
    const { admin, clerk, unit } = office(t);
    const edu = t.ok(admin, 'units.add', { fullName: '县教育局', category: 'countyDept' });
    const forest = t.ok(admin, 'units.add', { fullName: '县林业局', category: 'countyDept' });
    const a = t.ok(clerk, 'incoming.register', doc(unit.id));
    const b = t.ok(clerk, 'incoming.register', doc(edu.id, { title: '关于印发防汛应急预案的通知', docNumber: '凤教发〔2025〕3号' }));
    const c = t.ok(
      clerk,
      'incoming.register',
      doc(forest.id, { title: '关于森林防火工作情况的报告', docNumber: '凤林报〔2026〕7号', docType: 'report', incomingClass: 'toHandle' }),
    );
    return { admin, clerk, a, b, c };
  }

  it('finds one-, two- and longer substrings of 标题, newest first', () => {
    const t = open();
    const { clerk, a, b, c } = three(t);
    const ids = (q: string) => t.ok(clerk, 'incoming.list', { q }).rows.map((r) => r.id);
    expect(ids('防')).toEqual([c.id, b.id, a.id]);
    expect(ids('汛')).toEqual([b.id]);
    expect(ids('防火')).toEqual([c.id, a.id]);
    expect(ids('森林防火')).toEqual([c.id]);
    expect(ids('防汛应急预案')).toEqual([b.id]);
    expect(ids('做好冬季防火工作的通知')).toEqual([a.id]);
    // Characters of the title, but not in this order: no hit.
    expect(ids('火防')).toEqual([]);
    expect(ids('防火预案')).toEqual([]);
  });

  it('finds 来文字号 by its digits and its agency code, punctuation ignored', () => {
    const t = open();
    const { clerk, a, b, c } = three(t);
    const ids = (q: string) => t.ok(clerk, 'incoming.list', { q }).rows.map((r) => r.id);
    expect(ids('2026')).toEqual([c.id, a.id]);
    expect(ids('2025')).toEqual([b.id]);
    expect(ids('财发')).toEqual([a.id]);
    expect(ids('教')).toEqual([b.id]);
    expect(ids('12号')).toEqual([a.id]);
    expect(ids('〔2026〕12')).toEqual([a.id]);
    expect(ids('凤林报〔2026〕7号')).toEqual([c.id]);
    expect(ids('7')).toEqual([c.id]);
    // 凤 is in every 来文字号.
    expect(ids('凤')).toEqual([c.id, b.id, a.id]);
    // A number the term shows whole, or the start or end of one: only records with that number.
    expect(ids('〔2026〕1')).toEqual([a.id]);
    expect(ids('发〔2026')).toEqual([a.id]);
    expect(ids('发〔202')).toEqual([b.id, a.id]);
    expect(ids('2026〕7号')).toEqual([c.id]);
    expect(ids('6〕7号')).toEqual([c.id]);
    expect(ids('〔2026〕12号')).toEqual([a.id]);
    expect(ids('〔2026〕1号')).toEqual([]);
    expect(ids('发〔2026〕2')).toEqual([]);
    // Brackets left out still find the number: 〔2026〕12 reads as 202612.
    expect(ids('202612号')).toEqual([a.id]);
  });

  it('a pair of common characters that never meet finds nothing; one that does finds its records', () => {
    const t = open();
    const { clerk, a, c } = three(t);
    const ids = (q: string) => t.ok(clerk, 'incoming.list', { q }).rows.map((r) => r.id);
    expect(ids('通作')).toEqual([]);
    expect(ids('季防')).toEqual([a.id]);
    expect(ids('防森')).toEqual([]);
    expect(ids('森林防火')).toEqual([c.id]);
  });

  it('the search tables are refilled from the records when a database is opened without them', () => {
    const t = open();
    const { b } = three(t);
    const sqlite = t.core.connection.sqlite;
    sqlite.exec("INSERT INTO incoming_search (incoming_search) VALUES ('delete-all')");
    sqlite.exec("INSERT INTO incoming_search_secret (incoming_search_secret) VALUES ('delete-all')");
    expect(sqlite.prepare('SELECT rowid FROM incoming_search LIMIT 1').get()).toBeUndefined();
    t.reopen();
    const clerk = signIn(t, 'clerk', PASSWORD);
    expect(t.ok(clerk, 'incoming.list', { q: '防汛' }).rows.map((r) => r.id)).toEqual([b.id]);
  });

  it('finds 来文单位 by its name', () => {
    const t = open();
    const { clerk, a, b, c } = three(t);
    const ids = (q: string) => t.ok(clerk, 'incoming.list', { q }).rows.map((r) => r.id);
    expect(ids('财政')).toEqual([a.id]);
    expect(ids('县教育局')).toEqual([b.id]);
    expect(ids('林')).toEqual([c.id]);
    expect(ids('县')).toEqual([c.id, b.id, a.id]);
  });

  it('a term of only punctuation or symbols finds nothing; a blank term is no search', () => {
    const t = open();
    const { clerk } = three(t);
    for (const q of ['〔〕', '——', '"', '*', '、。，', '()']) expect(t.ok(clerk, 'incoming.list', { q })).toEqual({ rows: [], nextCursor: null });
    expect(t.ok(clerk, 'incoming.list', { q: '   ' }).rows).toHaveLength(3);
    // FTS5 syntax in a term is taken as text, not as a query.
    expect(t.ok(clerk, 'incoming.list', { q: '防 OR 汛' }).rows).toEqual([]);
    expect(t.ok(clerk, 'incoming.list', { q: '防火"' }).rows.map((r) => r.title)).toEqual(['关于森林防火工作情况的报告', '关于做好冬季防火工作的通知']);
  });

  // A Chinese input method in full-width mode types ２０２６ and ＡＢ: the same characters to a clerk.
  it('full-width digits and letters in a term find the half-width ones, and the reverse', () => {
    const t = open();
    const { clerk, unit } = office(t);
    const half = t.ok(clerk, 'incoming.register', doc(unit.id, { docNumber: '凤财发〔2026〕12号', title: '关于G20峰会的通知' }));
    const full = t.ok(clerk, 'incoming.register', doc(unit.id, { docNumber: '凤财发〔２０２５〕９号', title: '关于植树的通知' }));
    const ids = (q: string) => t.ok(clerk, 'incoming.list', { q }).rows.map((r) => r.id);
    expect(ids('2026')).toEqual([half.id]);
    expect(ids('２０２６')).toEqual([half.id]);
    expect(ids('ｇ２０')).toEqual([half.id]);
    expect(ids('2025')).toEqual([full.id]);
  });

  // A record is found by a substring of one of its fields, not by characters that only
  // meet across two of them: 通知 (end of 标题) + 县财政局 (来文单位) must not make 知县 a hit.
  it('a term does not match across the boundary between two fields', () => {
    const t = open();
    const { clerk, unit } = office(t);
    t.ok(clerk, 'incoming.register', doc(unit.id, { docNumber: '' }));
    t.ok(clerk, 'incoming.register', doc(unit.id, { title: '关于森林防火的报告', docNumber: '凤财发〔2026〕12号' }));
    expect(titles(t, clerk, { q: '通知' })).toEqual(['关于做好冬季防火工作的通知']);
    expect(titles(t, clerk, { q: '知县' })).toEqual([]);
    expect(titles(t, clerk, { q: '号县' })).toEqual([]);
    expect(titles(t, clerk, { q: '告凤' })).toEqual([]);
  });

  it('updating a title re-indexes the record: old words no longer match, new ones do', () => {
    const t = open();
    const { admin, clerk, a, c } = three(t);
    const r = t.ok(clerk, 'incoming.get', { id: a.id });
    t.ok(clerk, 'incoming.update', {
      id: a.id,
      receivedAt: r.receivedAt,
      signedBy: r.signedBy,
      fromUnitId: r.fromUnitId!,
      docNumber: '凤财函〔2026〕40号',
      title: '关于春季植树造林的函',
      docType: 'letter',
      writtenDate: r.writtenDate,
      submittedDate: r.submittedDate,
      secrecyLevel: 'none',
      urgency: 'normal',
      copies: 1,
      incomingClass: 'readOnly',
      addressee: 'county',
    });
    expect(titles(t, clerk, { q: '防火' })).toEqual(['关于森林防火工作情况的报告']);
    expect(titles(t, clerk, { q: '冬季' })).toEqual([]);
    expect(titles(t, clerk, { q: '财发' })).toEqual([]);
    expect(titles(t, clerk, { q: '植树' })).toEqual(['关于春季植树造林的函']);
    expect(titles(t, clerk, { q: '财函〔2026〕40' })).toEqual(['关于春季植树造林的函']);
    expect(titles(t, admin, { q: '植树造林' })).toEqual(['关于春季植树造林的函']);
    // Still in its registration place: the updated record stays behind the later one.
    expect(t.ok(clerk, 'incoming.list', { q: '关于' }).rows.map((x) => x.id)[0]).toBe(c.id);
    // One index entry per record, no leftovers.
    const sqlite = t.core.connection.sqlite;
    expect((sqlite.prepare("SELECT count(*) AS n FROM incoming_search WHERE incoming_search MATCH '\"冬 季\"'").get() as { n: number }).n).toBe(0);
    expect((sqlite.prepare("SELECT count(*) AS n FROM incoming_search WHERE incoming_search MATCH '\"关 于\"'").get() as { n: number }).n).toBe(3);
  });

  it('a record’s index entry is keyed by its registration time and order', () => {
    const t = open();
    const { clerk, unit } = office(t);
    const base = Date.parse('2026-11-28T02:00:00Z') * 1024;
    const first = t.ok(clerk, 'incoming.register', doc(unit.id, { title: '第一份' }));
    const second = t.ok(clerk, 'incoming.register', doc(unit.id, { title: '第二份' }));
    t.clock.advanceMinutes(1);
    const third = t.ok(clerk, 'incoming.register', doc(unit.id, { title: '第三份', receivedAt: '2026-11-01T09:00:00+08:00' }));
    const sqlite = t.core.connection.sqlite;
    const key = (id: string) => (sqlite.prepare('SELECT fts_rowid AS k FROM incoming WHERE id = ?').get(id) as { k: number }).k;
    expect([key(first.id), key(second.id), key(third.id)]).toEqual([base, base + 1, base + 60_000 * 1024]);
    const indexed = sqlite.prepare("SELECT rowid FROM incoming_search WHERE incoming_search MATCH '\"份\"' ORDER BY rowid").all() as { rowid: number }[];
    expect(indexed.map((r) => r.rowid)).toEqual([base, base + 1, base + 60_000 * 1024]);
    // Newest registration first, whatever the 收文日期.
    expect(titles(t, clerk, { q: '份' })).toEqual(['第三份', '第二份', '第一份']);
  });

  it('pages through 120 hits by 50 without repeats or gaps', () => {
    const t = open();
    const { clerk, unit } = office(t);
    const expected: string[] = [];
    for (let i = 0; i < 130; i++) {
      const hit = i % 13 !== 0; // 10 records do not match
      const r = t.ok(clerk, 'incoming.register', doc(unit.id, { title: hit ? `关于防汛第${i}号工作的通知` : `关于植树第${i}号的函` }));
      if (hit) expected.unshift(r.id);
    }
    expect(expected).toHaveLength(120);
    const { rows, pages } = allPages(t, clerk, { q: '防汛', limit: 50 });
    expect(pages).toEqual([50, 50, 20]);
    expect(rows.map((r) => r.id)).toEqual(expected);
    // Exactly a page's worth: no empty page after it.
    const exact = allPages(t, clerk, { q: '防汛', limit: 40 });
    expect(exact.pages).toEqual([40, 40, 40]);
    expect(exact.rows.map((r) => r.id)).toEqual(expected);
  });

  it('pages without repeats or gaps when classified titles are merged in (clerk) and left out (admin)', () => {
    const t = open();
    const { admin, clerk, unit } = office(t);
    const all: string[] = [];
    const open_: string[] = [];
    for (let i = 0; i < 120; i++) {
      const classified = i % 3 === 0;
      // Classified ones match 防汛 by their title only; every third open one by its 来文字号 (防汛办) only.
      const byNumber = !classified && i % 3 === 1;
      const r = t.ok(
        clerk,
        'incoming.register',
        doc(unit.id, {
          title: byNumber ? `第${i}号文件` : `关于防汛第${i}号的通知`,
          docNumber: byNumber ? `凤防汛办〔2026〕${i}号` : `凤财发〔2026〕${i}号`,
          ...(classified ? SECRET : {}),
        }),
      );
      all.unshift(r.id);
      if (!classified) open_.unshift(r.id);
    }
    const clerkPages = allPages(t, clerk, { q: '防汛', limit: 50 });
    expect(clerkPages.pages).toEqual([50, 50, 20]);
    expect(clerkPages.rows.map((r) => r.id)).toEqual(all);
    const adminPages = allPages(t, admin, { q: '防汛', limit: 50 });
    expect(adminPages.pages).toEqual([50, 30]);
    expect(adminPages.rows.map((r) => r.id)).toEqual(open_);
    // Small pages across the merge.
    expect(allPages(t, clerk, { q: '防汛', limit: 7 }).rows.map((r) => r.id)).toEqual(all);
  });

  it('a classified record matching by title and by 来文字号 is listed once', () => {
    const t = open();
    const { clerk, unit } = office(t);
    const r = t.ok(clerk, 'incoming.register', doc(unit.id, { title: '关于防汛物资调拨的通知', docNumber: '凤防汛〔2026〕1号', ...SECRET }));
    expect(t.ok(clerk, 'incoming.list', { q: '防汛' }).rows.map((x) => x.id)).toEqual([r.id]);
  });

  it('search combined with filters narrows to the records matching both', () => {
    const t = open();
    const { clerk, unit } = office(t);
    const reg = (title: string, over: Partial<Registration> = {}) => t.ok(clerk, 'incoming.register', doc(unit.id, { title, ...over }));
    const n1 = reg('防汛通知一', { receivedAt: '2026-11-02T09:00:00+08:00' });
    const r1 = reg('防汛报告一', { docType: 'report', receivedAt: '2026-11-10T09:00:00+08:00' });
    const s1 = reg('防汛通知密', { ...SECRET, receivedAt: '2026-11-15T09:00:00+08:00' });
    const y27 = reg('防汛通知二〇二七', { receivedAt: '2027-01-05T09:00:00+08:00' });
    const y25 = reg('防汛通知二〇二五', { receivedAt: '2025-12-30T09:00:00+08:00' });
    const n2 = reg('防汛通知二', { receivedAt: '2026-11-20T09:00:00+08:00', incomingClass: 'toHandle' });
    reg('植树通知', { receivedAt: '2026-11-20T09:00:00+08:00' });
    t.ok(clerk, 'incoming.pass', { id: n2.id });
    const ids = (input: ListInput) => t.ok(clerk, 'incoming.list', { q: '防汛', ...input }).rows.map((r) => r.id);
    expect(ids({})).toEqual([n2.id, y25.id, y27.id, s1.id, r1.id, n1.id]);
    expect(ids({ docType: 'report' })).toEqual([r1.id]);
    expect(ids({ docType: 'notice' })).toEqual([n2.id, y25.id, y27.id, s1.id, n1.id]);
    expect(ids({ secrecyLevel: 'secret' })).toEqual([s1.id]);
    expect(ids({ secrecyLevel: 'none', year: 2026 })).toEqual([n2.id, r1.id, n1.id]);
    expect(ids({ year: 2027 })).toEqual([y27.id]);
    expect(ids({ year: 2025 })).toEqual([y25.id]);
    expect(ids({ state: 'screened' })).toEqual([n2.id]);
    expect(ids({ state: 'registered', year: 2026 })).toEqual([s1.id, r1.id, n1.id]);
    expect(ids({ incomingClass: 'toHandle' })).toEqual([n2.id]);
    expect(ids({ from: '2026-11-10', to: '2026-11-20' })).toEqual([n2.id, s1.id, r1.id]);
    expect(ids({ from: '2026-11-11', to: '2026-11-19' })).toEqual([s1.id]);
    expect(ids({ to: '2026-11-02' })).toEqual([y25.id, n1.id]);
    expect(ids({ from: '2027-01-01' })).toEqual([y27.id]);
    expect(ids({ fromUnitId: unit.id, docType: 'report' })).toEqual([r1.id]);
    expect(ids({ fromUnitId: 'other-unit' })).toEqual([]);
    // Filter and paging together.
    const paged = allPages(t, clerk, { q: '防汛', docType: 'notice', limit: 2 });
    expect(paged.pages).toEqual([2, 2, 1]);
    expect(paged.rows.map((r) => r.id)).toEqual([n2.id, y25.id, y27.id, s1.id, n1.id]);
  });
});

describe('classified titles (R33)', () => {
  const open = useCores();

  function withClassified(t: TestCore) {
    const { admin, clerk, unit } = office(t);
    addUser(t, admin, 'seal', ['sealKeeper']);
    addUser(t, admin, 'secret', ['secrecyOfficer']);
    const seal = signIn(t, 'seal', PASSWORD);
    const officer = signIn(t, 'secret', PASSWORD);
    const plain = t.ok(clerk, 'incoming.register', doc(unit.id, { title: '关于做好防汛工作的通知' }));
    const secret = t.ok(clerk, 'incoming.register', doc(unit.id, { title: '关于导弹营区选址的请示', docNumber: '凤发改〔2026〕5号', ...SECRET }));
    return { admin, clerk, seal, officer, unit, plain, secret };
  }

  it('clerk and secrecy officer see the title; admin and seal keeper see 「密件」 in list and get', () => {
    const t = open();
    const { admin, clerk, seal, officer, plain, secret } = withClassified(t);
    for (const s of [clerk, officer]) {
      expect(t.ok(s, 'incoming.list', {}).rows.map((r) => [r.title, r.titleMasked])).toEqual([
        ['关于导弹营区选址的请示', false],
        ['关于做好防汛工作的通知', false],
      ]);
      expect(t.ok(s, 'incoming.get', { id: secret.id })).toMatchObject({ title: '关于导弹营区选址的请示', titleMasked: false });
    }
    for (const s of [admin, seal]) {
      const rows = t.ok(s, 'incoming.list', {}).rows;
      expect(rows.map((r) => [r.title, r.titleMasked])).toEqual([
        ['「密件」', true],
        ['关于做好防汛工作的通知', false],
      ]);
      // Everything else about the row is shown.
      expect(rows[0]).toMatchObject({ receiptNo: '收〔2026〕2号', docNumber: '凤发改〔2026〕5号', fromUnitName: '县财政局', secrecyLevel: 'secret' });
      const got = t.ok(s, 'incoming.get', { id: secret.id });
      expect([got.title, got.titleMasked]).toEqual(['「密件」', true]);
      expect(JSON.stringify(got)).not.toContain('选址');
      expect(t.ok(s, 'incoming.get', { id: plain.id })).toMatchObject({ title: '关于做好防汛工作的通知', titleMasked: false });
    }
  });

  it('findEarlier is the clerk’s, who sees the title', () => {
    const t = open();
    const { admin, clerk, unit, secret } = withClassified(t);
    expect(t.ok(clerk, 'incoming.findEarlier', { fromUnitId: unit.id, docNumber: '凤发改〔2026〕5号' })).toEqual([
      expect.objectContaining({ id: secret.id, title: '关于导弹营区选址的请示', titleMasked: false }),
    ]);
    expect(t.call(admin, 'incoming.findEarlier', { fromUnitId: unit.id, docNumber: '凤发改〔2026〕5号' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  it('a search by admin for a word only in the classified title finds nothing; the clerk finds it', () => {
    const t = open();
    const { admin, clerk, seal, officer, secret } = withClassified(t);
    for (const q of ['选址', '导弹', '营', '关于导弹营区选址的请示']) {
      expect(t.ok(admin, 'incoming.list', { q })).toEqual({ rows: [], nextCursor: null });
      expect(t.ok(seal, 'incoming.list', { q }).rows).toEqual([]);
      expect(t.ok(clerk, 'incoming.list', { q }).rows.map((r) => [r.id, r.title])).toEqual([[secret.id, '关于导弹营区选址的请示']]);
      expect(t.ok(officer, 'incoming.list', { q }).rows.map((r) => r.id)).toEqual([secret.id]);
    }
    // A word in both titles: admin gets only the open one.
    expect(titles(t, admin, { q: '关于' })).toEqual(['关于做好防汛工作的通知']);
    expect(titles(t, clerk, { q: '关于' })).toEqual(['关于导弹营区选址的请示', '关于做好防汛工作的通知']);
    // Nor does the search index for everyone hold the classified title.
    const leaked = t.core.connection.sqlite.prepare("SELECT count(*) AS n FROM incoming_search WHERE incoming_search MATCH '\"选 址\"'").get();
    expect(leaked).toEqual({ n: 0 });
  });

  it('admin still finds the classified record by its 来文字号 and unit, with the title masked', () => {
    const t = open();
    const { admin, clerk, secret } = withClassified(t);
    for (const q of ['发改', '2026〕5', '凤发改〔2026〕5号']) {
      expect(t.ok(admin, 'incoming.list', { q }).rows.map((r) => [r.id, r.title, r.titleMasked])).toEqual([[secret.id, '「密件」', true]]);
    }
    expect(t.ok(admin, 'incoming.list', { q: '财政局' }).rows.map((r) => r.title)).toEqual(['「密件」', '关于做好防汛工作的通知']);
    expect(t.ok(clerk, 'incoming.list', { q: '发改' }).rows.map((r) => [r.title, r.titleMasked])).toEqual([['关于导弹营区选址的请示', false]]);
  });

  it('after settings.update maskClassifiedTitles false, admin sees and finds the title; turning it back masks again', () => {
    const t = open();
    const { admin, seal, secret } = withClassified(t);
    t.ok(admin, 'settings.update', { maskClassifiedTitles: false });
    expect(t.ok(admin, 'incoming.list', { q: '选址' }).rows.map((r) => [r.id, r.title, r.titleMasked])).toEqual([
      [secret.id, '关于导弹营区选址的请示', false],
    ]);
    expect(t.ok(seal, 'incoming.get', { id: secret.id })).toMatchObject({ title: '关于导弹营区选址的请示', titleMasked: false });
    expect(t.ok(admin, 'incoming.list', {}).rows[0]).toMatchObject({ title: '关于导弹营区选址的请示', titleMasked: false });
    t.ok(admin, 'settings.update', { maskClassifiedTitles: true });
    expect(t.ok(admin, 'incoming.list', { q: '选址' }).rows).toEqual([]);
    expect(t.ok(admin, 'incoming.get', { id: secret.id }).title).toBe('「密件」');
  });

  it('changing the secrecy level moves the title between the indexes', () => {
    const t = open();
    const { admin, clerk, plain, secret } = withClassified(t);
    const edit = (id: string, over: Partial<InputOf<'incoming.update'>>) => {
      const r = t.ok(clerk, 'incoming.get', { id });
      return t.ok(clerk, 'incoming.update', {
        id,
        receivedAt: r.receivedAt,
        signedBy: r.signedBy,
        fromUnitId: r.fromUnitId!,
        docNumber: r.docNumber,
        title: r.title,
        docType: r.docType,
        writtenDate: r.writtenDate,
        submittedDate: r.submittedDate,
        secrecyLevel: r.secrecyLevel,
        secrecyPeriodMonths: r.secrecyPeriodMonths,
        copyNumbers: r.copyNumbers,
        urgency: r.urgency,
        copies: r.copies,
        incomingClass: r.incomingClass,
        addressee: r.addressee,
        ...over,
      });
    };
    // Declassified: everyone finds the title.
    edit(secret.id, { secrecyLevel: 'none', secrecyPeriodMonths: null, copyNumbers: [] });
    expect(t.ok(admin, 'incoming.list', { q: '选址' }).rows.map((r) => [r.id, r.title])).toEqual([[secret.id, '关于导弹营区选址的请示']]);
    expect(t.ok(clerk, 'incoming.list', { q: '选址' }).rows.map((r) => r.id)).toEqual([secret.id]);
    // Classified afterwards: the title leaves the open index.
    edit(plain.id, { ...SECRET });
    expect(t.ok(admin, 'incoming.list', { q: '防汛' }).rows).toEqual([]);
    expect(t.ok(clerk, 'incoming.list', { q: '防汛' }).rows.map((r) => [r.id, r.title])).toEqual([[plain.id, '关于做好防汛工作的通知']]);
  });
});

describe('incoming.list without search: sorts and keyset paging', () => {
  const open = useCores();

  interface Made {
    id: string;
    order: number;
    year: number;
    serial: number;
    receivedDate: string;
  }

  /** 120 records over 2025-2027, 收文日期 scattered (several per day) and not in registration order. */
  function many(t: TestCore) {
    const { admin, clerk, unit } = office(t);
    const made: Made[] = [];
    for (let i = 0; i < 120; i++) {
      const year = i % 10 === 0 ? 2027 : i % 10 === 1 ? 2025 : 2026;
      const month = year === 2027 ? '01' : year === 2025 ? '12' : '11';
      const day = String(1 + ((i * 7) % 23)).padStart(2, '0');
      const r = t.ok(clerk, 'incoming.register', doc(unit.id, { title: `第${i}份`, receivedAt: `${year}-${month}-${day}T09:00:00+08:00` }));
      made.push({ id: r.id, order: i, year: r.year, serial: r.serial, receivedDate: r.receivedDate });
    }
    return { admin, clerk, unit, made };
  }

  const byRegistered = (m: Made[]) => [...m].sort((a, b) => b.order - a.order).map((x) => x.id);
  const byReceived = (m: Made[]) =>
    [...m].sort((a, b) => (a.receivedDate === b.receivedDate ? b.order - a.order : a.receivedDate < b.receivedDate ? 1 : -1)).map((x) => x.id);
  const byReceipt = (m: Made[]) => [...m].sort((a, b) => b.year - a.year || b.serial - a.serial).map((x) => x.id);

  it('sort registered: newest registration first, pages of 50 without repeats or gaps', () => {
    const t = open();
    const { clerk, made } = many(t);
    const { rows, pages } = allPages(t, clerk, { limit: 50 });
    expect(pages).toEqual([50, 50, 20]);
    expect(rows.map((r) => r.id)).toEqual(byRegistered(made));
    // registered is the default sort.
    expect(allPages(t, clerk, { sort: 'registered', limit: 50 }).rows.map((r) => r.id)).toEqual(byRegistered(made));
  });

  it('sort receivedDate: newest 收文日期 first, ties by registration, pages without repeats or gaps', () => {
    const t = open();
    const { clerk, made } = many(t);
    const { rows, pages } = allPages(t, clerk, { sort: 'receivedDate', limit: 50 });
    expect(pages).toEqual([50, 50, 20]);
    expect(rows.map((r) => r.id)).toEqual(byReceived(made));
    const dates = rows.map((r) => r.receivedDate);
    expect(dates).toEqual([...dates].sort().reverse());
    // Pages of 7 cut through days with several records.
    expect(allPages(t, clerk, { sort: 'receivedDate', limit: 7 }).rows.map((r) => r.id)).toEqual(byReceived(made));
  });

  it('sort receiptNo: year then serial as numbers, descending, pages without repeats or gaps', () => {
    const t = open();
    const { clerk, made } = many(t);
    const { rows, pages } = allPages(t, clerk, { sort: 'receiptNo', limit: 50 });
    expect(pages).toEqual([50, 50, 20]);
    expect(rows.map((r) => r.id)).toEqual(byReceipt(made));
    expect(rows.slice(0, 3).map((r) => r.receiptNo)).toEqual(['收〔2027〕12号', '收〔2027〕11号', '收〔2027〕10号']);
    expect(rows.slice(10, 14).map((r) => r.receiptNo)).toEqual(['收〔2027〕2号', '收〔2027〕1号', '收〔2026〕96号', '收〔2026〕95号']);
    expect(rows.at(-1)!.receiptNo).toBe('收〔2025〕1号');
  });

  it('receiptNo sorts 10 after 9, not as text', () => {
    const t = open();
    const { clerk, unit } = office(t);
    for (let i = 0; i < 12; i++) t.ok(clerk, 'incoming.register', doc(unit.id));
    const serials = allPages(t, clerk, { sort: 'receiptNo', limit: 5 }).rows.map((r) => r.receiptNo);
    expect(serials).toEqual([12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1].map((n) => `收〔2026〕${n}号`));
  });

  it('filters without search narrow every sort, and paging stays inside the filter', () => {
    const t = open();
    const { clerk, made } = many(t);
    const in2026 = made.filter((m) => m.year === 2026);
    expect(allPages(t, clerk, { year: 2026, sort: 'receiptNo', limit: 30 }).rows.map((r) => r.id)).toEqual(byReceipt(in2026));
    const span = made.filter((m) => m.receivedDate >= '2026-11-05' && m.receivedDate <= '2026-11-12');
    expect(span.length).toBeGreaterThan(10);
    const got = allPages(t, clerk, { from: '2026-11-05', to: '2026-11-12', sort: 'receivedDate', limit: 4 });
    expect(got.rows.map((r) => r.id)).toEqual(byReceived(span));
  });

  it('refuses a malformed cursor and from after to', () => {
    const t = open();
    const { clerk, unit } = office(t);
    t.ok(clerk, 'incoming.register', doc(unit.id));
    const bad = { ok: false, error: { code: 'VALIDATION', message: '翻页位置无效，请重新查询。', fields: { cursor: '翻页位置无效，请重新查询' } } };
    expect(t.call(clerk, 'incoming.list', { cursor: 'abc' })).toEqual(bad);
    expect(t.call(clerk, 'incoming.list', { cursor: '1|2' })).toEqual(bad);
    expect(t.call(clerk, 'incoming.list', { sort: 'receiptNo', cursor: '2026' })).toEqual(bad);
    expect(t.call(clerk, 'incoming.list', { sort: 'receiptNo', cursor: '2026|x' })).toEqual(bad);
    expect(t.call(clerk, 'incoming.list', { sort: 'receivedDate', cursor: '2026-11-27' })).toEqual(bad);
    expect(t.call(clerk, 'incoming.list', { q: '防火', cursor: 'x' })).toEqual(bad);
    expect(t.call(clerk, 'incoming.list', { cursor: '99999999999999999999' })).toEqual(bad);
    // Not even shaped like a cursor: refused by the input schema.
    expect(t.call(clerk, 'incoming.list', { cursor: "1' OR 1=1 --" })).toEqual({
      ok: false,
      error: { code: 'VALIDATION', message: '翻页位置无效，请重新查询', fields: { cursor: '翻页位置无效，请重新查询' } },
    });
    expect(t.call(clerk, 'incoming.list', { from: '2026-11-28', to: '2026-11-27' })).toEqual({
      ok: false,
      error: { code: 'VALIDATION', message: '结束日期不能早于开始日期。', fields: { to: '结束日期不能早于开始日期' } },
    });
    expect(t.call(clerk, 'incoming.list', { q: '防火', from: '2026-11-28', to: '2026-11-27' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { to: '结束日期不能早于开始日期' } },
    });
    // The same day is a range of one day.
    expect(t.ok(clerk, 'incoming.list', { from: '2026-11-27', to: '2026-11-27' }).rows).toHaveLength(1);
  });

  it('an empty register lists nothing, and a last page has no cursor', () => {
    const t = open();
    const { clerk, unit } = office(t);
    expect(t.ok(clerk, 'incoming.list', {})).toEqual({ rows: [], nextCursor: null });
    t.ok(clerk, 'incoming.register', doc(unit.id));
    const page = t.ok(clerk, 'incoming.list', { limit: 1 });
    expect([page.rows.length, page.nextCursor]).toEqual([1, null]);
  });
});
