import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { callApi } from './api';

// A clerk new to the app brings in the office's Excel 收文 ledger through the 导入 screen: chooses the
// file, sees the header read through its merged title and two-row header, picks the 主送 the sheet
// lacks, checks every row (one names a unit not in the directory), imports the rows without a
// mistake, and finds them in the 收文登记簿. The office, its units and the clerk are set up
// through the API (their screens are covered by foundation.spec.ts).
test.describe.configure({ mode: 'serial' });

const OFFICE = '凤凰县人民政府办公室';
const ADMIN = { username: 'admin', displayName: '王志刚', password: 'admin-pass-2026' };
const CLERK = { username: 'zhouli', displayName: '周丽', password: 'clerk-pass-2026' };
const SCREENS = 'test-results/screens';
const FILE = '2024年收文登记簿.xlsx';

let page: Page;
let ledgerPath = '';
const pageErrors: string[] = [];

const call = (method: string, input: unknown) => callApi(page, method, input);
const status = (text: string) => page.getByRole('status').filter({ hasText: text });

/** The ledger as kept in Excel: a merged title, a two-row header (来文 over 单位 and 字号), dates typed two ways. */
async function writeLedger(): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('2024年收文');
  sheet.getRow(1).values = ['凤凰县人民政府办公室2024年收文登记簿'];
  sheet.mergeCells('A1:G1');
  sheet.getRow(2).values = ['收文号', '收文日期', '来文', null, '标题', '份数', '类别'];
  sheet.getRow(3).values = [null, null, '单位', '字号'];
  sheet.mergeCells('C2:D2');
  for (const c of 'ABEFG') sheet.mergeCells(`${c}2:${c}3`);
  const rows = [
    ['收〔2024〕1号', new Date('2024-03-05T00:00:00Z'), '县财政局', '凤财发〔2024〕3号', '关于2024年一季度预算执行情况的报告', 1, '阅知'],
    ['收〔2024〕2号', '2024.3.6', '县教育局', '凤教发〔2024〕7号', '关于申请鳌峰小学维修资金的请示', 2, '请示'],
    ['收〔2024〕3号', '2024年3月8日', '县水利局', '凤水发〔2024〕2号', '关于防汛物资储备情况的报告', 1, '阅知'],
    ['收〔2024〕4号', '2024-03-11', '财政局', '凤财函〔2024〕1号', '关于商请提供预算数据的函', 1, '批办'],
  ];
  rows.forEach((values, i) => {
    sheet.getRow(4 + i).values = values;
  });
  const dir = mkdtempSync(join(tmpdir(), 'wenmi-import-e2e-'));
  const path = join(dir, FILE);
  writeFileSync(path, Buffer.from(await workbook.xlsx.writeBuffer()));
  return path;
}

test.beforeAll(async ({ browser }) => {
  mkdirSync(SCREENS, { recursive: true });
  ledgerPath = await writeLedger();
  page = await browser.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto('/');
  await call('auth.setup', { officeName: OFFICE, ...ADMIN });
  await call('units.add', { fullName: '县财政局', shortName: '财政局', category: 'countyDept', initialsOverride: '' });
  await call('units.add', { fullName: '县教育局', shortName: '教育局', category: 'countyDept', initialsOverride: '' });
  await call('users.add', { ...CLERK, roles: ['clerk'] });
  await call('auth.logout', {});
  await call('auth.login', { username: CLERK.username, password: CLERK.password });
  await page.goto('/#/home');
  await page.reload();
});

test.afterAll(async () => {
  await page.close();
});

test('the clerk chooses the Excel ledger and sees its columns mapped and its first rows as they would be registered', async () => {
  await page.getByRole('navigation', { name: '功能' }).getByRole('link', { name: '导入' }).click();
  await expect(page.getByRole('heading', { name: '从 Excel 导入' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: '导入到' })).toHaveValue('收文登记');
  await page.getByLabel('Excel 台账文件').setInputFiles(ledgerPath);
  await expect(page.getByText(`文件：${FILE}`)).toBeVisible();

  const mapping = page.getByRole('table', { name: '列的对应' });
  await expect(mapping.getByRole('row', { name: /^C 来文单位/ })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'C 列（来文单位）导入为' })).toHaveValue('来文单位（必填）');
  await expect(page.getByRole('combobox', { name: 'D 列（来文字号）导入为' })).toHaveValue('来文字号');
  await expect(page.getByRole('combobox', { name: 'G 列（类别）导入为' })).toHaveValue('收文类别（必填）');
  await expect(page.getByLabel('表头所在行')).toHaveValue('3');
  await expect(page.getByText('表头下面有 4 行要导入')).toBeVisible();

  // The sheet has no 主送: the clerk says which for the whole batch.
  await expect(page.getByText('表中没有这一列，请选择这批主送统一使用的值')).toBeVisible();
  await page.getByRole('combobox', { name: '主送', exact: true }).click();
  await page.getByRole('option', { name: '县政府办', exact: true }).click();

  const preview = page.getByRole('table', { name: '导入预览' });
  const row = (n: number) => preview.getByRole('row', { name: new RegExp(`^${n} `) });
  await expect(row(5)).toContainText('将导入');
  await expect(row(5)).toContainText('2024-03-06 00:00');
  await expect(row(5)).toContainText('请示');
  await expect(row(6)).toContainText('有误');
  await expect(row(6)).toContainText('来文单位：“县水利局”不在单位名录中');
  // 财政局 is the short name of 县财政局.
  await expect(row(7)).toContainText('将导入');
  await expect(row(7)).toContainText('县财政局');
  await page.screenshot({ path: `${SCREENS}/import-01-preview.png`, fullPage: true });
  expect(pageErrors).toEqual([]);
});

test('checks every row, imports those without a mistake, and finds them in the 收文登记簿', async () => {
  await page.getByRole('button', { name: '检查全部 4 行' }).click();
  await expect(status('检查完毕，没有导入任何内容。共 4 行：可导入 3 条无误，已有 0 条（不会重复导入），有误 1 行。')).toBeVisible();
  const problems = page.getByRole('table', { name: '有误的行' });
  await expect(problems.getByRole('row', { name: /^6 来文单位/ })).toContainText('请先在单位名录中添加');

  await page.getByRole('button', { name: '只导入无误的行' }).click();
  await expect(status('已导入 3 条到收文登记。')).toBeVisible();
  await expect(page.getByRole('button', { name: '下载有误的行（Excel，含原因）' })).toBeVisible();
  await page.getByRole('table', { name: '有误的行' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENS}/import-02-done.png`, fullPage: true });
  // The row left out comes back as a file, with why, to be fixed in Excel and imported again.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载有误的行（Excel，含原因）' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('未导入的行-2024年收文登记簿.xlsx');
  const back = new ExcelJS.Workbook();
  await back.xlsx.readFile(await file.path());
  const rejected = back.worksheets[0];
  expect(rejected.getRow(1).getCell(1).value).toBe('原行号');
  expect(rejected.getRow(2).getCell(1).value).toBe(6);
  expect(String(rejected.getRow(2).getCell(9).value)).toContain('来文单位：“县水利局”不在单位名录中');

  // The same file again: nothing new.
  await page.getByLabel('Excel 台账文件').setInputFiles(ledgerPath);
  await page.getByRole('combobox', { name: '主送', exact: true }).click();
  await page.getByRole('option', { name: '县政府办', exact: true }).click();
  await expect(page.getByRole('table', { name: '导入预览' }).getByRole('row', { name: /^4 / })).toContainText('已有：收〔2024〕1号');
  await page.getByRole('button', { name: '只导入无误的行' }).click();
  await expect(status('没有新的记录需要导入。共 4 行：0 条无误，已有 3 条（不会重复导入），有误 1 行。')).toBeVisible();

  await page.getByRole('link', { name: '查看收文登记' }).click();
  const table = page.getByRole('table', { name: '收文登记簿' });
  for (const [no, title] of [
    ['收〔2024〕1号', '关于2024年一季度预算执行情况的报告'],
    ['收〔2024〕2号', '关于申请鳌峰小学维修资金的请示'],
    ['收〔2024〕4号', '关于商请提供预算数据的函'],
  ]) {
    await expect(table.getByRole('row', { name: new RegExp(no) })).toContainText(title);
  }
  await expect(table.getByRole('row')).toHaveCount(4);
  await page.screenshot({ path: `${SCREENS}/import-03-register.png` });
  expect(pageErrors).toEqual([]);
});
