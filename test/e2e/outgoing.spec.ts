import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { callApi } from './api';

// 发文 as a new office would meet it, in the UI: the administrator's 机关代字, then the clerk drafts, is
// refused a number before 签发, records 核稿 and 签发 (a 秘书 is refused as signer), takes
// 凤政办发〔2026〕1号, voids the next one, reads both in the 缺号报告 and prints the 发文稿纸 to PDF; then
// registers 常务会议 minutes and meets their 36-hour deadline on the 工作台, and exports the register.
// The office, users, units and people are set up through the API (foundation.spec.ts covers those screens).
test.describe.configure({ mode: 'serial' });

const OFFICE = '凤凰县人民政府办公室';
const ADMIN = { username: 'admin', displayName: '王志刚', password: 'admin-pass-2026' };
const CLERK = { username: 'zhouli', displayName: '周丽', password: 'clerk-pass-2026' };
const DIRECTOR = '杨光明';
const SECRETARY = '田小军';
const TITLE = '关于做好2026年春季森林防火工作的通知';
const VOID_REASON = '印制前发现重号，经批准作废';
const SCREENS = 'test-results/screens';

let page: Page;
const pageErrors: string[] = [];

const call = (method: string, input: unknown) => callApi(page, method, input);

async function retype(text: string) {
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

const status = (text: string) => page.getByRole('status').filter({ hasText: text });
const details = () => page.getByRole('table', { name: '发文详情' });

test.beforeAll(async ({ browser }) => {
  mkdirSync(SCREENS, { recursive: true });
  page = await browser.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto('/');
  await call('auth.setup', { officeName: OFFICE, ...ADMIN });
  await call('units.add', { fullName: '县应急管理局', shortName: '应急局', category: 'countyDept', initialsOverride: '' });
  await call('people.add', { name: DIRECTOR, title: '办公室主任', unitId: null, initialsOverride: '' });
  await call('people.add', { name: SECRETARY, title: '秘书', unitId: null, initialsOverride: '' });
  await call('users.add', { ...CLERK, roles: ['clerk'] });
  await page.reload();
});

test.afterAll(async () => {
  await page.close();
});

test('the administrator finds the default 代字 and adds one to a counter', async () => {
  await page.getByRole('link', { name: '机关代字' }).click();
  const counter = page.getByRole('region', { name: '编号序列 凤政办发' });
  await expect(counter.getByRole('table', { name: '凤政办发的机关代字' })).toContainText('凤政办发');
  await expect(counter).toContainText('发号电脑：本机');
  for (const code of ['凤政发', '凤政函', '凤政办函', '凤政纪']) {
    await expect(page.getByRole('region', { name: `编号序列 ${code}` })).toBeVisible();
  }

  const add = counter.getByRole('form', { name: '为凤政办发新增机关代字' });
  await add.getByLabel('新增机关代字').fill('凤政办');
  await page.keyboard.press('Enter');
  await expect(add.getByText('机关代字应为2至10个汉字，并以发、函、纪、令、字、电、复之一结尾')).toBeVisible();
  await add.getByLabel('新增机关代字').fill('凤政办电');
  await page.keyboard.press('Enter');
  await expect(status('已新增机关代字：凤政办电（凤政办发）')).toBeVisible();
  await expect(counter).toContainText('以下代字共用一个编号序列');
  await page.screenshot({ path: `${SCREENS}/outgoing-01-codes.png` });

  await call('auth.logout', {});
  await call('auth.login', { username: CLERK.username, password: CLERK.password });
  await page.goto('/#/outgoing');
  await page.reload();
});

test('the clerk drafts by keyboard, is refused a number before 签发, signs and takes 凤政办发〔2026〕1号', async () => {
  await expect(page.getByText('还没有发文。按 Ctrl+N 登记第一份拟稿。')).toBeVisible();
  await page.keyboard.press('Control+N');
  const form = page.getByRole('form', { name: '发文拟稿' });
  const field = (label: string) => form.getByLabel(label, { exact: true });
  const next = async (label: string) => {
    await page.keyboard.press('Enter');
    await expect(field(label)).toBeFocused();
  };
  await expect(field('机关代字')).toBeFocused();
  await page.keyboard.type('凤政办发');
  await next('文种');
  await page.keyboard.type('通知');
  await next('标题');
  await page.keyboard.type(TITLE);
  await next('发文机关');
  await expect(field('发文机关')).toHaveValue('县政府办');
  await next('事项类别');
  await next('拟稿单位');
  await page.keyboard.type('应急');
  await next('拟稿人');
  await expect(field('拟稿人')).toHaveValue(CLERK.displayName);
  await next('拟稿日期');
  await retype('2026-03-02');
  await next('主送');
  await page.keyboard.type('各乡镇人民政府，县直各单位');
  await next('抄送');
  await next('密级');
  await expect(field('密级')).toHaveValue('非密');
  await next('紧急程度');
  await expect(field('紧急程度')).toHaveValue('平件');
  await next('公开属性');
  await expect(field('公开属性')).toHaveValue('主动公开');
  await expect(field('不公开理由')).toHaveCount(0);
  // 依申请公开 needs its reason: the field appears, and saving without it is refused under it.
  await retype('依申请');
  await page.keyboard.press('Enter');
  await expect(field('不公开理由')).toBeVisible();
  await page.keyboard.press('Control+S');
  await expect(form.getByText('公开属性为“依申请公开”的，须填写理由')).toBeVisible();
  await field('公开属性').click();
  await page.getByRole('option', { name: '主动公开' }).click();
  await expect(field('不公开理由')).toHaveCount(0);
  await page.screenshot({ path: `${SCREENS}/outgoing-02-draft.png` });
  await page.keyboard.press('Control+S');
  await expect(status(`已登记拟稿：${TITLE}`)).toBeVisible();
  await expect(details().getByRole('row', { name: /^状态/ })).toHaveText('状态拟稿');
  await expect(page.getByRole('table', { name: '发文登记簿' })).toContainText(TITLE);

  // 取号 before 签发: the core's refusal, in Chinese, says what must come first.
  await page.getByRole('button', { name: '取号' }).click();
  await expect(page.getByRole('alert', { name: '操作未完成' })).toContainText('须先登记签发人和签发日期，签发后才能编号');

  await page.getByRole('button', { name: '核稿', exact: true }).click();
  const review = page.getByRole('form', { name: '核稿' });
  await expect(review.getByLabel('核稿人')).toBeFocused();
  await page.keyboard.type('龙晓燕');
  await page.keyboard.press('Enter');
  await retype('2026-03-03');
  await page.keyboard.press('Control+S');
  await expect(status('已登记核稿')).toBeVisible();

  // A 秘书 may not sign (art. 17): the core's reason shows under 签批人.
  await page.getByRole('button', { name: '审核/签发' }).click();
  const sign = page.getByRole('form', { name: '审核/签发' });
  await expect(sign.getByLabel('签批人')).toBeFocused();
  await page.keyboard.type(SECRETARY);
  await page.keyboard.press('Enter');
  await expect(sign.getByLabel('签批类别')).toBeFocused();
  await expect(sign.getByLabel('签批类别')).toHaveValue('签发');
  await page.keyboard.press('Enter');
  await retype('2026-03-05');
  await page.keyboard.press('Control+S');
  await expect(sign.getByText(/秘书不能签发/)).toBeVisible();
  await expect(sign.getByLabel('签批人')).toBeFocused();
  await retype(DIRECTOR);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+S');
  await expect(status('已登记签发')).toBeVisible();
  await expect(details().getByRole('row', { name: /^状态/ })).toHaveText('状态已签发');
  const signatures = page.getByRole('table', { name: '审核和签发' });
  await expect(signatures).toContainText(DIRECTOR);
  await expect(signatures).toContainText('办公室主任');
  await expect(signatures).toContainText('2026年3月5日');

  await page.getByRole('button', { name: '取号' }).click();
  await expect(status('已取号：凤政办发〔2026〕1号')).toBeVisible();
  await expect(details().getByRole('row', { name: /^发文字号/ })).toHaveText('发文字号凤政办发〔2026〕1号');
  await expect(page.getByRole('button', { name: '取号' })).toHaveCount(0);
  await page.screenshot({ path: `${SCREENS}/outgoing-03-numbered.png` });
});

test('voids the next number with a reason and an approver; the 缺号报告 shows both', async () => {
  await page.getByRole('button', { name: '作废文号', exact: true }).click();
  const form = page.getByRole('form', { name: '作废文号' });
  await expect(form.getByLabel('机关代字')).toBeFocused();
  await page.keyboard.type('凤政办发');
  await page.keyboard.press('Enter');
  await expect(form.getByLabel('年份')).toHaveValue('2026');
  await page.keyboard.press('Enter');
  await page.keyboard.type(VOID_REASON);
  await form.getByLabel('批准人').click();
  await page.keyboard.type(DIRECTOR);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+S');
  await expect(status('已作废：凤政办发〔2026〕2号')).toBeVisible();

  await page.getByRole('link', { name: '缺号报告' }).click();
  await expect(page).toHaveURL(/#\/outgoing\/gaps$/);
  await page.getByRole('combobox', { name: '编号序列' }).click();
  await page.getByRole('option', { name: /^凤政办发（/ }).click();
  const table = page.getByRole('table', { name: '文号使用情况' });
  const first = table.getByRole('row', { name: /凤政办发〔2026〕1号/ });
  await expect(first).toContainText('已用');
  const second = table.getByRole('row', { name: /凤政办发〔2026〕2号/ });
  await expect(second).toContainText('作废');
  await expect(second).toContainText(VOID_REASON);
  await expect(second).toContainText(DIRECTOR);
  await page.screenshot({ path: `${SCREENS}/outgoing-04-gap-report.png` });
});

test('prints the 发文稿纸 on one A4 page with the number and the signer', async () => {
  await page.goto('/#/outgoing');
  await page.getByRole('table', { name: '发文登记簿' }).getByRole('row', { name: /凤政办发〔2026〕1号/ }).click();
  await page.getByRole('link', { name: '打印发文稿纸' }).click();
  await expect(page).toHaveURL(/#\/print\/draft-sheet\//);
  const sheet = page.getByRole('article', { name: '发文稿纸' });
  await expect(sheet.getByRole('heading', { name: `${OFFICE}发文稿纸` })).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/outgoing-05-draft-sheet.png` });

  const pdf = `${SCREENS}/draft-sheet.pdf`;
  await page.pdf({ path: pdf, format: 'A4' });
  const flat = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  expect(flat).toContain(`${OFFICE}发文稿纸`);
  expect(flat).toContain('凤政办发〔2026〕1号');
  expect(flat).toContain(DIRECTOR);
  expect(flat).toContain(TITLE);
  expect(flat).not.toContain('返回发文');
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  expect(info).toMatch(/^Pages:\s+1$/m);
  expect(info).toMatch(/^Page size:.*\(A4\)$/m);
  expect(pageErrors).toEqual([]);
});

const HOUR_MS = 3_600_000;
/** An instant as the office's clock reads it, 'YYYY-MM-DDTHH:mm' (Asia/Shanghai, no daylight saving). */
const shanghai = (ms: number) => new Date(ms + 8 * HOUR_MS).toISOString().slice(0, 16);
/** The 送审终稿 deadline as the screens show it: the meeting's minute plus 36 hours. */
const finalDraftDue = (meetingAt: string) => shanghai(Date.parse(`${meetingAt}:00+08:00`) + 36 * HOUR_MS).replace('T', ' ');

test('常务会议 minutes show their 36-hour deadline on the 工作台, due soon or overdue, and open from there', async () => {
  // The host runs on the real clock: the meetings are placed relative to now.
  const soonAt = shanghai(Date.now() - 30 * HOUR_MS);
  const lateAt = shanghai(Date.now() - 37 * HOUR_MS);
  const soonTitle = '县政府第十二次常务会议纪要';
  const lateTitle = '县政府第十一次常务会议纪要';

  await page.goto('/#/outgoing');
  await page.getByRole('button', { name: '新建拟稿' }).click();
  const form = page.getByRole('form', { name: '发文拟稿' });
  const field = (label: string) => form.getByLabel(label, { exact: true });
  await expect(field('机关代字')).toBeFocused();
  await page.keyboard.type('凤政纪');
  await page.keyboard.press('Enter');
  await page.keyboard.type('纪要');
  await page.keyboard.press('Enter');
  await expect(field('标题')).toBeFocused();
  await page.keyboard.type(soonTitle);
  await page.keyboard.press('Enter');
  await expect(field('会议类型')).toBeFocused();
  await page.keyboard.type('常务');
  await page.keyboard.press('Enter');
  await expect(field('会议时间')).toBeFocused();
  await field('拟稿单位').click();
  await page.keyboard.type('应急');
  await page.keyboard.press('Enter');
  // Minutes without their meeting time are refused under that field.
  await page.keyboard.press('Control+S');
  await expect(form.getByText('文种为纪要的，须填写会议时间')).toBeVisible();
  await field('会议时间').fill(soonAt.replace('T', ' '));
  await page.keyboard.press('Control+S');
  await expect(status(`已登记拟稿：${soonTitle}`)).toBeVisible();
  await expect(details().getByRole('row', { name: /^会议类型/ })).toHaveText('会议类型县政府常务会议');
  await expect(details().getByRole('row', { name: /^会议时间/ })).toHaveText(`会议时间${soonAt.replace('T', ' ')}`);
  const deadlines = page.getByRole('table', { name: '纪要时限' });
  await expect(deadlines.getByRole('row', { name: /送审终稿/ })).toContainText(finalDraftDue(soonAt));
  await expect(deadlines.getByRole('row', { name: /送审终稿/ })).toContainText('即将到期');

  const codes = (await call('outgoing.codes', {})) as { codes: { id: string; code: string }[] }[];
  const minutesCode = codes.flatMap((c) => c.codes).find((c) => c.code === '凤政纪')!;
  const units = (await call('units.list', {})) as { id: string; shortName: string }[];
  await call('outgoing.draft', {
    codeId: minutesCode.id,
    docType: 'minutes',
    title: lateTitle,
    draftUnitId: units.find((u) => u.shortName === '应急局')!.id,
    drafter: CLERK.displayName,
    draftDate: shanghai(Date.now()).slice(0, 10),
    mainTo: '',
    ccTo: '',
    secrecyLevel: 'none',
    secrecyPeriodMonths: null,
    urgency: 'normal',
    publicity: 'active',
    publicityReason: '',
    normative: false,
    wordCount: null,
    issuer: 'county',
    matter: 'general',
    meetingType: 'standing',
    meetingAt: lateAt,
  });

  await page.getByRole('navigation', { name: '功能' }).getByRole('link', { name: '工作台' }).click();
  const soon = page.getByRole('table', { name: '会议纪要 即将到期', exact: true });
  const soonRow = soon.getByRole('row', { name: new RegExp(soonTitle) });
  await expect(soonRow).toContainText('送审终稿');
  await expect(soonRow).toContainText(finalDraftDue(soonAt));
  await expect(soon).not.toContainText(lateTitle);
  const overdue = page.getByRole('table', { name: '会议纪要 已逾期', exact: true });
  const lateRow = overdue.getByRole('row', { name: new RegExp(lateTitle) });
  await expect(lateRow).toContainText('送审终稿');
  await expect(lateRow).toContainText(finalDraftDue(lateAt));
  await expect(lateRow).toContainText('已逾期');
  await expect(page.getByRole('table', { name: '待签发', exact: true })).toContainText(soonTitle);
  await page.screenshot({ path: `${SCREENS}/outgoing-06-home-minutes.png` });

  await lateRow.click();
  await expect(page).toHaveURL(/#\/outgoing\?id=/);
  await expect(details().getByRole('row', { name: /^标题/ })).toHaveText(`标题${lateTitle}`);
  await expect(page.getByRole('table', { name: '纪要时限' })).toContainText('已逾期');
  expect(pageErrors).toEqual([]);
});

test('导出 writes the 发文 list as filtered to an .xlsx with the 发文字号', async () => {
  await page.goto('/#/outgoing');
  await page.getByLabel('查找发文').fill('森林防火');
  const ledger = page.getByRole('table', { name: '发文登记簿' });
  await expect(ledger.locator('tbody tr')).toHaveCount(1);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^发文登记-\d{4}-\d{2}-\d{2}\.xlsx$/);
  await expect(status('已导出：')).toBeVisible();

  const saved = `${SCREENS}/outgoing-export.xlsx`;
  await file.saveAs(saved);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(saved);
  const sheet = workbook.worksheets[0];
  const rows: string[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)))));
  const [header, ...body] = rows;
  const numberAt = header.indexOf('发文字号');
  expect(numberAt).toBeGreaterThanOrEqual(0);
  // Only what the search showed: the numbered notice, not the minutes.
  expect(body).toHaveLength(1);
  expect(body[0][numberAt]).toBe('凤政办发〔2026〕1号');
  expect(body[0][header.indexOf('标题')]).toBe(TITLE);
  expect(pageErrors).toEqual([]);
});

test('修改 corrects a draft’s 标题 before 签发; after 签发 the 修改 action is gone', async () => {
  const codes = (await call('outgoing.codes', {})) as { codes: { id: string; code: string }[] }[];
  const codeId = codes.flatMap((c) => c.codes).find((c) => c.code === '凤政办发')!.id;
  const units = (await call('units.list', {})) as { id: string; fullName: string }[];
  const people = (await call('people.list', {})) as { id: string; name: string }[];
  const doc = await call('outgoing.draft', {
    codeId,
    docType: 'notice',
    title: '关于开展安全生产大检查的通知',
    draftUnitId: units.find((u) => u.fullName === '县应急管理局')!.id,
    drafter: CLERK.displayName,
    draftDate: '2026-04-01',
    secrecyLevel: 'none',
    urgency: 'normal',
    publicity: 'active',
    issuer: 'office',
    matter: 'general',
  });
  await page.goto(`/#/outgoing?id=${doc.id}`);
  await expect(details().getByRole('row', { name: /^标题/ })).toHaveText('标题关于开展安全生产大检查的通知');

  await page.getByRole('button', { name: '修改', exact: true }).click();
  const form = page.getByRole('form', { name: '修改发文拟稿' });
  await expect(form.getByLabel('机关代字', { exact: true })).toHaveValue('凤政办发');
  await form.getByLabel('标题', { exact: true }).fill('关于开展2026年安全生产大检查的通知');
  await page.keyboard.press('Control+S');
  await expect(status('已修改拟稿：关于开展2026年安全生产大检查的通知')).toBeVisible();
  await expect(details().getByRole('row', { name: /^标题/ })).toHaveText('标题关于开展2026年安全生产大检查的通知');
  await expect(details().getByRole('row', { name: /^状态/ })).toHaveText('状态拟稿');

  await call('outgoing.review', { id: doc.id, reviewer: '龙晓燕', date: '2026-04-02' });
  await call('outgoing.sign', { id: doc.id, personId: people.find((p) => p.name === DIRECTOR)!.id, step: 'sign', date: '2026-04-03' });
  await page.reload();
  await expect(details().getByRole('row', { name: /^状态/ })).toHaveText('状态已签发');
  await expect(details().getByRole('row', { name: /^标题/ })).toHaveText('标题关于开展2026年安全生产大检查的通知');
  await expect(page.getByRole('button', { name: '修改', exact: true })).toHaveCount(0);
  expect(pageErrors).toEqual([]);
});
