import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../shared/imports/cells';
import { columnLetter, findHeaderRow, headerCandidates, normalizeHeader, suggestColumns, type SheetRow } from '../../../shared/imports/headers';
import { missingFields, mappingProblems } from '../../../shared/imports/mapping';
import { downFiller, headerArea, headerWords, recordTest, type Merge } from '../../../shared/imports/sheet';

const rows = (...list: [number, Cell[]][]): SheetRow[] => list.map(([row, cells]) => ({ row, cells }));

describe('the header of a ledger sheet', () => {
  it('strips notes, marks and line breaks from a header', () => {
    expect(normalizeHeader('收文日期（年月日）*')).toBe('收文日期');
    expect(normalizeHeader('来文\n单位')).toBe('来文单位');
    expect(normalizeHeader(' 标 题： ')).toBe('标题');
  });

  it('finds a two-row header under a merged title, joining a merged upper cell with the names below it', () => {
    const sheet = rows(
      [1, ['2024年收文登记簿']],
      [3, ['收文号', '收文日期', '来文', null, '标题', '备注']],
      [4, [null, null, '单位', '字号']],
      [5, [1, 45356, '县财政局', '凤财发〔2024〕1号', '关于甲的报告']],
    );
    const merges: Merge[] = [
      { top: 1, left: 0, bottom: 1, right: 5 },
      { top: 3, left: 2, bottom: 3, right: 3 },
      ...[0, 1, 4, 5].map((c) => ({ top: 3, left: c, bottom: 4, right: c })),
    ];
    const area = headerArea(sheet, merges);
    expect(area[0].cells).toEqual(Array(6).fill('2024年收文登记簿'));
    expect(sheet[0].cells).toEqual(['2024年收文登记簿']);
    expect(findHeaderRow(area, 'incoming')).toBe(4);
    const names = headerCandidates(area, 4);
    expect(names.map((n) => n[0])).toEqual(['收文号', '收文日期', '来文单位', '来文字号', '标题', '备注']);
    expect(suggestColumns(names, 'incoming')).toEqual(['receiptNo', 'receivedAt', 'fromUnitId', 'docNumber', 'title', 'remarks']);
  });

  it('matches a header containing a field’s word, each field once (an exact name first), and leaves unknown columns out', () => {
    const names = [['来文单位名称'], ['经手'], ['标题（全称）'], ['文件标题'], ['收文日期']];
    expect(suggestColumns(names, 'incoming')).toEqual(['fromUnitId', null, 'title', null, 'receivedAt']);
    expect(suggestColumns([['标题内容'], ['标题']], 'incoming')).toEqual([null, 'title']);
    expect(suggestColumns([['序号'], ['时间'], ['印章名称'], ['用途'], ['申请单位'], ['经办人'], ['审批人']], 'seals')).toEqual([
      'serial',
      'usedAt',
      'sealId',
      'reason',
      'unitId',
      'handler',
      'approverId',
    ]);
  });

  it('finds no header in a sheet of data alone', () => {
    expect(findHeaderRow(rows([1, ['关于甲的报告', '县财政局']], [2, ['关于乙的报告', '县教育局']]), 'incoming')).toBeNull();
  });

  it('names columns as Excel does', () => {
    expect([0, 25, 26, 51, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'ZZ', 'AAA']);
  });
});

describe('the rows below the header', () => {
  it('repeats a cell merged down in its own column, skips blank rows and the header repeated on a new page', () => {
    const sheet = rows(
      [1, ['收文日期', '来文单位', '标题', '备注']],
      [2, [45356, '县财政局', '关于甲的报告']],
      [3, [null, '县教育局', '关于乙的报告']],
      [4, [null, null, null, '（本页完）']],
      [5, ['收文日期', '来文单位', '标题', '备注']],
      [6, ['2024-03-07', '县财政局', '关于丙的报告', '合并说明']],
      [7, [null, null, null, '合并说明']],
    );
    const merges: Merge[] = [
      { top: 2, left: 0, bottom: 3, right: 0 },
      { top: 6, left: 2, bottom: 7, right: 3 },
    ];
    const fill = downFiller(merges, 1);
    for (const r of sheet.slice(1)) fill(r);
    expect(sheet[2].cells[0]).toBe(45356);
    // A range over two columns belongs to its first column only.
    expect(sheet[6].cells).toEqual([null, null, '关于丙的报告', '合并说明']);
    const columns = ['receivedAt', 'fromUnitId', 'title', null];
    const isRecord = recordTest(1, columns, headerWords(headerArea(sheet, []), 1));
    expect(sheet.filter(isRecord).map((r) => r.row)).toEqual([2, 3, 6, 7]);
  });
});

describe('a mapping', () => {
  it('refuses a field given two columns, or a field the register does not have', () => {
    expect(mappingProblems('incoming', { headerRow: 1, columns: ['title', null, 'title'], defaults: {} })).toEqual({
      'mapping.columns': '「标题」对应了 A、C 列，请只选其中一列',
    });
    expect(mappingProblems('units', { headerRow: 1, columns: ['title'], defaults: { nope: 'x' } })).toEqual({
      'mapping.columns': '没有“title”这一项，请重新选择列的对应',
      'mapping.defaults': '没有“nope”这一项，请重新填写默认值',
    });
  });

  it('lists the required fields with no column, no default and nothing to take them from', () => {
    expect(missingFields('incoming', { headerRow: 1, columns: ['title', 'receivedAt', 'fromUnitId'], defaults: { signedBy: '周丽', secrecyLevel: '非密', urgency: '平件', copies: '1' } })).toEqual([
      'incomingClass',
      'addressee',
    ]);
    // Without a title, nothing says the 文种 either.
    expect(missingFields('incoming', { headerRow: 1, columns: [], defaults: {} })).toContain('docType');
    expect(missingFields('seals', { headerRow: 1, columns: [], defaults: {} })).not.toContain('useKind');
    expect(missingFields('outgoing', { headerRow: 1, columns: ['writtenDate'], defaults: {} })).not.toContain('draftDate');
  });
});
