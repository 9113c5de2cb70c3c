import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
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

/** A zip as spreadsheet programs write one: each part deflated (or stored), then the central directory. */
function zipOf(parts: Record<string, string>, options: { stored?: string[]; encrypted?: string[] } = {}): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(parts)) {
    const raw = Buffer.from(text, 'utf8');
    const stored = options.stored?.includes(name) ?? false;
    const data = stored ? raw : deflateRawSync(raw);
    const nameBytes = Buffer.from(name, 'utf8');
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE((options.encrypted?.includes(name) ? 1 : 0) | 0x800, 6);
    header.writeUInt16LE(stored ? 0 : 8, 8);
    header.writeUInt32LE(crc32(raw), 14);
    header.writeUInt32LE(data.length, 18);
    header.writeUInt32LE(raw.length, 22);
    header.writeUInt16LE(nameBytes.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    header.copy(entry, 8, 6, 30);
    entry.writeUInt32LE(offset, 42);
    locals.push(header, nameBytes, data);
    central.push(entry, nameBytes);
    offset += header.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(parts).length, 8);
  end.writeUInt16LE(Object.keys(parts).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A workbook written by hand, with what other programs (WPS, older Excel, generators) put in theirs. */
function handWrittenWorkbook(): Record<string, string> {
  return {
    '[Content_Types].xml': '<?xml version="1.0"?><Types/>',
    '_rels/.rels': `<Relationships><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml':
      `<workbook xmlns:r="${REL}"><sheets>` +
      '<sheet name="收文&amp;登记" sheetId="2" r:id="rId2"/><sheet name="图表" sheetId="3" r:id="rId3"/><sheet name="说明" sheetId="1" r:id="rId1" state="hidden"/>' +
      '</sheets></workbook>',
    'xl/_rels/workbook.xml.rels':
      '<Relationships>' +
      `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/%E8%AF%B4%E6%98%8E%20sheet1.xml"/>` +
      `<Relationship Id="rId2" Type="${REL}/worksheet" Target="/xl/worksheets/sheet2.xml"/>` +
      `<Relationship Id="rId3" Type="${REL}/chartsheet" Target="chartsheets/sheet1.xml"/>` +
      `<Relationship Id="rId4" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` +
      '</Relationships>',
    'xl/sharedStrings.xml':
      '<sst count="5" uniqueCount="5">' +
      '<si><t>标题</t></si>' +
      '<si><r><t>来文</t></r><r><rPr><b/></rPr><t xml:space="preserve">单位 </t></r><rPh sb="0" eb="2"><t>ライブン</t></rPh></si>' +
      '<si><t>A&amp;B &lt;县&gt; &#x6587;&#20214;</t></si>' +
      '<si><t>第一行_x000D__x000A_第二行</t></si>' +
      '<si/>' +
      '</sst>',
    // A generator's sheet: every element with a prefix, rows and cells without their r attribute.
    'xl/worksheets/sheet2.xml':
      '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>' +
      '<x:row><x:c t="s"><x:v>0</x:v></x:c><x:c t="s"><x:v>1</x:v></x:c><x:c t="s"><x:v>2</x:v></x:c></x:row>' +
      '<x:row><x:c t="s"><x:v>3</x:v></x:c><x:c t="s"><x:v>4</x:v></x:c><x:c><x:v>45356.5</x:v></x:c></x:row>' +
      '</x:sheetData><x:mergeCells count="1"><x:mergeCell ref="A1:B1"/></x:mergeCells></x:worksheet>',
    'xl/worksheets/说明 sheet1.xml':
      '<worksheet><dimension ref="A1:E9"/><sheetData>' +
      '<row r="2" spans="1:5"><c r="A2" t="b"><v>1</v></c><c r="B2" t="b"><v>0</v></c><c r="C2" t="e"><v>#N/A</v></c>' +
      '<c r="D2" t="str"><f>"县"&amp;"府"</f><v>县府</v></c><c r="E2" t="d"><v>2024-03-05T12:00:00</v></c></row>' +
      '<row r="3"/>' +
      '<row r="4"><c r="A4" s="1"/><c r="B4" t="inlineStr"><is><t>   </t></is></c></row>' +
      '<row r="5"><c r="C5" t="inlineStr"><is><r><t>关于</t></r><r><t>防汛</t></r></is></c><c r="CV5"><v>7</v></c><c r="CW5"><v>8</v></c></row>' +
      '<row r="6"><c r="A6"><v>-0.5</v></c><c r="B6"><v>1E3</v></c><c r="C6"><v></v></c></row>' +
      '</sheetData><mergeCells count="2"><mergeCell ref="A2:A3"/><mergeCell ref="B5:C6"/></mergeCells></worksheet>',
  };
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

  it('reads a workbook as other programs write it: tab order, prefixed elements, rich and phonetic text, entities, every cell type, merges', async () => {
    const path = fileIn('hand.xlsx');
    writeFileSync(path, zipOf(handWrittenWorkbook(), { stored: ['xl/worksheets/说明 sheet1.xml'] }));
    const { sheets, rows } = await read(path);
    // The workbook's tab order (the chart sheet is no worksheet), not the order of the parts in the file;
    // a part named in Chinese, its target percent-encoded.
    expect(sheets).toEqual([
      { name: '收文&登记', rows: 2, merges: [{ top: 1, left: 0, bottom: 1, right: 1 }] },
      {
        name: '说明',
        rows: 3,
        merges: [
          { top: 2, left: 0, bottom: 3, right: 0 },
          { top: 5, left: 1, bottom: 6, right: 2 },
        ],
      },
    ]);
    expect(rows).toEqual([
      [0, 1, ['标题', '来文单位', 'A&B <县> 文件']],
      [0, 2, ['第一行\r\n第二行', null, 45356.5]],
      // TRUE/FALSE as 是/否, an error as empty, a formula's result, an ISO date cell as its serial number.
      [1, 2, ['是', '否', null, '县府', 45356.5]],
      // Column CV is the 100th, the last an import maps; CW is left out.
      [1, 5, [null, null, '关于防汛', ...Array.from({ length: 96 }, () => null), 7]],
      [1, 6, [-0.5, 1000]],
    ]);
  });

  it('refuses what is not a readable workbook: a cut-off file, an encrypted part, no workbook part', async () => {
    const whole = zipOf(handWrittenWorkbook());
    const cases: [string, Buffer][] = [
      ['cut.xlsx', whole.subarray(0, whole.length - 200)],
      ['encrypted.xlsx', zipOf(handWrittenWorkbook(), { encrypted: ['xl/workbook.xml'] })],
      ['no-book.xlsx', zipOf({ '_rels/.rels': '<Relationships/>', 'xl/styles.xml': '<styleSheet/>' })],
    ];
    for (const [name, bytes] of cases) {
      const path = fileIn(name);
      writeFileSync(path, bytes);
      await expect(read(path), name).rejects.toThrow();
    }
  });
});
