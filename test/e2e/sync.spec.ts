import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { callApi } from './api';

// Two PCs of one office, each its own host and data folder, over one shared folder: the first
// sets up the office and creates the set in the UI, the second joins at its first run and finds
// the first one's registers; a field both changed before syncing lands in the 同步冲突 list; a
// change file tampered with in the folder is reported and skipped while later changes still arrive.
test.describe.configure({ mode: 'serial' });

const OFFICE = '凤凰县人民政府办公室';
const ADMIN = { username: 'admin', displayName: '王志刚', password: 'admin-pass-2026' };
const KEY = 'fenghuang-sync-key-2026';
const PC_A = '收发室电脑';
const SCREENS = 'test-results/screens';
const FOLDER = mkdtempSync(join(tmpdir(), 'wenmi-sync-folder-'));

let a: Page;
let b: Page;
const pageErrors: string[] = [];

const nav = (page: Page) => page.getByRole('navigation', { name: '功能' });
const banner = (page: Page) => page.getByRole('banner');
const status = (page: Page, text: string) => page.getByRole('status').filter({ hasText: text });

/** 立即同步 in the top bar, waiting for the core's answer (the screens read the new state after it). */
async function syncNow(page: Page) {
  const answered = page.waitForResponse((r) => r.url().endsWith('/api/invoke') && (r.request().postData() ?? '').includes('"sync.now"'));
  await banner(page).getByRole('button', { name: '立即同步' }).click();
  await answered;
}

type Unit = { id: string; fullName: string; shortName: string };
const unitOn = async (page: Page, fullName: string) => ((await callApi(page, 'units.list', {})) as Unit[]).find((u) => u.fullName === fullName)!;
const addUnit = (page: Page, fullName: string) => callApi(page, 'units.add', { fullName, shortName: '', category: 'countyDept', initialsOverride: '' });

/** A's change files in the shared folder, oldest first. */
async function filesOfA(): Promise<string[]> {
  const { setId, deviceId } = (await callApi(a, 'sync.status', {})) as { setId: string; deviceId: string };
  const dir = join(FOLDER, setId, 'devices', deviceId);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.wsc'))
    .sort()
    .map((f) => join(dir, f));
}

test.beforeAll(async ({ browser }, testInfo) => {
  mkdirSync(SCREENS, { recursive: true });
  a = await browser.newPage();
  b = await browser.newPage({ baseURL: testInfo.project.metadata.secondBaseURL as string });
  for (const page of [a, b]) page.on('pageerror', (error) => pageErrors.push(error.message));
  await a.goto('/');
  await callApi(a, 'auth.setup', { officeName: OFFICE, ...ADMIN });
  await a.reload();
});

test.afterAll(async () => {
  await a.close();
  await b.close();
});

test('the first PC creates the sync set in an empty folder and names itself', async () => {
  await expect(banner(a)).toContainText('同步：未设置');
  await nav(a).getByRole('link', { name: '同步', exact: true }).click();
  await expect(a.getByText('本机还没有加入同步组')).toBeVisible();

  const create = a.getByRole('form', { name: '新建同步组' });
  await create.getByLabel('同步文件夹').fill(FOLDER);
  await create.getByLabel('同步密钥', { exact: true }).fill(KEY);
  await create.getByLabel('再次输入同步密钥').fill(`${KEY}x`);
  await create.getByRole('button', { name: '新建同步组' }).click();
  await expect(create.getByText('两次输入的同步密钥不一致')).toBeVisible();
  await create.getByLabel('再次输入同步密钥').fill(KEY);
  await create.getByRole('button', { name: '新建同步组' }).click();

  await expect(status(a, '已新建同步组。同步完成')).toBeVisible();
  await expect(a.getByRole('table', { name: '本机同步设置' })).toContainText(FOLDER);
  await expect(banner(a)).toContainText('正常');
  // Every register's numbers come from this PC until the administrator hands one over.
  await expect(a.getByRole('combobox', { name: '收文号' })).toHaveValue(/（本机）$/);

  const names = a.getByRole('form', { name: '电脑名称' });
  await names.getByLabel(/（本机）$/).fill(PC_A);
  await names.getByRole('button', { name: '保存电脑名称' }).click();
  await expect(status(a, '电脑名称已保存')).toBeVisible();
  await expect(a.getByRole('combobox', { name: '收文号' })).toHaveValue(`${PC_A}（本机）`);
  await a.screenshot({ path: `${SCREENS}/sync-01-created.png`, fullPage: true });
});

test('a unit registered on the first PC goes to the folder with 立即同步', async () => {
  await addUnit(a, '县财政局');
  await syncNow(a);
  await expect(a.getByRole('region', { name: '上次同步' })).toContainText('同步完成');
  await expect(banner(a)).toContainText('正常');
});

test('the second PC joins at its first run, then its administrator logs in and finds the unit', async () => {
  await b.goto('/');
  await expect(b.getByRole('heading', { name: '首次使用' })).toBeVisible();
  await b.getByRole('button', { name: '加入已有同步组' }).click();
  const join = b.getByRole('form', { name: '加入已有同步组' });

  await join.getByLabel('同步文件夹').fill(FOLDER);
  await join.getByLabel('同步密钥').fill('wrong-key-2026');
  await join.getByRole('button', { name: '加入同步组' }).click();
  await expect(join.getByRole('alert')).toHaveText('同步密钥不正确：请输入与其他电脑相同的同步密钥');
  await b.screenshot({ path: `${SCREENS}/sync-02-join-refused.png` });

  await join.getByLabel('同步密钥').fill(KEY);
  await join.getByRole('button', { name: '加入同步组' }).click();
  await expect(b.getByRole('heading', { name: OFFICE })).toBeVisible();
  await b.getByLabel('用户名').fill(ADMIN.username);
  await b.getByLabel('密码').fill(ADMIN.password);
  await b.getByRole('button', { name: '登录' }).click();
  await expect(banner(b)).toContainText(`${ADMIN.displayName}（管理员）`);

  await nav(b).getByRole('link', { name: '单位名录' }).click();
  await expect(b.getByRole('table', { name: '单位名录' })).toContainText('县财政局');
  await nav(b).getByRole('link', { name: '同步', exact: true }).click();
  await expect(b.getByRole('combobox', { name: '收文号' })).toHaveValue(PC_A);
});

test('the same field changed on both PCs before either syncs shows in 同步冲突 with both values', async () => {
  const onA = await unitOn(a, '县财政局');
  const onB = await unitOn(b, '县财政局');
  await callApi(a, 'units.update', { ...onA, shortName: '县财政' });
  await callApi(b, 'units.update', { ...onB, shortName: '财政局' });
  await syncNow(a);
  await syncNow(b);

  // B changed it last, so B's value stands; A's is kept for a person to review (修改时间 is bookkeeping, not a conflict).
  await expect(banner(b)).toContainText('1 条冲突');
  await banner(b).getByRole('link', { name: '同步冲突 1 条' }).click();
  const conflict = b.getByRole('region', { name: '冲突 单位名录 · 县财政局 · 简称' });
  const values = conflict.getByRole('table', { name: '单位名录 · 县财政局 · 简称的两个值' });
  await expect(values.getByRole('row', { name: /现值/ })).toContainText('财政局');
  await expect(values.getByRole('row', { name: /另一台电脑的值/ })).toContainText('县财政');
  await expect(values.getByRole('row', { name: /来自/ })).toContainText(PC_A);
  await b.screenshot({ path: `${SCREENS}/sync-03-conflict.png`, fullPage: true });

  await conflict.getByLabel('处理说明（可不填）').fill('以县财政为准');
  await conflict.getByRole('button', { name: '改用另一台电脑的值' }).click();
  await expect(status(b, '已处理：单位名录 · 县财政局 · 简称（改用另一台电脑的值：以县财政为准）')).toBeVisible();
  await expect(conflict).toHaveCount(0);
  await b.getByLabel('显示已处理的').check();
  await expect(b.getByRole('region', { name: '冲突 单位名录 · 县财政局 · 简称' })).toContainText('改用另一台电脑的值：以县财政为准');
  expect((await unitOn(b, '县财政局')).shortName).toBe('县财政');
});

test('a tampered change file is reported as skipped on the other PC, and later changes still arrive', async () => {
  await nav(b).getByRole('link', { name: '同步', exact: true }).click();
  await syncNow(b);
  await expect(b.getByRole('table', { name: '未通过校验的同步文件' })).toHaveCount(0);

  // Two files B has not read yet; the older one is then altered in the folder.
  await addUnit(a, '县教体局');
  await callApi(a, 'sync.now', {});
  const [tampered] = (await filesOfA()).slice(-1);
  await addUnit(a, '县卫健局');
  await callApi(a, 'sync.now', {});
  const bytes = readFileSync(tampered);
  bytes[bytes.indexOf('县教体局')] ^= 1;
  writeFileSync(tampered, bytes);
  const seq = String(Number(tampered.slice(-14, -4)));

  // A goes on working and syncs; its own files are not re-read, so it is not disturbed.
  await addUnit(a, '县民政局');
  await syncNow(a);
  await expect(banner(a)).not.toContainText('有问题');

  await syncNow(b);
  const skipped = b.getByRole('table', { name: '未通过校验的同步文件' });
  await expect(skipped.getByRole('row')).toHaveCount(2);
  await expect(skipped.getByRole('row').nth(1).getByRole('cell')).toHaveText([PC_A, seq, '文件内容与校验值不符，可能被截断或改动']);
  await expect(banner(b)).toContainText('1 个文件有问题');
  await b.screenshot({ path: `${SCREENS}/sync-04-quarantined.png`, fullPage: true });

  await nav(b).getByRole('link', { name: '单位名录' }).click();
  const units = b.getByRole('table', { name: '单位名录' });
  await expect(units).toContainText('县卫健局');
  await expect(units).toContainText('县民政局');
  await expect(units).not.toContainText('县教体局');
  expect(pageErrors).toEqual([]);
});
