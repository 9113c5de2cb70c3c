import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { addDays, todayInShanghai } from '../../shared/dates';
import { callApi } from './api';

// The 收文 register as a long list: paged in as it is scrolled with only the rows in view drawn,
// and every filter and order incoming.list takes. 300 documents from 3 units over 2 years are
// imported through the API (the way a paper register is brought in), 2026 first and then 2025,
// so registration order and 收文号 order differ; two of them are assigned through the API.
test.describe.configure({ mode: 'serial' });

const OFFICE = '凤凰县人民政府办公室';
const ADMIN = { username: 'admin', displayName: '王志刚', password: 'admin-pass-2026' };
const CLERK = { username: 'zhouli', displayName: '周丽', password: 'clerk-pass-2026' };
const SENDERS = [
  { fullName: '县财政局', shortName: '财政局', code: '凤财发' },
  { fullName: '县教育局', shortName: '教育局', code: '凤教发' },
  { fullName: '县住房和城乡建设局', shortName: '住建局', code: '凤建发' },
];
/** Units documents are assigned to; they send none. */
const ASSIGNEES = [
  { fullName: '县应急管理局', shortName: '应急局' },
  { fullName: '县水利局', shortName: '水利局' },
];
const COUNT = 300;
const SCREENS = 'test-results/screens';

// Assignments are dated relative to the server's real clock, as in incoming-workflow.spec.ts.
const today = todayInShanghai(new Date());
const daysAgo = (n: number) => addDays(today, -n);

interface Doc {
  index: number;
  date: string;
  year: number;
  unit: number;
  title: string;
  receiptNo: string;
}

/** Every 2.2 days from 2025-01-02: 2025 and most of 2026; every tenth a 请示 that can be assigned. */
const DOCS: Doc[] = Array.from({ length: COUNT }, (_, index) => {
  const date = addDays('2025-01-02', Math.floor(index * 2.2));
  return { index, date, year: Number(date.slice(0, 4)), unit: index % 3, title: `关于第${index + 1}批项目资金的请示`, receiptNo: '' };
});
// The import numbers each year in the order given.
for (const year of [2025, 2026]) {
  DOCS.filter((d) => d.year === year).forEach((d, i) => (d.receiptNo = `收〔${year}〕${i + 1}号`));
}
const serialOf = (receiptNo: string) => Number(/〕(\d+)号$/.exec(receiptNo)![1]);

let page: Page;
let unitIds: Record<string, string> = {};
/** Assigned to 县应急管理局 with a deadline already past: 逾期. */
let overdue: Doc;
/** Assigned to 县水利局, 县应急管理局 协办, deadline ahead. */
let onTime: Doc;
const pageErrors: string[] = [];

const call = (method: string, input: unknown) => callApi(page, method, input);

function registration(doc: Doc, docNumber: string) {
  const request = doc.index % 10 === 0;
  return {
    receivedAt: `${doc.date}T09:30:00+08:00`,
    signedBy: CLERK.displayName,
    fromUnitId: unitIds[SENDERS[doc.unit].fullName],
    docNumber,
    title: doc.title,
    docType: request ? 'request' : 'report',
    secrecyLevel: 'none',
    urgency: 'normal',
    copies: 1,
    incomingClass: request ? 'request' : 'readOnly',
    addressee: 'county',
    remarks: '',
  };
}

/** 初审 → 拟办 → 呈签 → 批示 → 交办, every step dated before the assignment. */
async function assign(doc: Doc, leaderId: string, hostUnitId: string, assistUnitIds: string[], deadline: string) {
  const found = await call('incoming.list', { q: doc.title });
  const { id } = (found.rows as { id: string; title: string }[]).find((r) => r.title === doc.title)!;
  await call('incoming.pass', { id });
  await call('incoming.propose', { id, proposal: '拟请县长阅示。', proposedBy: CLERK.displayName, proposedDate: daysAgo(30) });
  await call('incoming.submit', { id });
  await call('incoming.instruct', { id, leaderId, text: '请抓紧办理。', date: daysAgo(28) });
  await call('incoming.assign', { id, hostUnitId, assistUnitIds, assignedDate: daysAgo(20), deadline: { date: deadline } });
}

const table = () => page.getByRole('table', { name: '收文登记簿' });
/** The rows drawn now (the spacer rows standing in for the others have no index). */
const drawn = () => table().locator('tbody tr[data-index]');
const column = (n: number) => table().locator(`tbody tr[data-index] td:nth-child(${n})`).allTextContents();
const countLine = () => page.getByText(/^显示 \d+ 份/);

/** Scrolls the register to its end with the mouse wheel, as a user would. */
async function scrollToEnd() {
  await table().hover();
  await page.mouse.wheel(0, 100_000);
}

/** Picks a unit in a UnitPicker by typing its name, as the clerk does. */
async function pickUnit(label: string, name: string) {
  const picker = page.getByRole('combobox', { name: label, exact: true });
  await picker.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
  await expect(picker).toHaveValue(name);
}

async function enterDate(label: string, date: string) {
  await page.getByLabel(label, { exact: true }).fill(date);
  await page.keyboard.press('Enter');
}

/** A fresh register: every filter off, the top of the list. */
async function freshList() {
  await page.reload();
  await expect(countLine()).toHaveText('显示 50 份，还有更多');
}

test.beforeAll(async ({ browser }) => {
  mkdirSync(SCREENS, { recursive: true });
  page = await browser.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto('/');
  await call('auth.setup', { officeName: OFFICE, ...ADMIN });
  for (const u of [...SENDERS, ...ASSIGNEES]) {
    await call('units.add', { fullName: u.fullName, shortName: u.shortName, category: 'countyDept', initialsOverride: '' });
  }
  unitIds = Object.fromEntries(((await call('units.list', {})) as { id: string; fullName: string }[]).map((u) => [u.fullName, u.id]));
  const leader = await call('people.add', { name: '张建国', title: '县长', unitId: null, initialsOverride: '' });
  await call('users.add', { ...CLERK, roles: ['clerk'] });
  await call('auth.logout', {});
  await call('auth.login', { username: CLERK.username, password: CLERK.password });

  // 来文字号 numbered per unit and year, as the units number their own documents.
  const numbers = new Map<string, number>();
  const docNumber = (d: Doc) => {
    const key = `${d.unit}-${d.year}`;
    numbers.set(key, (numbers.get(key) ?? 0) + 1);
    return `${SENDERS[d.unit].code}〔${d.year}〕${numbers.get(key)}号`;
  };
  const records = DOCS.map((d) => ({ doc: d, record: registration(d, docNumber(d)) }));
  for (const year of [2026, 2025]) {
    await call('incoming.import', { records: records.filter((r) => r.doc.year === year).map((r) => r.record) });
  }

  overdue = DOCS[10];
  onTime = DOCS[20];
  await assign(overdue, leader.id, unitIds['县应急管理局'], [], daysAgo(10));
  await assign(onTime, leader.id, unitIds['县水利局'], [unitIds['县应急管理局']], addDays(today, 30));

  // 县教育局 is merged away after its documents came in: it is disabled, and its documents stay findable.
  await call('auth.logout', {});
  await call('auth.login', { username: ADMIN.username, password: ADMIN.password });
  const edu = SENDERS.find((u) => u.fullName === '县教育局')!;
  await call('units.update', {
    id: unitIds[edu.fullName],
    fullName: edu.fullName,
    shortName: edu.shortName,
    category: 'countyDept',
    initialsOverride: '',
    disabled: true,
  });
  await call('auth.logout', {});
  await call('auth.login', { username: CLERK.username, password: CLERK.password });

  // Only the hash changes: reload so the app reads the new session.
  await page.goto('/#/incoming');
  await page.reload();
});

test.afterAll(async () => {
  await page.close();
});

test('scrolling to the end of the register fetches the next 50, drawing only the rows in view', async () => {
  const lastOf2025 = DOCS.filter((d) => d.year === 2025).at(-1)!;
  await expect(countLine()).toHaveText('显示 50 份，还有更多');
  // Registration order: the 2025 import came last, so its last document is on top.
  await expect(drawn().first()).toContainText(lastOf2025.receiptNo);
  for (let loaded = 100; loaded <= COUNT; loaded += 50) {
    await scrollToEnd();
    await expect(countLine()).toHaveText(loaded < COUNT ? `显示 ${loaded} 份，还有更多` : `显示 ${COUNT} 份`);
  }
  await scrollToEnd();
  await expect(drawn().last()).toContainText('收〔2026〕1号');
  // Virtualized: 300 rows loaded, a screenful (and a few either side) in the page.
  expect(await table().locator('tr').count()).toBeLessThan(40);

  // The keyboard walks the whole list, drawing the rows it reaches.
  await drawn().last().focus();
  await page.keyboard.press('Home');
  await expect(page.locator('tbody tr:focus')).toContainText(lastOf2025.receiptNo);
  await page.keyboard.press('PageDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  await expect(page.locator('tbody tr:focus')).toContainText('收〔2026〕1号');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('table', { name: '收文详情' })).toContainText('收〔2026〕1号');
  await expect(page.locator('tbody tr[data-selected]')).toContainText('收〔2026〕1号');
  expect(pageErrors).toEqual([]);
});

test('来文单位 shows only that unit\'s documents, also of a unit since disabled', async () => {
  await freshList();
  await pickUnit('来文单位', '县教育局');
  const ofUnit = DOCS.filter((d) => d.unit === 1).length;
  await expect(countLine()).toHaveText('显示 50 份，还有更多');
  expect(new Set(await column(3))).toEqual(new Set(['县教育局']));
  await scrollToEnd();
  await scrollToEnd();
  await expect(countLine()).toHaveText(`显示 ${ofUnit} 份`);
  expect(new Set(await column(3))).toEqual(new Set(['县教育局']));
});

test('a 收文日期 range shows only dates inside it; 按收文号 orders them by number, newest year first', async () => {
  await freshList();
  const from = '2025-12-01';
  const to = '2026-01-31';
  const inside = DOCS.filter((d) => d.date >= from && d.date <= to);
  await enterDate('开始日期', from);
  await enterDate('结束日期', to);
  await expect(countLine()).toHaveText(`显示 ${inside.length} 份`);
  for (const date of await column(2)) expect(date >= from && date <= to, date).toBe(true);
  // Registration order: the December documents (imported last) come first.
  await expect(drawn().first()).toContainText(inside.filter((d) => d.year === 2025).at(-1)!.receiptNo);

  await page.getByRole('combobox', { name: '排序' }).click();
  await page.getByRole('option', { name: '按收文号' }).click();
  const byNumber = [...inside].sort((a, b) => b.year - a.year || serialOf(b.receiptNo) - serialOf(a.receiptNo)).map((d) => d.receiptNo);
  await expect(drawn().first()).toContainText(byNumber[0]);
  const shown = await column(1);
  expect(shown).toEqual(byNumber.slice(0, shown.length));
  // As numbers, not as text: …10号 before …9号.
  expect(shown.indexOf('收〔2026〕10号')).toBeGreaterThanOrEqual(0);
  expect(shown.indexOf('收〔2026〕10号')).toBeLessThan(shown.indexOf('收〔2026〕9号'));
  for (const date of await column(2)) expect(date >= from && date <= to, date).toBe(true);
  await page.screenshot({ path: `${SCREENS}/incoming-list-01-range-by-number.png` });

  // A search lists the newest first whatever the order: the order cannot be chosen meanwhile.
  await page.getByLabel('查找收文').fill('项目资金');
  await expect(page.getByRole('combobox', { name: '排序' })).toBeDisabled();
  await page.getByLabel('查找收文').fill('');
  await expect(page.getByRole('combobox', { name: '排序' })).toHaveValue('按收文号');
});

test('只看逾期 shows the document past its deadline; 承办单位 shows what the unit hosts or assists', async () => {
  await freshList();
  await page.getByLabel('只看逾期').check();
  await expect(countLine()).toHaveText('显示 1 份');
  await expect(drawn()).toHaveCount(1);
  await expect(drawn().first()).toContainText(overdue.receiptNo);

  await page.getByLabel('只看逾期').uncheck();
  await pickUnit('承办单位', '县应急管理局');
  await expect(countLine()).toHaveText('显示 2 份');
  expect(new Set(await column(1))).toEqual(new Set([overdue.receiptNo, onTime.receiptNo]));

  await pickUnit('承办单位', '县水利局');
  await expect(countLine()).toHaveText('显示 1 份');
  await expect(drawn().first()).toContainText(onTime.receiptNo);
  await page.getByLabel('只看逾期').check();
  await expect(countLine()).toHaveText('显示 0 份');
  await expect(table()).toContainText('没有符合条件的收文。');
  expect(pageErrors).toEqual([]);
});

test('结束日期 before 开始日期 is refused with a sentence naming 结束日期', async () => {
  await freshList();
  await enterDate('开始日期', '2026-03-01');
  await enterDate('结束日期', '2026-02-01');
  await expect(page.getByRole('alert')).toContainText('结束日期不能早于开始日期');
  await expect(countLine()).toHaveCount(0);
  await page.screenshot({ path: `${SCREENS}/incoming-list-02-range-refused.png` });
  // Put right, the list comes back.
  await enterDate('结束日期', '2026-03-31');
  await expect(page.getByRole('alert')).toHaveCount(0);
  const march = DOCS.filter((d) => d.date >= '2026-03-01' && d.date <= '2026-03-31');
  await expect(countLine()).toHaveText(`显示 ${march.length} 份`);
  expect(pageErrors).toEqual([]);
});

test('导出 sends the filters and order of the list', async () => {
  await freshList();
  await pickUnit('来文单位', '县财政局');
  await enterDate('开始日期', '2025-06-01');
  await page.getByRole('combobox', { name: '排序' }).click();
  await page.getByRole('option', { name: '按收文日期' }).click();
  await page.getByLabel('只看逾期').check();
  await page.getByLabel('只看逾期').uncheck();
  // The first page of a query (a next page carries a cursor besides).
  const inputOf = (name: string) =>
    page
      .waitForRequest((r) => {
        const body = r.url().endsWith('/api/invoke') && JSON.parse(r.postData() ?? '{}');
        return body && body.method === name && !body.input.cursor;
      })
      .then((r) => JSON.parse(r.postData()!).input);
  const listed = inputOf('incoming.list');
  await pickUnit('承办单位', '县应急管理局');
  const { limit, ...filters } = await listed;
  expect(limit).toBe(50);
  expect(filters).toEqual({ q: '', fromUnitId: unitIds['县财政局'], assigneeUnitId: unitIds['县应急管理局'], from: '2025-06-01', sort: 'receivedDate' });

  const exported = inputOf('incoming.export');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出' }).click();
  expect(await exported).toEqual(filters);
  expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);
  expect(pageErrors).toEqual([]);
});
