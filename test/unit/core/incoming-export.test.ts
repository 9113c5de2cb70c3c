import { PassThrough } from 'node:stream';
// incoming.export: the call authorizes, audits and issues a single-use ticket;
// Core.streamExport then writes the list under the same filters as an .xlsx.
import { describe, expect, it } from 'vitest';
import type { InputOf } from '../../../shared/api';
import type { IncomingRow } from '../../../shared/incoming/api';
import { STATE_LABELS } from '../../../shared/incoming/states';
import { DOC_TYPE_LABELS, SECRECY_LEVEL_LABELS, URGENCY_LABELS } from '../../../shared/incoming/vocabulary';
import { ExportRefused, type SessionRef } from '../../../electron/core';
import { EXPORT_HEADERS } from '../../../electron/core/incoming/export';
import { setUpOffice, signIn, type TestCore } from '../../helpers/core';
import { addUser, downloadExport, lastAudit, PASSWORD, useCores } from './support';

type Registration = InputOf<'incoming.register'>;
type ListInput = InputOf<'incoming.list'>;

const DOC_TYPES = ['notice', 'report', 'request', 'letter'] as const;

function office(t: TestCore) {
  const admin = setUpOffice(t);
  addUser(t, admin, 'clerk', ['clerk'], '李文秘');
  addUser(t, admin, 'auditor', ['auditor'], '审计员');
  const clerk = signIn(t, 'clerk', PASSWORD);
  const unit = t.ok(admin, 'units.add', { fullName: '县财政局', shortName: '财政局', category: 'countyDept' });
  return { admin, clerk, unit };
}

const doc = (fromUnitId: string, i: number, over: Partial<Registration> = {}): Registration => ({
  receivedAt: `2026-${String(1 + (i % 11)).padStart(2, '0')}-${String(1 + (i % 27)).padStart(2, '0')}T09:30:00+08:00`,
  signedBy: '李文秘',
  fromUnitId,
  docNumber: `凤财发〔2026〕${i}号`,
  title: `关于第${i}项${i % 7 === 0 ? '防汛' : '冬季防火'}工作的通知`,
  docType: DOC_TYPES[i % DOC_TYPES.length],
  writtenDate: null,
  secrecyLevel: 'none',
  urgency: i % 5 === 0 ? 'urgent' : 'normal',
  copies: 1 + (i % 4),
  incomingClass: 'readOnly',
  addressee: 'county',
  ...over,
});

/** n records through incoming.import, in batches of the API's maximum. */
function load(t: TestCore, clerk: SessionRef, unitId: string, n: number) {
  for (let start = 0; start < n; start += 1000) {
    const records = Array.from({ length: Math.min(1000, n - start) }, (_, k) => doc(unitId, start + k));
    t.ok(clerk, 'incoming.import', { records });
    // The search key allows 1,024 registrations per millisecond; the test clock stands still otherwise.
    t.clock.ms += 1;
  }
}

function allRows(t: TestCore, s: SessionRef, input: ListInput): IncomingRow[] {
  const rows: IncomingRow[] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = t.ok(s, 'incoming.list', { ...input, cursor, limit: 500 });
    rows.push(...page.rows);
    if (!page.nextCursor) return rows;
    cursor = page.nextCursor;
  }
}

const cells = (r: IncomingRow) => [
  r.receiptNo,
  r.receivedDate,
  r.fromUnitName,
  r.docNumber,
  r.title,
  DOC_TYPE_LABELS[r.docType],
  SECRECY_LEVEL_LABELS[r.secrecyLevel],
  URGENCY_LABELS[r.urgency],
  r.copies,
  STATE_LABELS[r.state],
];

/** Streams a ticket into memory and reads the workbook back. */
describe('incoming.export', () => {
  const open = useCores();

  it('writes exactly the rows of the filtered list, in its order and columns, across pages', async () => {
    const t = open();
    const { clerk, unit } = office(t);
    load(t, clerk, unit.id, 2_600);
    for (const filters of [{}, { docType: 'notice', sort: 'receivedDate' }, { sort: 'receiptNo', from: '2026-03-01', to: '2026-09-30' }, { sort: 'receivedDate', from: '2026-02-01' }, { q: '防汛' }] as ListInput[]) {
      const expected = allRows(t, clerk, filters).map(cells);
      expect(expected.length, JSON.stringify(filters)).toBeGreaterThan(100);
      const { ticket, fileName } = t.ok(clerk, 'incoming.export', filters);
      expect(ticket).toMatch(/^[\w-]{43}$/);
      expect(fileName).toBe('收文登记-2026-11-28.xlsx');
      const got = await downloadExport(t, clerk, ticket);
      expect(got.workbook.worksheets.map((w) => w.name)).toEqual(['收文登记']);
      expect(got.header).toEqual(EXPORT_HEADERS);
      expect(got.header).toEqual(['收文号', '收文日期', '来文单位', '来文字号', '标题', '文种', '密级', '紧急程度', '份数', '状态']);
      expect(got.rows, JSON.stringify(filters)).toBe(expected.length);
      expect(got.body, JSON.stringify(filters)).toEqual(expected);
    }
    const all = await downloadExport(t, clerk, t.ok(clerk, 'incoming.export', {}).ticket);
    expect(all.rows).toBe(2_600);
    expect(typeof all.body[0][8]).toBe('number');
    expect(all.body[0][1]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(all.sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(all.sheet.getColumn(5).width).toBeGreaterThan(all.sheet.getColumn(9).width!);
    expect(all.sheet.getRow(1).font).toMatchObject({ bold: true });

    // Between pages the export yields: other calls run meanwhile (no statement is held open).
    let settled = false;
    const running = downloadExport(t, clerk, t.ok(clerk, 'incoming.export', {}).ticket).then((r) => {
      settled = true;
      return r;
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(settled).toBe(false);
    const added = t.ok(clerk, 'incoming.register', doc(unit.id, 9_999));
    expect(t.ok(clerk, 'incoming.list', { limit: 1 }).rows[0].id).toBe(added.id);
    // Registered after the export's first page, so above its cursor: the file holds what was there when it began.
    expect((await running).rows).toBe(2_600);
  }, 60_000);

  it('masks classified titles for roles without need to know, and never matches them in search', async () => {
    const t = open();
    const { admin, clerk, unit } = office(t);
    t.ok(clerk, 'incoming.register', doc(unit.id, 1));
    const secret = t.ok(
      clerk,
      'incoming.register',
      doc(unit.id, 2, { title: '关于导弹营区选址的请示', secrecyLevel: 'secret', secrecyPeriodMonths: 120, copies: 1, copyNumbers: [1] }),
    );
    const forAdmin = await downloadExport(t, admin, t.ok(admin, 'incoming.export', {}).ticket);
    expect(forAdmin.body.map((r) => r[4])).toEqual(['「密件」', '关于第1项冬季防火工作的通知']);
    expect(forAdmin.body[0][0]).toBe(secret.receiptNo);
    expect((await downloadExport(t, admin, t.ok(admin, 'incoming.export', { q: '导弹' }).ticket)).rows).toBe(0);

    const forClerk = await downloadExport(t, clerk, t.ok(clerk, 'incoming.export', { q: '导弹' }).ticket);
    expect(forClerk.body.map((r) => r[4])).toEqual(['关于导弹营区选址的请示']);
    expect(lastAudit(t).detail).toContain('查找“导弹”');
  });

  it('gives each ticket once, to its own session, for two minutes', async () => {
    const t = open();
    const { admin, clerk, unit } = office(t);
    t.ok(clerk, 'incoming.register', doc(unit.id, 1));
    const sink = () => new PassThrough().resume();

    const { ticket } = t.ok(clerk, 'incoming.export', {});
    // Another signed-in session cannot use it; that does not burn it for its owner.
    await expect(t.core.streamExport(ticket, admin, sink())).rejects.toThrow(ExportRefused);
    await expect(t.core.streamExport(ticket, t.session(), sink())).rejects.toThrow('不属于当前登录的用户');
    expect(await t.core.streamExport(ticket, clerk, sink())).toEqual({ rows: 1 });
    await expect(t.core.streamExport(ticket, clerk, sink())).rejects.toThrow('下载链接无效或已过期，请重新导出。');
    await expect(t.core.streamExport('no-such-ticket', clerk, sink())).rejects.toThrow(ExportRefused);

    const late = t.ok(clerk, 'incoming.export', {}).ticket;
    t.clock.advanceMinutes(2);
    await expect(t.core.streamExport(late, clerk, sink())).rejects.toThrow('下载链接无效或已过期');

    const beforeLogout = t.ok(clerk, 'incoming.export', {}).ticket;
    t.ok(clerk, 'auth.logout');
    await expect(t.core.streamExport(beforeLogout, clerk, sink())).rejects.toThrow(ExportRefused);
  });

  it('stops, instead of hanging, when the output is closed half-way', async () => {
    const t = open();
    const { clerk, unit } = office(t);
    load(t, clerk, unit.id, 3_000);
    const out = new PassThrough();
    out.once('data', () => out.destroy());
    out.resume();
    await expect(t.core.streamExport(t.ok(clerk, 'incoming.export', {}).ticket, clerk, out)).rejects.toThrow('输出已中断，导出没有完成。');
    // The core is still usable.
    expect(t.ok(clerk, 'incoming.list', { limit: 1 }).rows).toHaveLength(1);
  }, 30_000);

  it('is for staff only: the auditor is refused and the refusal recorded', () => {
    const t = open();
    office(t);
    const auditor = signIn(t, 'auditor', PASSWORD);
    expect(t.call(auditor, 'incoming.export', {})).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: '您没有“导出收文”的权限。' } });
    expect(lastAudit(t)).toMatchObject({ method: 'incoming.export', title: '拒绝：导出收文' });
  });

  it('checks the filters like the list and records the export with its filters in words', () => {
    const t = open();
    const { clerk, unit } = office(t);
    expect(t.call(clerk, 'incoming.export', { from: '2026-11-01', to: '2026-10-01' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { to: '结束日期不能早于开始日期' } },
    });
    expect(t.call(clerk, 'incoming.export', { docType: 'memo' } as never)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    t.ok(clerk, 'incoming.export', { year: 2026, docType: 'notice', fromUnitId: unit.id, from: '2026-01-01', sort: 'receiptNo' });
    expect(lastAudit(t)).toMatchObject({
      method: 'incoming.export',
      title: '导出收文',
      user_name: '李文秘',
      detail: '导出 收文登记-2026-11-28.xlsx：年份 2026；文种 通知；来文单位 县财政局；收文日期 2026-01-01 至 不限；按收文号',
    });
  });
});
