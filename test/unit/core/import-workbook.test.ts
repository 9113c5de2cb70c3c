import { rmSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Cell } from '../../../shared/imports/cells';
import { readWorkbook } from '../../../electron/core/imports/workbook';
import { tempDir } from '../../helpers/core';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const fileIn = (name: string) => {
  dirs.push(tempDir());
  return join(dirs.at(-1)!, name);
};

/** Reads a workbook the way an upload does, keeping every row in memory for the test. */
async function read(path: string) {
  const rows: [number, number, Cell[]][] = [];
  const sheets = await readWorkbook(path, (sheet, row, cells) => {
    rows.push([sheet, row, cells]);
  });
  return { sheets, rows };
}

const title = (i: number) => `关于做好第${i}批凤凰县应急管理局防汛抗旱物资储备工作的通知`;

describe('reading an .xlsx for an import', () => {
  // exceljs decodes each chunk of a sheet on its own: a character split across two chunks came
  // out as U+FFFD a few times in every 10,000 rows, with and without shared strings.
  it.each([false, true])('reads every Chinese character of a large sheet intact (shared strings: %s)', async (sharedStrings) => {
    const path = fileIn('big.xlsx');
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: false, useSharedStrings: sharedStrings });
    const sheet = writer.addWorksheet('收文');
    for (let i = 0; i < 20_000; i += 1) sheet.addRow([title(i), '阅知类', `县财政局${i}`]).commit();
    sheet.commit();
    await writer.commit();
    const { sheets, rows } = await read(path);
    expect(sheets).toEqual([{ name: '收文', rows: 20_000, merges: [] }]);
    const wrong = rows.filter(([, row, cells]) => cells[0] !== title(row - 1) || cells[2] !== `县财政局${row - 1}`);
    expect(wrong).toEqual([]);
  });

  it('reads merged ranges, which the streaming reader itself skips, and cells as the import takes them', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('台账');
    sheet.getRow(1).values = ['2024年收文登记簿'];
    sheet.mergeCells('A1:E1');
    sheet.getRow(2).values = [
      '收文日期',
      { richText: [{ text: '来文' }, { text: '单位', font: { bold: true } }] },
      { formula: '"标"&"题"', result: '标题' },
      { text: '备注', hyperlink: 'http://example.invalid/' },
      true,
    ];
    sheet.getRow(3).values = [new Date('2024-03-05T00:00:00Z'), '  县财政局  ', null, 3.5];
    sheet.mergeCells('A3:A4');
    const path = fileIn('merged.xlsx');
    await workbook.xlsx.writeFile(path);
    const { sheets, rows } = await read(path);
    expect(sheets[0].merges).toEqual([
      { top: 1, left: 0, bottom: 1, right: 4 },
      { top: 3, left: 0, bottom: 4, right: 0 },
    ]);
    expect(rows).toEqual([
      [0, 1, ['2024年收文登记簿']],
      [0, 2, ['收文日期', '来文单位', '标题', '备注', '是']],
      // A date cell is Excel's serial number: the field it goes to reads it as a date.
      [0, 3, [45356, '县财政局', null, 3.5]],
    ]);
  });
});
