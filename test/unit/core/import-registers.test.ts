import { describe, expect, it } from 'vitest';
import type { ImportRegister } from '../../../shared/imports/registers';
import type { SessionRef } from '../../../electron/core';
import { signIn, type TestCore } from '../../helpers/core';
import { upload, workbookOf, type Row } from './import-support';
import { outgoingOffice } from './outgoing-support';
import { addUser, auditRows, count, PASSWORD, useCores } from './support';

/** Uploads rows as a sheet, takes the suggested mapping (plus defaults), and imports them. */
async function importRows(t: TestCore, s: SessionRef, register: ImportRegister, rows: Row[], mode: 'all' | 'validOnly' = 'validOnly', defaults: Record<string, string> = {}) {
  const file = await upload(t, s, workbookOf('Sheet1', rows), `${register}.xlsx`);
  const p = t.ok(s, 'imports.preview', { uploadId: file.uploadId, register });
  const mapping = { ...p.mapping, defaults: { ...p.mapping.defaults, ...defaults } };
  return t.ok(s, 'imports.run', { uploadId: file.uploadId, register, sheet: p.sheet, mapping, mode });
}

describe('import of the other registers', () => {
  const open = useCores();

  it('发文: each row goes through 补录历史文号 — format, 代字, year, a number never given twice — and a second import adds nothing', async () => {
    const t = open();
    const o = outgoingOffice(t);
    const header = ['发文字号', '成文日期', '标题', '拟稿单位', '拟稿人', '密级', '公开属性'];
    const rows: Row[] = [
      header,
      ['凤政办发〔2023〕1号', '2023-01-05', '关于做好2023年春节期间安全生产工作的通知', '凤凰县财政局', '吴静', '非密', '主动公开'],
      ['凤政发〔2023〕2号', '2023.2.10', '关于印发《凤凰县2023年政府工作要点》的通知', '凤凰县财政局', '吴静', null, null],
      ['凤政办发[2023]3号', '2023-02-12', '关于开展春季爱国卫生运动的通知', '凤凰县财政局', '吴静', '非密', '主动公开'],
      ['凤政办发〔2023〕1号', '2023-03-01', '关于另一件事的通知', '凤凰县财政局', '吴静', '非密', '主动公开'],
      ['凤政办发〔2024〕5号', '2023-12-30', '关于做好元旦期间值班工作的通知', '凤凰县财政局', '吴静', '非密', '主动公开'],
      ['凤政办函〔2023〕4号', '2023-03-01', '关于商请协助核查有关情况的函', '凤凰县财政局', '吴静', '机密', null],
      ['凤政纪〔2023〕1号', '2023-03-02', '县政府常务会议纪要', '凤凰县财政局', '吴静', '非密', '主动公开'],
    ];
    const all = await importRows(t, o.clerk, 'outgoing', rows, 'all');
    expect(all).toMatchObject({ records: 7, valid: 2, rejected: 5, imported: 0 });
    expect(count(t, 'outgoing')).toBe(0);

    const run = await importRows(t, o.clerk, 'outgoing', rows);
    expect(run).toMatchObject({ valid: 2, rejected: 5, imported: 2 });
    expect(run.problems).toEqual([
      { row: 4, field: '发文字号', message: '发文字号格式不对：括号应为六角括号〔〕，应为“凤政办发〔2023〕3号”' },
      { row: 5, field: '发文字号', message: '与第 2 行相同，不能重复' },
      { row: 6, field: '成文日期', message: '成文日期应在2024年内，与文号的年份一致' },
      { row: 7, field: '公开属性', message: '机密文件的公开属性只能是“不予公开”' },
      { row: 8, field: '会议类型', message: '文种为纪要的，须填写会议类型' },
    ]);
    const list = t.ok(o.clerk, 'outgoing.list', { sort: 'number' }).rows;
    expect(list.map((r) => [r.docNumber, r.state, r.writtenDate, r.draftDate, r.drafter, r.docType]).sort()).toEqual([
      ['凤政办发〔2023〕1号', 'archived', '2023-01-05', '2023-01-05', '吴静', 'notice'],
      ['凤政发〔2023〕2号', 'archived', '2023-02-10', '2023-02-10', '吴静', 'notice'],
    ]);
    const gaps = t.ok(o.clerk, 'outgoing.gapReport', { counterId: o.code('凤政办发').counter.id, year: 2023 });
    expect(gaps.entries.map((e) => [e.docNumber, e.kind])).toContainEqual(['凤政办发〔2023〕1号', 'historical']);

    const again = await importRows(t, o.clerk, 'outgoing', rows);
    expect(again).toMatchObject({ valid: 0, present: 2, rejected: 5, imported: 0 });
    expect(count(t, 'outgoing')).toBe(2);
  });

  it('用印: lines keep their 序号, meet the rules of 登记用印 (approver of art. 21, a seal out blocks every use), come back from 外带, and the chain still verifies', async () => {
    const t = open();
    const o = outgoingOffice(t);
    addUser(t, o.admin, 'keeper', ['sealKeeper'], '孙机要');
    const keeper = signIn(t, 'keeper', PASSWORD);
    const rows: Row[] = [
      ['序号', '用印时间', '印章', '事由', '文件名称', '份数', '申请单位', '经办人', '批准人', '方式', '归还时间'],
      ['2024-1', '2024-03-05 09:30', '县政府办印章', '出具工作证明', '关于某项目资金的证明', 2, '凤凰县财政局', '刘经办', '赵主任', '盖章', null],
      ['2024-2', '2024-03-06 10:00', '县长专用章', '签署协议', '合作协议', 1, '凤凰县财政局', '刘经办', '王副县', '盖章', null],
      ['3', '2024-03-07 14:00', '县人民政府印章', '外出签约', null, 1, '凤凰县财政局', '刘经办', '张建国', '外带', '2024-03-08 17:00'],
      [null, '2024-03-08 09:00', '县人民政府印章', '出具介绍信', null, 1, '凤凰县财政局', '刘经办', '张建国', '盖章', null],
      [null, '2024-03-09 09:00', '县政府办印章', '出具介绍信', null, 1, '凤凰县财政局', '刘经办', '赵主任', null, null],
      ['2024-1', '2024-03-10 09:00', '县政府办印章', '出具证明', null, 1, '凤凰县财政局', '刘经办', '赵主任', '盖章', null],
      [null, '2024-03-10 10:00', '县政府办合同章', '出具证明', null, 1, '凤凰县财政局', '刘经办', '赵主任', '盖章', null],
      [null, '2024-03-11 09:00', '县政府办印章', null, null, 1, '凤凰县财政局', '刘经办', '赵主任', '盖章', null],
    ];
    const run = await importRows(t, keeper, 'seals', rows);
    expect(run).toMatchObject({ records: 8, valid: 3, rejected: 5, imported: 3 });
    expect(run.problems).toEqual([
      { row: 3, field: '批准人', message: expect.stringContaining('使用县长专用章须请示县长本人同意') },
      { row: 5, field: '', message: expect.stringMatching(/^县人民政府印章已外带（序号 2024-3，2024-03-07 14:00 由凤凰县财政局刘经办外带，2024-03-08 17:00 才归还）/) },
      { row: 7, field: '序号', message: '与第 2 行相同，不能重复' },
      { row: 8, field: '印章', message: '印章目录中没有“县政府办合同章”，名称须与印章目录一致' },
      { row: 9, field: '事由', message: '请填写事由' },
    ]);
    const ledger = t.ok(keeper, 'seals.ledger', {}).rows;
    expect(ledger.map((e) => [e.serialText, e.sealName, e.useKind, e.approverName, e.approvedAt, e.method, e.returnedAt, e.supervisor]).reverse()).toEqual([
      ['2024-1', '县政府办印章', 'other', '赵主任', '2024-03-05T09:30', 'stamp', null, '孙机要'],
      ['2024-3', '县人民政府印章', 'other', '张建国', '2024-03-07T14:00', 'takeOut', '2024-03-08T17:00', '孙机要'],
      ['2024-4', '县政府办印章', 'other', '赵主任', '2024-03-09T09:00', 'stamp', null, '孙机要'],
    ]);
    expect(t.ok(keeper, 'seals.verify')).toMatchObject({ ok: true, problem: null });

    const again = await importRows(t, keeper, 'seals', rows);
    expect(again).toMatchObject({ valid: 0, present: 3, imported: 0 });
    expect(t.ok(keeper, 'seals.ledger', {}).rows).toHaveLength(3);
    expect(t.ok(keeper, 'seals.verify').ok).toBe(true);
  });

  it('单位名录: full name is the key; the category by its label or a common word; only the administrator imports it', async () => {
    const t = open();
    const o = outgoingOffice(t);
    const rows: Row[] = [
      ['单位名称', '简称', '类别', '拼音首字母'],
      ['凤凰县财政局', '财政局', '县直部门', null],
      ['沱江镇人民政府', '沱江镇', '乡镇', null],
      ['湘西州民政局', null, '上级', 'xxzmzj'],
      ['沱江镇人民政府', null, '乡镇', null],
      [null, '无名', '乡镇', null],
      ['县水利局', '水利局', '不知道', null],
    ];
    expect(t.call(o.clerk, 'imports.preview', { uploadId: (await upload(t, o.clerk, workbookOf('Sheet1', rows))).uploadId, register: 'units' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: '您没有导入单位名录的权限。' },
    });
    const audits = count(t, 'audit_log');
    const run = await importRows(t, o.admin, 'units', rows);
    expect(run).toMatchObject({ records: 6, valid: 2, present: 1, rejected: 3, imported: 2 });
    expect(run.problems).toEqual([
      { row: 5, field: '单位全称', message: '与第 3 行相同，不能重复' },
      { row: 6, field: '单位全称', message: '请填写单位全称' },
      { row: 7, field: '单位类别', message: '“不知道”不是单位类别的选项（可选：乡镇、县直部门、州省单位、其他）' },
    ]);
    const units = t.ok(o.admin, 'units.list');
    expect(units.map((u) => [u.fullName, u.category, u.initials]).sort()).toEqual([
      ['凤凰县财政局', 'countyDept', expect.any(String)],
      ['沱江镇人民政府', 'township', 'tjzrmzf'],
      ['湘西州民政局', 'higherLevel', 'xxzmzj'],
    ]);
    // Each unit through units.add (its own entry), and one entry for the import.
    expect(count(t, 'audit_log')).toBe(audits + 3);
    expect(auditRows(t).at(-1)!.detail).toContain('单位名录：文件「units.xlsx」工作表「Sheet1」，只导入无误的行；共 6 行，新增 2 条，已有跳过 1 条，有误 3 行');
  });
});
