import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Mapping } from '../../../shared/imports/api';
import { setUpOffice, signIn, type TestCore } from '../../helpers/core';
import { BACKLOG_STEP_ROWS, searchBacklogOf } from '../../../electron/core/incoming/search-backlog';
import { BATCH_ROWS } from '../../../electron/core/imports/pipeline';
import { excelDate, upload } from './import-support';
import { addUser, auditRows, count, downloadExport, dump, PASSWORD, useCores } from './support';

/**
 * A 收文 ledger as an office keeps it in Excel: a title merged across the page, a blank row,
 * a two-row header (来文 merged over 单位 and 字号, the others merged down), dates typed
 * every way (a date cell, a serial number with a time, 2024.3.8, 2024年3月11日), a 收文日期
 * merged down over two documents, the header repeated halfway, and mistakes: a unit not in
 * the directory, a 收文号 used twice, no 标题, a 机密 document without 份号, 2月30日.
 */
function messyLedger(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('2024年收文');
  const put = (n: number, values: unknown[]) => {
    sheet.getRow(n).values = values as ExcelJS.CellValue[];
  };
  put(1, ['凤凰县人民政府办公室2024年收文登记簿']);
  sheet.mergeCells('A1:J1');
  put(3, ['收文号', '收文日期', '来文', null, '标题', '密级', '份号', '份数', '类别', '备注']);
  put(4, [null, null, '单位', '字号']);
  sheet.mergeCells('C3:D3');
  for (const c of 'ABEFGHIJ') sheet.mergeCells(`${c}3:${c}4`);
  put(5, ['收〔2024〕1号', excelDate('2024-03-05'), '县财政局', '凤财发〔2024〕3号', '关于2024年一季度预算执行情况的报告', '非密', null, 1, '阅知']);
  put(6, [2, 45357 + 620 / 1440, '教育局', '凤教发〔2024〕7号', '关于申请学校维修资金的请示', null, null, '2份', '请示']);
  put(8, ['3', '2024.3.8', '县财政局', '凤财发〔2024〕5号', '关于做好春耕生产资金保障工作的通知', '秘密★5年', '1-2', 2, '批办']);
  put(9, ['4', '2024年3月11日', '县水利局', '凤水发〔2024〕2号', '关于防汛物资储备情况的报告', '非密', null, 1, '阅知']);
  put(10, ['收〔2024〕2号', '2024-03-11', '县财政局', '凤财函〔2024〕1号', '关于商请提供预算数据的函', '非密', null, 1, '批办']);
  put(11, ['5', '2024/3/12 14:30', '县教育局', null, null, '非密', null, 1, '阅知']);
  put(12, ['收文号', '收文日期', '单位', '字号', '标题', '密级', '份号', '份数', '类别', '备注']);
  put(13, [null, excelDate('2024-03-15'), '县财政局', '凤财发〔2024〕9号', '关于2023年度财政决算的报告', '非密', null, 1, '阅知', '补登']);
  put(14, [null, null, '县教育局', '凤教函〔2024〕2号', '关于商请支持校园安全检查的函', '非密', null, 1, '批办']);
  sheet.mergeCells('B13:B14');
  put(15, ['7', '2024-03-18', '县财政局', '凤财发〔2024〕11号', '关于财政资金专项检查情况的通报', '机密', null, 1, '阅知']);
  put(16, ['8', '2024.2.30', '县财政局', '凤财发〔2024〕12号', '关于国库集中支付的通知', '非密', null, 1, '阅知']);
  return workbook;
}

describe('import of a 收文 ledger from Excel', () => {
  const open = useCores();

  function office(t: TestCore) {
    const admin = setUpOffice(t);
    addUser(t, admin, 'clerk', ['clerk'], '周丽');
    addUser(t, admin, 'keeper', ['sealKeeper'], '孙机要');
    for (const [fullName, shortName] of [
      ['县财政局', '财政局'],
      ['县教育局', '教育局'],
    ]) {
      t.ok(admin, 'units.add', { fullName, shortName, category: 'countyDept' });
    }
    return { admin, clerk: signIn(t, 'clerk', PASSWORD), keeper: signIn(t, 'keeper', PASSWORD) };
  }

  it('reads the header through merged cells and title rows, suggests the mapping and shows the first rows as they would be imported', async () => {
    const t = open();
    const { clerk } = office(t);
    const file = await upload(t, clerk, messyLedger(), '2024年收文登记簿.xlsx');
    expect(file).toMatchObject({ fileName: '2024年收文登记簿.xlsx', sheets: [{ name: '2024年收文', rows: 14 }] });

    const p = t.ok(clerk, 'imports.preview', { uploadId: file.uploadId, register: 'incoming' });
    expect(p.headerFound).toBe(true);
    expect(p.mapping.headerRow).toBe(4);
    expect(p.columns.map((c) => c.name)).toEqual(['收文号', '收文日期', '来文单位', '来文字号', '标题', '密级', '份号', '份数', '类别', '备注']);
    expect(p.mapping.columns).toEqual(['receiptNo', 'receivedAt', 'fromUnitId', 'docNumber', 'title', 'secrecyLevel', 'copyNumbers', 'copies', 'incomingClass', 'remarks']);
    // Samples read as the field reads them: the serial number is a date and time.
    expect(p.columns[1].samples).toEqual(['2024-03-05 00:00', '2024-03-06 10:20', '2024-03-08 00:00']);
    expect(p.mapping.defaults).toMatchObject({ signedBy: '周丽', secrecyLevel: '非密', urgency: '平件', copies: '1' });
    // No column says 主送, and nothing else can say it: it must be chosen before importing.
    expect(p.missing).toEqual(['addressee']);
    // The blank row and the repeated header are not records.
    expect(p.records).toBe(10);
    expect(p.rows.map((r) => r.row)).toEqual([5, 6, 8, 9, 10, 11, 13, 14, 15, 16]);
    const row8 = p.rows.find((r) => r.row === 8)!;
    expect(row8.shown).toMatchObject({
      receiptNo: '第3号',
      receivedAt: '2024-03-08 00:00',
      fromUnitId: '县财政局',
      docType: '通知',
      secrecyLevel: '秘密',
      secrecyPeriodMonths: '5年',
      copyNumbers: '000001-000002',
    });
    expect(p.rows.find((r) => r.row === 14)!.shown.receivedAt).toBe('2024-03-15 00:00');
    // Without 主送 every row says so, in the register's own words.
    expect(p.rows[0]).toMatchObject({ status: 'invalid', problems: [{ row: 5, field: '主送', message: '请选择主送' }] });
  });

  it('checks every row with the register rules, explaining each rejected row by row number, field and message; mode all then imports nothing', async () => {
    const t = open();
    const { clerk } = office(t);
    const file = await upload(t, clerk, messyLedger());
    const p = t.ok(clerk, 'imports.preview', { uploadId: file.uploadId, register: 'incoming' });
    const mapping: Mapping = { ...p.mapping, defaults: { ...p.mapping.defaults, addressee: '县政府办' } };
    const input = { uploadId: file.uploadId, register: 'incoming' as const, sheet: p.sheet, mapping };
    const before = dump(t, 'incoming');
    const audits = count(t, 'audit_log');

    const check = t.ok(clerk, 'imports.check', input);
    expect(check).toMatchObject({ mode: null, records: 10, valid: 5, present: 0, rejected: 5, imported: 0, rejectsReady: true });
    expect(check.problems).toEqual([
      { row: 9, field: '来文单位', message: '“县水利局”不在单位名录中：请先在单位名录中添加（或先导入单位名录），名称须与全称或简称一致' },
      { row: 10, field: '收文号', message: '与第 6 行相同，不能重复' },
      // 文种 would have come from the title.
      { row: 11, field: '标题', message: '请填写标题' },
      { row: 11, field: '文种', message: '请选择文种' },
      { row: 15, field: '份号', message: '机密文件须逐份登记份号' },
      { row: 16, field: '收文日期', message: '日期“2024.2.30”不存在（2月没有30日）' },
    ]);
    expect(count(t, 'audit_log')).toBe(audits);

    const all = t.ok(clerk, 'imports.run', { ...input, mode: 'all' });
    expect(all).toMatchObject({ mode: 'all', valid: 5, rejected: 5, imported: 0 });
    expect(all.problems).toEqual(check.problems);
    expect(dump(t, 'incoming')).toEqual(before);
    const entry = auditRows(t).at(-1)!;
    expect(entry).toMatchObject({ method: 'imports.run', user_name: '周丽', table_name: null });
    expect(entry.detail).toBe('收文登记：文件「台账.xlsx」工作表「2024年收文」，全部导入；共 10 行，新增 0 条，已有跳过 0 条，有误 5 行，因此全部未导入');
  });

  it('imports the valid rows keeping their 收文号, numbers the rest after the book, gives back the rejected rows, and a second import adds nothing', async () => {
    const t = open();
    const { clerk } = office(t);
    const file = await upload(t, clerk, messyLedger());
    const p = t.ok(clerk, 'imports.preview', { uploadId: file.uploadId, register: 'incoming' });
    const mapping: Mapping = { ...p.mapping, defaults: { ...p.mapping.defaults, addressee: '县政府办' } };
    const audits = count(t, 'audit_log');

    const run = t.ok(clerk, 'imports.run', { uploadId: file.uploadId, register: 'incoming', sheet: p.sheet, mapping, mode: 'validOnly' });
    expect(run).toMatchObject({ valid: 5, present: 0, rejected: 5, imported: 5 });
    // The batch's own entry (sealing its change log) and the import's.
    expect(count(t, 'audit_log')).toBe(audits + 2);
    expect(auditRows(t).at(-1)!.detail).toBe('收文登记：文件「台账.xlsx」工作表「2024年收文」，只导入无误的行；共 10 行，新增 5 条，已有跳过 0 条，有误 5 行，未导入');

    const list = t.ok(clerk, 'incoming.list', { sort: 'receiptNo' }).rows;
    // Rejected rows keep their numbers free (4, 5, 7, 8 are theirs to take when fixed): new numbers come after.
    expect(list.map((r) => [r.receiptNo, r.receivedDate, r.fromUnitName, r.docType]).reverse()).toEqual([
      ['收〔2024〕1号', '2024-03-05', '县财政局', 'report'],
      ['收〔2024〕2号', '2024-03-06', '县教育局', 'request'],
      ['收〔2024〕3号', '2024-03-08', '县财政局', 'notice'],
      ['收〔2024〕8号', '2024-03-15', '县财政局', 'report'],
      ['收〔2024〕9号', '2024-03-15', '县教育局', 'letter'],
    ]);
    const secret = t.ok(clerk, 'incoming.get', { id: list.find((r) => r.receiptNo === '收〔2024〕3号')!.id });
    expect(secret).toMatchObject({ secrecyLevel: 'secret', secrecyPeriodMonths: 60, copyNumbers: [1, 2], copies: 2, incomingClass: 'toHandle', addressee: 'office', signedBy: '周丽' });
    expect(t.ok(clerk, 'incoming.get', { id: list.find((r) => r.receiptNo === '收〔2024〕2号')!.id }).receivedAt).toBe('2024-03-06T10:20:00+08:00');
    // Found by search like any registered record.
    expect(t.ok(clerk, 'incoming.list', { q: '维修资金' }).rows.map((r) => r.receiptNo)).toEqual(['收〔2024〕2号']);

    const { ticket } = t.ok(clerk, 'imports.rejects', { uploadId: file.uploadId });
    const back = await downloadExport(t, clerk, ticket);
    expect(back.header).toEqual(['原行号', '收文号', '收文日期', '来文单位', '来文字号', '标题', '密级', '份号', '份数', '类别', '备注', '未导入原因']);
    expect(back.body.map((r) => r[0])).toEqual([9, 10, 11, 15, 16]);
    expect(back.body[0][2]).toBe('2024年3月11日');
    expect(back.body[0].at(-1)).toBe('来文单位：“县水利局”不在单位名录中：请先在单位名录中添加（或先导入单位名录），名称须与全称或简称一致');

    // The same file again: nothing new, every imported row recognised.
    const again = await upload(t, clerk, messyLedger());
    const rerun = t.ok(clerk, 'imports.run', { uploadId: again.uploadId, register: 'incoming', sheet: p.sheet, mapping, mode: 'validOnly' });
    expect(rerun).toMatchObject({ valid: 0, present: 5, rejected: 5, imported: 0 });
    expect(count(t, 'incoming')).toBe(5);
    const preview = t.ok(clerk, 'imports.preview', { uploadId: again.uploadId, register: 'incoming', mapping });
    expect(preview.rows.find((r) => r.row === 13)).toMatchObject({ status: 'present', note: '已有：收〔2024〕8号' });
  });

  it('a 收文号 already given to another document is refused; one whose year is not the 收文日期 year too', async () => {
    const t = open();
    const { clerk } = office(t);
    const header = ['收文号', '收文日期', '来文单位', '标题', '收文类别', '主送'];
    const first = new ExcelJS.Workbook();
    first.addWorksheet('收文').addRows([header, ['收〔2024〕12号', '2024-05-06', '县财政局', '关于甲的报告', '阅知类', '县政府']]);
    const a = await upload(t, clerk, first);
    const mapping = t.ok(clerk, 'imports.preview', { uploadId: a.uploadId, register: 'incoming' }).mapping;
    expect(t.ok(clerk, 'imports.run', { uploadId: a.uploadId, register: 'incoming', sheet: '收文', mapping, mode: 'all' }).imported).toBe(1);

    const second = new ExcelJS.Workbook();
    second.addWorksheet('收文').addRows([header, ['12', '2024-06-01', '县教育局', '关于乙的报告', '阅知类', '县政府'], ['收〔2023〕13号', '2024-06-02', '县教育局', '关于丙的报告', '阅知类', '县政府']]);
    const b = await upload(t, clerk, second);
    const r = t.ok(clerk, 'imports.check', { uploadId: b.uploadId, register: 'incoming', sheet: '收文', mapping });
    expect(r.problems).toEqual([
      { row: 2, field: '收文号', message: '收文号收〔2024〕12号已用于另一份收文（2024-05-06收文），收文号不能重复' },
      { row: 3, field: '收文号', message: '收文号的年份（2023）与收文日期（2024-06-02）不一致：收文号按收文日期的年份编号' },
    ]);
  });

  it('imported records take the search keys of their 收文时间, after the keys the register already holds in that minute', async () => {
    const t = open();
    const { clerk } = office(t);
    const header = ['收文日期', '来文单位', '标题', '收文类别', '主送'];
    const importRows = async (rows: string[][]) => {
      const workbook = new ExcelJS.Workbook();
      workbook.addWorksheet('收文').addRows([header, ...rows]);
      const file = await upload(t, clerk, workbook);
      const mapping = t.ok(clerk, 'imports.preview', { uploadId: file.uploadId, register: 'incoming' }).mapping;
      return t.ok(clerk, 'imports.run', { uploadId: file.uploadId, register: 'incoming', sheet: '收文', mapping, mode: 'all' }).imported;
    };
    const key = (title: string) => (t.core.connection.sqlite.prepare('SELECT fts_rowid AS k FROM incoming WHERE title = ?').get(title) as { k: number }).k;
    const base = Date.parse('2024-05-06T10:00:00+08:00') * 1024;

    expect(await importRows([['2024-05-06 10:00', '县财政局', '关于甲的报告', '阅知类', '县政府']])).toBe(1);
    expect(key('关于甲的报告')).toBe(base);
    // A later file with the same minute twice, a minute after, and a minute before.
    const later = [
      ['2024-05-06 10:00', '县财政局', '关于乙的报告', '阅知类', '县政府'],
      ['2024-05-06 10:01', '县教育局', '关于丙的报告', '阅知类', '县政府'],
      ['2024-05-06 10:00', '县教育局', '关于丁的报告', '阅知类', '县政府'],
      ['2024-05-06 09:59', '县教育局', '关于戊的报告', '阅知类', '县政府'],
    ];
    expect(await importRows(later)).toBe(4);
    expect(['关于乙的报告', '关于丙的报告', '关于丁的报告', '关于戊的报告'].map(key)).toEqual([base + 1, base + 60_000 * 1024, base + 2, base - 60_000 * 1024]);
    expect(t.ok(clerk, 'incoming.list', { q: '报告' }).rows.map((r) => r.title)).toEqual(['关于丙的报告', '关于丁的报告', '关于乙的报告', '关于甲的报告', '关于戊的报告']);
  });

  describe('a large import’s search entries', () => {
    const ROWS = BATCH_ROWS + 1;
    const header = ['收文日期', '来文单位', '标题', '收文类别', '主送'];
    /** A file of ROWS reports, a minute apart, each title with its own number. */
    async function importLarge(t: TestCore, clerk: ReturnType<typeof office>['clerk']) {
      const workbook = new ExcelJS.Workbook();
      const start = Date.parse('2024-01-02T08:00:00+08:00');
      const minute = (i: number) => new Date(start + i * 60_000 + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
      workbook.addWorksheet('收文').addRows([header, ...Array.from({ length: ROWS }, (_, i) => [minute(i), '县财政局', `关于第${i + 1}批防汛物资的报告`, '阅知类', '县政府'])]);
      const file = await upload(t, clerk, workbook);
      const mapping = t.ok(clerk, 'imports.preview', { uploadId: file.uploadId, register: 'incoming' }).mapping;
      return t.ok(clerk, 'imports.run', { uploadId: file.uploadId, register: 'incoming', sheet: '收文', mapping, mode: 'all' });
    }
    const indexed = (t: TestCore, term: string) =>
      (t.core.connection.sqlite.prepare('SELECT count(*) AS n FROM incoming_search WHERE incoming_search MATCH ?').get(term) as { n: number }).n;
    /** Turns of the event loop until the backlog is written (a step per turn). */
    async function caughtUp(t: TestCore) {
      for (let turns = 0; turns < 50; turns += 1) {
        if (searchBacklogOf(t.core.connection.sqlite).pending() === 0) return turns;
        await new Promise((resolve) => setImmediate(resolve));
      }
      throw new Error('the search backlog was not written');
    }

    it('are written right after the import commits; a search meanwhile says how many it cannot find yet', async () => {
      const t = open();
      const { clerk } = office(t);
      expect((await importLarge(t, clerk)).imported).toBe(ROWS);
      // The register, its numbers and its lists are complete at once.
      expect(count(t, 'incoming')).toBe(ROWS);
      expect(t.ok(clerk, 'incoming.list', { sort: 'receiptNo', limit: 1 }).rows[0].receiptNo).toBe(`收〔2024〕${ROWS}号`);
      expect(t.ok(clerk, 'incoming.list', { q: '防汛' })).toEqual({ rows: [], nextCursor: null, indexing: ROWS });
      expect(indexed(t, '"防 汛"')).toBe(0);

      expect(await caughtUp(t)).toBe(Math.ceil(ROWS / BACKLOG_STEP_ROWS));
      expect(indexed(t, '"防 汛"')).toBe(ROWS);
      const found = t.ok(clerk, 'incoming.list', { q: '第5001批' });
      expect(found).toEqual({ rows: [expect.objectContaining({ title: '关于第5001批防汛物资的报告' })], nextCursor: null });
      expect(t.ok(clerk, 'incoming.list', { q: '防汛' }).rows).toHaveLength(50);
    });

    it('a record changed before its turn keeps one entry, the new one; a program stopped before the end finishes on open', async () => {
      const t = open();
      const { clerk } = office(t);
      await importLarge(t, clerk);
      const first = t.ok(clerk, 'incoming.list', { sort: 'receiptNo', limit: 1 }).rows[0];
      const r = t.ok(clerk, 'incoming.get', { id: first.id });
      t.ok(clerk, 'incoming.update', {
        id: r.id,
        receivedAt: r.receivedAt,
        signedBy: r.signedBy,
        fromUnitId: r.fromUnitId!,
        docNumber: r.docNumber,
        title: '关于春季植树造林的报告',
        docType: r.docType,
        writtenDate: r.writtenDate,
        submittedDate: r.submittedDate,
        secrecyLevel: 'none',
        urgency: r.urgency,
        copies: r.copies,
        incomingClass: r.incomingClass,
        addressee: r.addressee,
      });
      expect(searchBacklogOf(t.core.connection.sqlite).pending()).toBe(ROWS - 1);
      // Closed before the first step ran: the backlog waits in the file.
      t.reopen();
      expect(searchBacklogOf(t.core.connection.sqlite).pending()).toBe(ROWS - 1);
      await caughtUp(t);
      const again = signIn(t, 'clerk', PASSWORD);
      expect(t.ok(again, 'incoming.list', { q: '植树造林' }).rows.map((x) => x.id)).toEqual([r.id]);
      // The updated record (the last of the file) is no longer found by its old title; the others are.
      expect(t.ok(again, 'incoming.list', { q: `第${ROWS}批` }).rows).toEqual([]);
      expect(t.ok(again, 'incoming.list', { q: `第${ROWS - 1}批` }).rows.map((x) => x.title)).toEqual([`关于第${ROWS - 1}批防汛物资的报告`]);
      expect(indexed(t, '"植 树"')).toBe(1);
      expect(indexed(t, '"防 汛"')).toBe(ROWS - 1);
    });
  });

  it('only the clerk imports 收文; an upload is its owner’s alone; a bad mapping is refused naming the field', async () => {
    const t = open();
    const { admin, clerk, keeper } = office(t);
    const file = await upload(t, clerk, messyLedger());
    const denied = t.call(keeper, 'imports.upload', { fileName: 'x.xlsx' });
    expect(denied.ok).toBe(true);
    const mine = await upload(t, keeper, messyLedger());
    const audits = count(t, 'audit_log');
    expect(t.call(keeper, 'imports.preview', { uploadId: mine.uploadId, register: 'incoming' })).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', message: '您没有导入收文登记的权限。' },
    });
    expect(count(t, 'audit_log')).toBe(audits + 1);
    expect(auditRows(t).at(-1)).toMatchObject({ title: '拒绝：预览导入', user_name: '孙机要' });
    // Another user's upload is as good as missing.
    expect(t.call(admin, 'imports.preview', { uploadId: file.uploadId, register: 'units' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });

    const p = t.ok(clerk, 'imports.preview', { uploadId: file.uploadId, register: 'incoming' });
    const twice = { ...p.mapping, columns: p.mapping.columns.map((k) => (k === 'remarks' ? 'title' : k)) };
    expect(t.call(clerk, 'imports.run', { uploadId: file.uploadId, register: 'incoming', sheet: p.sheet, mapping: twice, mode: 'all' })).toEqual({
      ok: false,
      error: { code: 'VALIDATION', message: '「标题」对应了 E、J 列，请只选其中一列', fields: { 'mapping.columns': '「标题」对应了 E、J 列，请只选其中一列' } },
    });
    expect(t.call(clerk, 'imports.run', { uploadId: file.uploadId, register: 'incoming', sheet: p.sheet, mapping: p.mapping, mode: 'all' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: '还没有对应「主送」：请为它选择表中的列，或填写空白时使用的值。', fields: { 'mapping.defaults.addressee': expect.any(String) } },
    });
    expect(count(t, 'incoming')).toBe(0);
  });
});
