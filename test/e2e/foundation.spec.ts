import { expect, test, type Page } from '@playwright/test';

// One office from its first run: the steps depend on each other (the administrator made in
// the first creates the users of the later ones), so they run in order on one page.
test.describe.configure({ mode: 'serial' });

const OFFICE = '凤凰县人民政府办公室';
const ADMIN = { username: 'admin', name: '王志刚', password: 'admin-pass-2026' };
const CLERK = { username: 'zhouli', name: '周丽', password: 'clerk-pass-2026' };
const AUDITOR = { username: 'longjp', name: '龙建平', password: 'audit-pass-2026' };

/** Screenshots of the main screens, kept outside Playwright's output folder (which it empties on each run). */
const screenshot = (page: Page, name: string) => page.screenshot({ path: `test-results/screens/${name}.png` });

async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

async function login(page: Page, who: { username: string; password: string }) {
  await page.getByLabel('用户名').fill(who.username);
  await page.getByLabel('密码').fill(who.password);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByRole('button', { name: '锁定' })).toBeVisible();
}

async function logout(page: Page) {
  await page.getByRole('button', { name: '退出', exact: true }).click();
  await expect(page.getByRole('button', { name: '登录' })).toBeVisible();
}

const nav = (page: Page) => page.getByRole('navigation', { name: '功能' });

let page: Page;
/** Requests that left the app's own origin, and script errors: both must stay empty. */
const strayRequests: string[] = [];
const pageErrors: string[] = [];

test.beforeAll(async ({ browser, baseURL }) => {
  page = await browser.newPage();
  page.on('request', (request) => {
    if (!request.url().startsWith(`${baseURL}/`) && !/^(data|blob):/.test(request.url())) strayRequests.push(request.url());
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
});

test.afterAll(async () => {
  await page.close();
});

test('first run creates the office and its administrator, then opens the app', async () => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: '首次使用' })).toBeVisible();
  await screenshot(page, '01-first-run');
  await page.getByLabel('单位名称').fill(OFFICE);
  await page.getByLabel('管理员用户名').fill(ADMIN.username);
  await page.getByLabel('姓名').fill(ADMIN.name);
  await page.getByLabel('密码', { exact: true }).fill(ADMIN.password);
  await page.getByLabel('确认密码').fill(ADMIN.password);
  await page.getByRole('button', { name: '完成设置' }).click();

  await expect(page.getByRole('banner')).toContainText(OFFICE);
  await expect(page.getByRole('banner')).toContainText(`${ADMIN.name}（管理员）`);
  await expect(page.getByRole('banner')).toContainText('同步：未设置');
  await expect(nav(page).getByRole('link')).toHaveText([
    '收文登记',
    '发文登记',
    '用印登记',
    '导入',
    '统计',
    '单位名录',
    '人员名录',
    '机关代字',
    '印章',
    '节假日',
    '用户',
    '设置',
    '同步',
    '备份',
  ]);
  await expect(page.getByText('还没有收文。收文由文秘登记。')).toBeVisible();
  await screenshot(page, '02-shell');
});

test('a wrong password is refused in Chinese, then the right one logs in', async () => {
  await logout(page);
  await page.getByLabel('用户名').fill(ADMIN.username);
  await page.getByLabel('密码').fill('not-the-password');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByRole('alert')).toContainText('用户名或密码不正确');
  await expectNoHorizontalScroll(page);
  await screenshot(page, '03-login-refused');
  await login(page, ADMIN);
});

test('adds units entirely by keyboard', async () => {
  await nav(page).getByRole('link', { name: '单位名录' }).click();
  await expect(page.getByText('还没有单位。按 Ctrl+N 新增第一个。')).toBeVisible();

  const fullName = page.getByLabel('单位全称');
  const category = page.getByRole('combobox', { name: '类别' });
  await page.keyboard.press('Control+N');
  await expect(fullName).toBeFocused();
  await page.keyboard.type('县财政局');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('简称')).toBeFocused();
  await page.keyboard.type('财政局');
  await page.keyboard.press('Enter');
  await expect(category).toBeFocused();
  // ↓ opens the list on 乡镇, ↓ again moves to 县直部门, Enter takes it and goes on.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(category).toHaveValue('县直部门');
  await expect(page.getByLabel('拼音首字母')).toBeFocused();
  await expect(page.getByLabel('拼音首字母')).toHaveAttribute('placeholder', 'xczj');
  await page.keyboard.press('Control+S');

  await expect(page.getByRole('status').filter({ hasText: '已新增：县财政局' })).toBeVisible();
  // Ready for the next one: empty name, same category, cursor in the first field.
  await expect(fullName).toHaveValue('');
  await expect(fullName).toBeFocused();
  await expect(category).toHaveValue('县直部门');
  await page.keyboard.type('县教育局');
  await page.keyboard.press('Control+S');
  await expect(page.getByRole('status').filter({ hasText: '已新增：县教育局' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByLabel('查找单位')).toBeFocused();

  const table = page.getByRole('table', { name: '单位名录' });
  await expect(table.getByRole('row', { name: /县财政局/ })).toContainText('县直部门');
  await expect(table.getByRole('row')).toHaveCount(3);
  await expectNoHorizontalScroll(page);
});

test('finds a unit again by its pinyin initials, full pinyin or Chinese', async () => {
  const search = page.getByLabel('查找单位');
  const rows = page.getByRole('table', { name: '单位名录' }).locator('tbody tr');
  for (const query of ['xczj', 'czj', 'caizheng', '财政']) {
    await search.fill(query);
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText('县财政局');
  }
  await search.fill('xc');
  await expect(rows).toHaveCount(1);
  await search.fill('jiaoyu');
  await expect(rows.first()).toContainText('县教育局');
  await search.fill('czj');
  await screenshot(page, '04-units-search');
});

test('the administrator creates a clerk and an auditor on the 用户 screen', async () => {
  await nav(page).getByRole('link', { name: '用户' }).click();
  await page.getByRole('button', { name: '新增用户' }).click();
  const form = page.getByRole('form', { name: '新增用户' });
  for (const [who, role] of [
    [CLERK, '文秘'],
    [AUDITOR, '审计员'],
  ] as const) {
    await form.getByLabel('用户名').fill(who.username);
    await form.getByLabel('姓名').fill(who.name);
    await form.getByRole('checkbox', { name: role }).check();
    await form.getByLabel('初始密码').fill(who.password);
    await form.getByRole('button', { name: '保存' }).click();
    await expect(page.getByRole('status').filter({ hasText: `已新增：${who.name}` })).toBeVisible();
  }
  const table = page.getByRole('table', { name: '用户' });
  await expect(table.getByRole('row', { name: new RegExp(CLERK.username) })).toContainText('文秘');
  await expect(table.getByRole('row', { name: new RegExp(AUDITOR.username) })).toContainText('审计员');
  await expectNoHorizontalScroll(page);
  await screenshot(page, '05-users');
});

test('the clerk has no 用户 entry and the core refuses an admin method', async () => {
  await logout(page);
  await login(page, CLERK);
  await expect(nav(page).getByRole('link', { name: '单位名录' })).toBeVisible();
  await expect(nav(page).getByRole('link', { name: '用户' })).toHaveCount(0);
  await expect(nav(page).getByRole('link', { name: '设置' })).toHaveCount(0);
  await expect(nav(page).getByRole('link', { name: '审计' })).toHaveCount(0);

  const answer = await page.evaluate(async () => {
    const response = await fetch('/api/invoke', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'X-Wenmi': '1' },
      body: JSON.stringify({ method: 'users.list', input: {} }),
    });
    return response.json();
  });
  expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
});

test('locking keeps the half-typed screen and unlocking returns to it', async () => {
  await nav(page).getByRole('link', { name: '单位名录' }).click();
  await page.getByLabel('查找单位').fill('财政');
  await page.getByRole('button', { name: '锁定' }).click();
  await expect(page.getByRole('heading', { name: '已锁定' })).toBeVisible();
  await expect(page.getByText(`当前用户：${CLERK.name}`)).toBeVisible();
  await expect(page.getByLabel('查找单位')).toBeHidden();
  await screenshot(page, '06-locked');
  await page.getByLabel('密码').fill(CLERK.password);
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('查找单位')).toHaveValue('财政');
});

test('the auditor sees only 审计: the unit added, the refused call, and an intact chain', async () => {
  await logout(page);
  await login(page, AUDITOR);
  await expect(nav(page).getByRole('link')).toHaveText(['审计']);

  const table = page.getByRole('table', { name: '审计日志' });
  const added = table.getByRole('row').filter({ hasText: '新增单位' }).filter({ hasText: '县财政局' });
  await expect(added).toHaveCount(1);
  await expect(added).toContainText(ADMIN.name);
  const refused = table.getByRole('row').filter({ hasText: CLERK.name }).filter({ hasText: /拒绝：/ });
  await expect(refused.first()).toContainText('拒绝：查看用户');

  await page.getByRole('button', { name: '校验完整性' }).click();
  await expect(page.getByText(/^审计日志完整（共 \d+ 条）$/)).toBeVisible();
  await expectNoHorizontalScroll(page);
  await screenshot(page, '07-audit');
});

test('the screen locks itself after the idle minutes set for the office', async () => {
  // A fake clock from here on: 15 minutes without keyboard or mouse pass in an instant.
  await page.clock.install();
  await page.reload();
  await expect(page.getByRole('button', { name: '锁定' })).toBeVisible();
  await page.clock.fastForward('15:01');
  await expect(page.getByRole('heading', { name: '已锁定' })).toBeVisible();
  await page.getByLabel('密码').fill(AUDITOR.password);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('table', { name: '审计日志' })).toBeVisible();
});

test('the app asked nothing of any other server and raised no script error', async () => {
  expect(strayRequests).toEqual([]);
  expect(pageErrors).toEqual([]);
});
