import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SEAL_EXPORT_HEADERS } from '../../../electron/core/seals/export';
import { count, downloadExport, lastAudit, PASSWORD, useCores } from './support';
import { documentUse, otherUse, printedDoc, sealOffice, type SealOffice } from './seals-support';
import { signIn, type TestCore } from '../../helpers/core';

/** Three lines: a 公文用印, a 县长专用章 use, and a 外带 that came back. */
function threeUses(t: TestCore, o: SealOffice) {
  const doc = printedDoc(t, o, 5);
  const stamp = t.ok(o.keeper, 'seals.recordUse', documentUse(o, doc.id, 2, { usedAt: '2026-10-30T10:00' }));
  const head = t.ok(o.keeper, 'seals.recordUse', otherUse(o, o.head, o.people.head, { usedAt: '2026-11-03T09:00', approvedAt: '2026-11-03T08:00' }));
  const out = t.ok(o.keeper, 'seals.recordUse', otherUse(o, o.county, o.people.executive, { method: 'takeOut', usedAt: '2026-11-10T09:00', approvedAt: '2026-11-10T08:00', copies: 4 }));
  t.ok(o.keeper, 'seals.recordReturn', { useId: out.id, returnedAt: '2026-11-10T17:00' });
  return { doc, stamp, head, out };
}

describe('用印登记簿 (R23)', () => {
  const open = useCores();

  it('numbers lines per year, and a 更正 is a new line pointing at the wrong one; both stay', () => {
    const t = open();
    const o = sealOffice(t);
    const { head } = threeUses(t, o);
    const fix = t.ok(o.keeper, 'seals.correct', {
      ...otherUse(o, o.head, o.people.head, { usedAt: '2026-11-03T09:00', approvedAt: '2026-11-03T08:00', copies: 3 }),
      targetId: head.id,
      correctionReason: '份数登记错误，实为 3 份',
    });
    expect(fix).toMatchObject({ kind: 'correction', serialText: '2026-4', correctsId: head.id, correctsSerialText: '2026-2', correctionReason: '份数登记错误，实为 3 份', copies: 3, cancelled: false });
    const { rows } = t.ok(o.clerk, 'seals.ledger', {});
    expect(rows.map((r) => [r.serialText, r.kind, r.copies, r.correctedBy])).toEqual([
      ['2026-4', 'correction', 3, []],
      ['2026-3', 'use', 4, []],
      ['2026-2', 'use', 2, ['2026-4']],
      ['2026-1', 'use', 2, []],
    ]);
    expect(rows[1]).toMatchObject({ method: 'takeOut', returnedAt: '2026-11-10T17:00' });
    // Only the latest line is corrected again; an unchanged 更正 says nothing.
    expect(t.call(o.keeper, 'seals.correct', { ...otherUse(o, o.head, o.people.head), targetId: head.id, correctionReason: '再次更正' })).toMatchObject({
      error: { code: 'CONFLICT', message: '序号 2026-2 已被序号 2026-4 更正，请在最新的一行上更正。' },
    });
    expect(
      t.call(o.keeper, 'seals.correct', {
        ...otherUse(o, o.head, o.people.head, { usedAt: '2026-11-03T09:00', approvedAt: '2026-11-03T08:00', copies: 3 }),
        targetId: fix.id,
        correctionReason: '无改动',
      }),
    ).toMatchObject({ error: { code: 'VALIDATION', message: '更正后的内容与原登记相同，请修改需要更正的项目。' } });
    // The corrected values obey the same rules as a new use.
    expect(t.call(o.keeper, 'seals.correct', { ...otherUse(o, o.head, o.people.deputy), targetId: fix.id, correctionReason: '批准人写错' }).ok).toBe(false);
    expect(t.call(o.keeper, 'seals.correct', { ...otherUse(o, o.head, o.people.head), targetId: fix.id, correctionReason: '  ' })).toMatchObject({ error: { fields: { correctionReason: '请填写更正原因' } } });
    // A new year starts at 1, corrections included.
    t.clock.ms = Date.parse('2027-01-04T02:00:00Z');
    const keeper = signIn(t, 'keeper', PASSWORD);
    const next = t.ok(keeper, 'seals.correct', { ...otherUse(o, o.head, o.people.head), targetId: fix.id, correctionReason: '未实际用印', cancel: true });
    expect(next).toMatchObject({ serialText: '2027-1', cancelled: true, copies: 3 });
  });

  it('refuses any UPDATE or DELETE of a line from any code path', () => {
    const t = open();
    const o = sealOffice(t);
    const { head } = threeUses(t, o);
    const sqlite = t.core.connection.sqlite;
    expect(() => sqlite.prepare('UPDATE seal_entries SET copies = 9 WHERE id = ?').run(head.id)).toThrow('seal_entries rows are never changed');
    expect(() => sqlite.prepare('DELETE FROM seal_entries WHERE id = ?').run(head.id)).toThrow('seal_entries rows are never deleted');
    expect(count(t, 'seal_entries')).toBe(4);
  });

  it('verify finds a line changed in the file', () => {
    const t = open();
    const o = sealOffice(t);
    threeUses(t, o);
    expect(t.ok(o.admin, 'seals.verify')).toEqual({ ok: true, entries: 4, problem: null });
    // Patch the stored text in the file itself, as someone editing it with a hex editor would.
    const file = t.core.connection.file;
    t.core.close();
    const bytes = readFileSync(file);
    const from = Buffer.from('县财政局申请出具证明');
    const to = Buffer.from('县财政局申请开具证明');
    for (let i = bytes.indexOf(from); i >= 0; i = bytes.indexOf(from, i + 1)) to.copy(bytes, i);
    writeFileSync(file, bytes);
    t.reopen();
    expect(t.ok(signIn(t, 'keeper', PASSWORD), 'seals.verify')).toMatchObject({ ok: false, problem: '用印登记簿序号 2026-2 与登记时不符，记录已被改动。' });
  });

  it('verify finds the last line removed, which leaves no hole in its chain', () => {
    const t = open();
    const o = sealOffice(t);
    const { out } = threeUses(t, o);
    const sqlite = t.core.connection.sqlite;
    sqlite.exec('DROP TRIGGER seal_entries_no_delete');
    expect(sqlite.prepare("DELETE FROM seal_entries WHERE kind = 'return'").run().changes).toBe(1);
    expect(t.ok(o.admin, 'seals.verify')).toMatchObject({ ok: false, problem: '用印登记簿中一条归还记录已被删除（审计记录中有它的登记）。' });
    expect(sqlite.prepare('DELETE FROM seal_entries WHERE id = ?').run(out.id).changes).toBe(1);
    expect(t.ok(o.admin, 'seals.verify')).toMatchObject({ ok: false, problem: '用印登记簿中序号 2026-3 的记录已被删除（审计记录中有它的登记）。' });
  });

  it('verify finds a line removed from the middle of the chain', () => {
    const t = open();
    const o = sealOffice(t);
    const { head } = threeUses(t, o);
    const sqlite = t.core.connection.sqlite;
    sqlite.exec('DROP TRIGGER seal_entries_no_delete');
    sqlite.prepare('DELETE FROM seal_entries WHERE id = ?').run(head.id);
    expect(t.ok(o.admin, 'seals.verify')).toMatchObject({ ok: false, problem: '用印登记簿缺少记录：本机第 2 条之后直接是第 3 条，有记录被删除。' });
  });

  it('filters the ledger by seal, month, unit, approver and kind, and pages by 序号', () => {
    const t = open();
    const o = sealOffice(t);
    const { head } = threeUses(t, o);
    t.ok(o.keeper, 'seals.correct', { ...otherUse(o, o.head, o.people.head, { usedAt: '2026-11-03T09:00', approvedAt: '2026-11-03T08:00' }), targetId: head.id, correctionReason: '未实际用印', cancel: true });
    const serials = (input: object) => t.ok(o.clerk, 'seals.ledger', input).rows.map((r) => r.serialText);
    expect(serials({ sealId: o.head })).toEqual(['2026-4', '2026-2']);
    expect(serials({ month: '2026-10' })).toEqual(['2026-1']);
    expect(serials({ month: '2026-11', kind: 'takeOut' })).toEqual(['2026-3']);
    expect(serials({ kind: 'document' })).toEqual(['2026-1']);
    expect(serials({ kind: 'correction' })).toEqual(['2026-4']);
    expect(serials({ approverId: o.people.executive })).toEqual(['2026-3']);
    expect(serials({ unitId: o.unit })).toHaveLength(4);
    expect(serials({ month: '2026-12' })).toEqual([]);
    const first = t.ok(o.clerk, 'seals.ledger', { limit: 3 });
    expect(first.nextCursor).toBe('2026:2');
    expect(t.ok(o.clerk, 'seals.ledger', { limit: 3, cursor: first.nextCursor! })).toEqual({ rows: [expect.objectContaining({ serialText: '2026-1' })], nextCursor: null });
    expect(t.call(o.clerk, 'seals.ledger', { month: '2026-13' })).toMatchObject({ error: { fields: { month: '月份应写成 2026-11 这样' } } });
  });

  it('prints a month in the order of the book, with the office name', () => {
    const t = open();
    const o = sealOffice(t);
    threeUses(t, o);
    const page = t.ok(o.clerk, 'seals.printLedger', { month: '2026-11' });
    expect(page).toMatchObject({ officeName: '凤凰县人民政府办公室', month: '2026-11', sealName: null });
    expect(page.rows.map((r) => r.serialText)).toEqual(['2026-2', '2026-3']);
    expect(t.ok(o.clerk, 'seals.printLedger', { month: '2026-11', sealId: o.county })).toMatchObject({ sealName: '县人民政府印章', rows: [{ serialText: '2026-3' }] });
  });

  it('counts the year per seal, month and unit, as corrected and without uses that did not happen', () => {
    const t = open();
    const o = sealOffice(t);
    const { head } = threeUses(t, o);
    t.ok(o.keeper, 'seals.correct', { ...otherUse(o, o.head, o.people.head, { usedAt: '2026-11-03T09:00', approvedAt: '2026-11-03T08:00' }), targetId: head.id, correctionReason: '未实际用印', cancel: true });
    const stats = t.ok(o.clerk, 'seals.stats', { year: 2026 });
    expect(stats.total).toEqual({ uses: 2, copies: 6 });
    expect(stats.months[9]).toEqual({ uses: 1, copies: 2 });
    expect(stats.months[10]).toEqual({ uses: 1, copies: 4 });
    expect(stats.seals.map((s) => [s.sealName, s.total.uses, s.total.copies])).toEqual([
      ['县人民政府印章', 1, 4],
      ['县政府办印章', 1, 2],
      ['县长专用章', 0, 0],
    ]);
    expect(stats.units).toEqual([{ unitId: o.unit, unitName: '凤凰县财政局', total: { uses: 2, copies: 6 } }]);
    expect(t.ok(o.clerk, 'seals.stats', { year: 2025 }).total).toEqual({ uses: 0, copies: 0 });
  });

  it('exports the filtered ledger to .xlsx with the 更正 links, audited', async () => {
    const t = open();
    const o = sealOffice(t);
    const { head } = threeUses(t, o);
    t.ok(o.keeper, 'seals.correct', { ...otherUse(o, o.head, o.people.head, { usedAt: '2026-11-03T09:00', approvedAt: '2026-11-03T08:00', copies: 1 }), targetId: head.id, correctionReason: '份数写错' });
    const { ticket, fileName } = t.ok(o.clerk, 'seals.export', { month: '2026-11' });
    expect(fileName).toBe('用印登记-2026-11-28.xlsx');
    expect(lastAudit(t)).toMatchObject({ method: 'seals.export', detail: '导出 用印登记-2026-11-28.xlsx：月份 2026-11' });
    const { sheetName, header, body } = await downloadExport(t, o.clerk, ticket);
    expect(sheetName).toBe('用印登记');
    expect(header).toEqual(SEAL_EXPORT_HEADERS);
    const col = (name: string) => SEAL_EXPORT_HEADERS.indexOf(name);
    expect(body.map((r) => [r[col('序号')], r[col('份数')], r[col('归还时间')] ?? null, r[col('更正')] ?? null])).toEqual([
      ['2026-2', 2, null, '已由序号 2026-4 更正'],
      ['2026-3', 4, '2026-11-10 17:00', null],
      ['2026-4', 1, null, '更正序号 2026-2：份数写错'],
    ]);
  });

  it('R33: a classified document\'s title reads 「密件」 for the seal keeper, as in the outgoing register', () => {
    const t = open();
    const o = sealOffice(t);
    const doc = printedDoc(t, o, 2, { secrecyLevel: 'secret', secrecyPeriodMonths: 12, publicity: 'withheld', publicityReason: '涉密' });
    t.ok(o.keeper, 'seals.recordUse', documentUse(o, doc.id, 1));
    expect(t.ok(o.keeper, 'seals.ledger', {}).rows[0].fileName).toBe('「密件」');
    expect(t.ok(o.clerk, 'seals.ledger', {}).rows[0].fileName).toBe(doc.title);
    expect(t.ok(o.keeper, 'seals.documents', { term: '冬季' })).toEqual([]);
    expect(t.ok(o.keeper, 'seals.documents', { term: doc.docNumber })).toMatchObject([{ id: doc.id, title: '「密件」' }]);
    // The keeper corrects the line the way it is shown: the placeholder never replaces the real name.
    const [line] = t.ok(o.keeper, 'seals.ledger', {}).rows;
    t.ok(o.keeper, 'seals.correct', { ...documentUse(o, doc.id, 2), fileName: line.fileName, targetId: line.id, correctionReason: '份数写错' });
    expect(t.ok(o.clerk, 'seals.ledger', {}).rows[0]).toMatchObject({ kind: 'correction', fileName: doc.title });
  });
});
