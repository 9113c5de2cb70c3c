import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { todayInShanghai } from '../../shared/dates';
import { callApi } from './api';

// Moving in and staying safe, as a new office meets it (issue 8): the clerk imports the office's small
// Excel ledger through 导入 and finds its documents; the administrator chooses the backup folder,
// 立即备份, 全库导出; the clerk registers one more document; 恢复 brings the 收文 register back to what it
// was at the backup. A backup damaged on the disk is refused with the core's sentence, and an encrypted
// one needs its passphrase. The office and the clerk are set up through the API; later single
// documents are registered through the API too (incoming.spec.ts covers that form). The clerk works
// in a browser of her own.
test.describe.configure({ mode: 'serial' });

const OFFICE = '凤凰县人民政府办公室';
const ADMIN = { username: 'admin', displayName: '王志刚', password: 'admin-pass-2026' };
const CLERK = { username: 'zhouli', displayName: '周丽', password: 'clerk-pass-2026' };
const PASSPHRASE = 'fenghuang-backup-2026';
const AT_BACKUP = ['关于2026年度财政预算执行情况的报告', '关于拨付春耕生产补助资金的函', '关于开展安全生产大检查的通知'];
const AFTER_BACKUP = '关于追加防汛物资采购经费的请示';
const AFTER_ENCRYPTED = '关于调整城区公交线路的函';
const DAMAGED = '备份文件已损坏（与备份时的校验值不符），不能恢复';
const SCREENS = 'test-results/screens';
const FOLDER = mkdtempSync(join(tmpdir(), 'wenmi-backup-folder-'));
const today = todayInShanghai(new Date());

let admin: Page;
let clerk: Page;
let unitId = '';
const pageErrors: string[] = [];

const status = (page: Page, name: string) => page.getByRole('status', { name });
const settingsForm = () => admin.getByRole('form', { name: '备份设置' });
const backupRows = () => admin.getByRole('table', { name: '备份文件' }).locator('tbody tr');
const restoreDialog = () => admin.getByRole('dialog', { name: '恢复备份' });

async function register(title: string, n: number) {
  await callApi(clerk, 'incoming.register', {
    receivedAt: `${today}T09:30:00+08:00`,
    signedBy: CLERK.displayName,
    fromUnitId: unitId,
    docNumber: `凤财函〔2026〕${n}号`,
    title,
    docType: 'letter',
    secrecyLevel: 'none',
    urgency: 'normal',
    copies: 1,
    incomingClass: 'readOnly',
    addressee: 'office',
    remarks: '',
  });
}

/** The clerk's 收文登记簿 shows exactly these titles (newest first, as the register lists them). */
async function clerkSees(titles: string[]) {
  await clerk.goto('/#/incoming');
  await clerk.reload();
  const rows = clerk.getByRole('table', { name: '收文登记簿' }).locator('tbody tr[data-index]');
  await expect(rows).toHaveCount(titles.length);
  for (const [i, title] of [...titles].reverse().entries()) await expect(rows.nth(i)).toContainText(title);
}

/** 立即备份, waiting for the new backup's verdict (not the last one's, still on screen); returns the file's name. */
async function backUpNow(): Promise<string> {
  const verdict = status(admin, '上次备份').getByText(/^已备份并校验：/);
  const before = (await verdict.count()) > 0 ? await verdict.textContent() : null;
  await admin.getByRole('button', { name: '立即备份' }).click();
  await expect(verdict).toHaveText(/^已备份并校验：wenmi-backup-\d{8}-\d{6}-[0-9a-f]{8}\.db(\.enc)?$/);
  if (before) await expect(verdict).not.toHaveText(before);
  return (await verdict.textContent())!.replace('已备份并校验：', '');
}

test.beforeAll(async ({ browser }) => {
  mkdirSync(SCREENS, { recursive: true });
  admin = await browser.newPage();
  clerk = await browser.newPage();
  for (const page of [admin, clerk]) page.on('pageerror', (error) => pageErrors.push(error.message));
  await admin.goto('/');
  await callApi(admin, 'auth.setup', { officeName: OFFICE, ...ADMIN });
  unitId = (await callApi(admin, 'units.add', { fullName: '县财政局', shortName: '财政局', category: 'countyDept', initialsOverride: '' })).id;
  await callApi(admin, 'users.add', { ...CLERK, roles: ['clerk'] });
  await admin.reload();

  await clerk.goto('/');
  await callApi(clerk, 'auth.login', { username: CLERK.username, password: CLERK.password });
});

/** The office's Excel ledger: a header row and the three documents it kept on paper. */
async function writeLedger(): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('收文');
  sheet.getRow(1).values = ['收文日期', '来文单位', '来文字号', '标题', '份数', '类别'];
  AT_BACKUP.forEach((title, i) => {
    sheet.getRow(2 + i).values = [today, '县财政局', `凤财函〔2026〕${i + 1}号`, title, 1, '阅知'];
  });
  const path = join(mkdtempSync(join(tmpdir(), 'wenmi-ledger-')), '收文登记簿.xlsx');
  writeFileSync(path, Buffer.from(await workbook.xlsx.writeBuffer()));
  return path;
}

test.afterAll(async () => {
  await admin.close();
  await clerk.close();
  rmSync(FOLDER, { recursive: true, force: true });
});

test('the clerk imports the Excel ledger and finds its three documents in the 收文 register', async () => {
  await clerk.goto('/#/import');
  await clerk.reload();
  await clerk.getByLabel('Excel 台账文件').setInputFiles(await writeLedger());
  await expect(clerk.getByText('表头下面有 3 行要导入')).toBeVisible();
  // The sheet has no 主送: one value for the batch.
  await clerk.getByRole('combobox', { name: '主送', exact: true }).click();
  await clerk.getByRole('option', { name: '县政府办', exact: true }).click();
  await clerk.getByRole('button', { name: '全部导入' }).click();
  await expect(clerk.getByRole('status').filter({ hasText: '已导入 3 条到收文登记。' })).toBeVisible();
  await clerkSees(AT_BACKUP);
});

test('the administrator chooses the backup folder, backs up and exports everything', async () => {
  await admin.getByRole('navigation', { name: '功能' }).getByRole('link', { name: '备份', exact: true }).click();
  await expect(admin.getByText('还没有选择备份文件夹。请在“备份设置”中填写并保存。')).toBeVisible();
  await expect(status(admin, '上次备份')).toHaveText('还没有备份过。');

  // Without a folder the core refuses, saying where to choose one.
  await admin.getByRole('button', { name: '立即备份' }).click();
  await expect(admin.getByRole('alert').filter({ hasText: '请先在“设置 — 备份”中选择备份文件夹' })).toBeVisible();

  const missing = join(FOLDER, '移动硬盘');
  await settingsForm().getByLabel('备份文件夹').fill(missing);
  await settingsForm().getByRole('button', { name: '保存' }).click();
  await expect(settingsForm().getByText(`备份文件夹 ${missing} 不存在或无法写入（U盘或移动硬盘未插入？）`)).toBeVisible();

  await settingsForm().getByLabel('备份文件夹').fill(FOLDER);
  await settingsForm().getByLabel('保留份数').fill('5');
  await expect(settingsForm().getByLabel('每日自动备份')).toBeChecked();
  await expect(settingsForm().getByLabel('不加密')).toBeChecked();
  await admin.keyboard.press('Control+S');
  await expect(admin.getByRole('status').filter({ hasText: '备份设置已保存' })).toBeVisible();
  await expect(admin.getByText('备份文件夹中没有找到备份。', { exact: false })).toBeVisible();

  expect(await backUpNow()).toMatch(/\.db$/);
  await expect(status(admin, '上次备份')).toContainText('内容：收文 3，');
  await expect(backupRows()).toHaveCount(1);
  await expect(backupRows().first()).toContainText('不加密');
  await expect(backupRows().first()).toContainText('收文 3，发文 0');
  await expect(backupRows().first()).toContainText('可以恢复');
  await expect(backupRows().first()).toContainText('（本机）');

  await admin.getByRole('button', { name: '全库导出' }).click();
  await expect(status(admin, '全库导出结果')).toContainText(`（CSV 文件和说明文件 manifest.json）到 ${join(FOLDER, 'wenmi-export-')}`);
  const exported = readdirSync(FOLDER).find((f) => f.startsWith('wenmi-export-'))!;
  const manifest = JSON.parse(readFileSync(join(FOLDER, exported, 'manifest.json'), 'utf8'));
  expect(JSON.stringify(manifest)).toContain('incoming');
  await admin.screenshot({ path: `${SCREENS}/backup-01-page.png` });
});

test('a document registered after the backup shows in the register', async () => {
  await register(AFTER_BACKUP, 4);
  await clerkSees([...AT_BACKUP, AFTER_BACKUP]);
});

test('the administrator restores the backup and the register is as it was at the backup', async () => {
  await backupRows().first().getByRole('button', { name: '恢复' }).click();
  const dialog = restoreDialog();
  await expect(dialog.getByRole('table', { name: '备份信息' })).toContainText(OFFICE);
  await expect(dialog.getByRole('table', { name: '备份信息' })).toContainText('（本机）');
  await expect(dialog.getByRole('table', { name: '备份内容' }).getByRole('row', { name: '收文 3' })).toBeVisible();
  await expect(dialog).toContainText('当前数据将被取代');
  await expect(dialog).toContainText('现在的数据库会先完整地另存在数据文件夹中，不会删除。');
  await expect(dialog.getByLabel('备份密码')).toHaveCount(0);
  await admin.screenshot({ path: `${SCREENS}/backup-02-restore.png` });

  await dialog.getByRole('button', { name: '确认恢复' }).click();
  await expect(status(admin, '恢复进度')).toContainText(/已恢复 wenmi-backup-.*；恢复前的数据保存在 .*before-restore-/);
  await expect(dialog).toContainText('即将重新载入');
  // The app reloads by itself and tells what was restored.
  await expect(restoreDialog()).toHaveCount(0, { timeout: 10_000 });
  await expect(status(admin, '上次恢复')).toContainText('已恢复 wenmi-backup-');

  await clerkSees(AT_BACKUP);
  await admin.getByRole('navigation', { name: '功能' }).getByRole('link', { name: '收文登记' }).click();
  await expect(admin.getByRole('table', { name: '收文登记簿' }).locator('tbody tr[data-index]')).toHaveCount(3);
  await expect(admin.getByRole('table', { name: '收文登记簿' })).not.toContainText(AFTER_BACKUP);
});

test('a backup damaged on the disk is refused and the data stays as it is', async () => {
  await admin.getByRole('navigation', { name: '功能' }).getByRole('link', { name: '备份', exact: true }).click();
  const file = join(FOLDER, await backUpNow());
  expect(file).toMatch(/\.db$/);
  await expect(backupRows()).toHaveCount(2);

  const bytes = readFileSync(file);
  for (let i = 0; i < 16; i++) bytes[Math.floor(bytes.length / 2) + i] ^= 0xff;
  writeFileSync(file, bytes);

  await backupRows().first().getByRole('button', { name: '恢复' }).click();
  await restoreDialog().getByRole('button', { name: '确认恢复' }).click();
  await expect(restoreDialog().getByRole('alert', { name: '恢复进度' })).toContainText(DAMAGED);
  await restoreDialog().getByRole('button', { name: '取消' }).click();
  await expect(restoreDialog()).toHaveCount(0);
  await clerkSees(AT_BACKUP);
});

test('an encrypted backup is restored only with its passphrase', async () => {
  await settingsForm().getByLabel('加密，设置备份密码').check();
  await settingsForm().getByLabel('备份密码', { exact: true }).fill(PASSPHRASE);
  await settingsForm().getByLabel('再次输入备份密码').fill(`${PASSPHRASE}x`);
  await settingsForm().getByRole('button', { name: '保存' }).click();
  await expect(settingsForm().getByText('两次输入的备份密码不一致')).toBeVisible();
  await settingsForm().getByLabel('再次输入备份密码').fill(PASSPHRASE);
  await settingsForm().getByRole('button', { name: '保存' }).click();
  await expect(admin.getByRole('status').filter({ hasText: '备份设置已保存' })).toBeVisible();
  await expect(settingsForm().getByLabel('加密，沿用现在的备份密码')).toBeChecked();

  const file = join(FOLDER, await backUpNow());
  expect(file).toMatch(/\.db\.enc$/);
  await expect(backupRows().first()).toContainText('加密');
  expect(readFileSync(file).includes(Buffer.from('SQLite format 3'))).toBe(false);

  await register(AFTER_ENCRYPTED, 5);
  await clerkSees([...AT_BACKUP, AFTER_ENCRYPTED]);

  await backupRows().first().getByRole('button', { name: '恢复' }).click();
  const dialog = restoreDialog();
  await expect(dialog.getByRole('table', { name: '备份信息' })).toContainText('已加密，恢复时要输入备份密码');
  await dialog.getByRole('button', { name: '确认恢复' }).click();
  await expect(dialog.getByText('这份备份已加密，请输入备份密码')).toBeVisible();
  await dialog.getByLabel('备份密码').fill('not-the-passphrase');
  await admin.keyboard.press('Enter');
  await expect(dialog.getByRole('alert', { name: '恢复进度' })).toContainText('备份密码不正确，或备份文件已损坏');
  await dialog.getByLabel('备份密码').fill(PASSPHRASE);
  await dialog.getByRole('button', { name: '确认恢复' }).click();
  await expect(status(admin, '恢复进度')).toContainText('已恢复 wenmi-backup-');
  await expect(restoreDialog()).toHaveCount(0, { timeout: 10_000 });

  await clerkSees(AT_BACKUP);
  expect(pageErrors).toEqual([]);
});
