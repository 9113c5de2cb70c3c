import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { mkdirSync } from 'node:fs';
import { nowInShanghai, todayInShanghai } from '../../shared/dates';
import { callApi } from './api';
import { printToPdf } from './pdf';

// 用印登记 in the UI. The administrator keeps the seal catalog; then the seal keeper records a 公文用印 of a
// numbered document within its 印数 and is refused a second one beyond it; a 县长专用章 use is refused with a
// 副县长 as approver (art. 21) and accepted with the 县长; a seal taken out (外带) blocks every use until its
// return is recorded; a line is corrected (更正), another found not to have happened, both lines kept; and
// the month's 用印登记簿 prints to PDF on A4 landscape. The office, users, people, unit and the numbered,
// printed document are set up through the API (their screens are covered by foundation and outgoing specs).
test.describe.configure({ mode: 'serial' });

const OFFICE = '凤凰县人民政府办公室';
const ADMIN = { username: 'admin', displayName: '王志刚', password: 'admin-pass-2026' };
const CLERK = { username: 'zhouli', displayName: '周丽', password: 'clerk-pass-2026' };
const KEEPER = { username: 'longxy', displayName: '龙晓燕', password: 'keeper-pass-2026' };
const COUNTY_HEAD = '李建国';
const DEPUTY_HEAD = '赵明';
const DIRECTOR = '杨光明';
const TITLE = '关于做好2026年春季森林防火工作的通知';
const CORRECTION_REASON = '份数登记错误，实为2份';
const CANCEL_REASON = '申请单位撤回，当场未盖章';
const SCREENS = 'test-results/screens';

// The core works on the server's real clock: times are taken relative to now at the office.
const today = todayInShanghai(new Date());
const YEAR = today.slice(0, 4);
const MONTH = today.slice(0, 7);
const DOC_NUMBER = `凤政办发〔${YEAR}〕1号`;
/** Approved half an hour before the use, as typed in the form. */
const approvedAt = () => nowInShanghai(new Date(Date.now() - 30 * 60_000)).replace('T', ' ');
const serial = (n: number) => `${YEAR}-${n}`;

let page: Page;
const pageErrors: string[] = [];

const call = (method: string, input: unknown) => callApi(page, method, input);
const status = (text: string) => page.getByRole('status').filter({ hasText: text });
const ledger = () => page.getByRole('table', { name: '用印登记簿' });
const ledgerRow = (n: number) => ledger().getByRole('row', { name: new RegExp(`^${serial(n)}\\b`) });
const useForm = () => page.getByRole('form', { name: '登记用印' });

async function retype(text: string) {
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

/** Moves on with Enter and checks where the cursor went: the keyboard path a custodian takes. */
async function next(form: ReturnType<Page['getByRole']>, label: string) {
  await page.keyboard.press('Enter');
  await expect(form.getByLabel(label, { exact: true })).toBeFocused();
}

/** The fields after 用印类别's own (document or approver), from 用印时间 on, filled by keyboard. */
async function fillCommonFields(form: ReturnType<Page['getByRole']>, f: { copies: string; reason: string; handler: string; takeOut?: boolean }) {
  await form.getByLabel('用印时间', { exact: true }).focus();
  await next(form, '份数');
  await retype(f.copies);
  await next(form, '事由');
  await page.keyboard.type(f.reason);
  await next(form, '文件名称');
  await next(form, '申请单位');
  await page.keyboard.type('财政');
  await next(form, '经办人');
  await page.keyboard.type(f.handler);
  await next(form, '方式');
  if (f.takeOut) await retype('外带');
  await next(form, '备注');
}

/** 其他用印 of a seal: the approver from the people directory and when they approved. */
async function startOtherUse(seal: string, approver: string) {
  const form = useForm();
  await expect(form.getByLabel('印章', { exact: true })).toBeFocused();
  await retype(seal);
  await next(form, '用印类别');
  await retype('其他');
  // The approver fields replace 关联发文: the cursor lands in the first of them.
  await next(form, '批准人');
  await page.keyboard.type(approver);
  await next(form, '批准时间');
  await page.keyboard.type(approvedAt());
}

test.beforeAll(async ({ browser }) => {
  mkdirSync(SCREENS, { recursive: true });
  page = await browser.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto('/');
  await call('auth.setup', { officeName: OFFICE, ...ADMIN });
  await call('units.add', { fullName: '县财政局', shortName: '财政局', category: 'countyDept', initialsOverride: '' });
  await call('units.add', { fullName: '县应急管理局', shortName: '应急局', category: 'countyDept', initialsOverride: '' });
  for (const [name, title] of [
    [COUNTY_HEAD, '县长'],
    [DEPUTY_HEAD, '副县长'],
    [DIRECTOR, '办公室主任'],
  ]) {
    await call('people.add', { name, title, unitId: null, initialsOverride: '' });
  }
  await call('users.add', { ...CLERK, roles: ['clerk'] });
  await call('users.add', { ...KEEPER, roles: ['sealKeeper'] });

  // The clerk's document: signed, numbered and printed in 3 copies, ready to be stamped.
  await call('auth.logout', {});
  await call('auth.login', { username: CLERK.username, password: CLERK.password });
  const codes = (await call('outgoing.codes', {})) as { codes: { id: string; code: string }[] }[];
  const units = (await call('units.list', {})) as { id: string; shortName: string }[];
  const people = (await call('people.list', {})) as { id: string; name: string }[];
  const doc = await call('outgoing.draft', {
    codeId: codes.flatMap((c) => c.codes).find((c) => c.code === '凤政办发')!.id,
    docType: 'notice',
    title: TITLE,
    draftUnitId: units.find((u) => u.shortName === '应急局')!.id,
    drafter: CLERK.displayName,
    draftDate: today,
    secrecyLevel: 'none',
    urgency: 'normal',
    publicity: 'active',
    issuer: 'office',
    matter: 'general',
  });
  await call('outgoing.review', { id: doc.id, reviewer: '吴静', date: today });
  await call('outgoing.sign', { id: doc.id, personId: people.find((p) => p.name === DIRECTOR)!.id, step: 'sign', date: today });
  await call('outgoing.takeNumber', { id: doc.id });
  await call('outgoing.print', { id: doc.id, copies: 3, printedDate: today });

  await call('auth.logout', {});
  await call('auth.login', { username: ADMIN.username, password: ADMIN.password });
  await page.goto('/#/seals/catalog');
  await page.reload();
});

test.afterAll(async () => {
  await page.close();
});

test('the administrator finds the seals of art. 21, names a custodian, adds a seal and retires it', async () => {
  const catalog = page.getByRole('table', { name: '印章' });
  for (const name of ['县人民政府印章', '县政府办印章', '县长专用章']) await expect(catalog).toContainText(name);
  await expect(catalog.getByRole('row', { name: /^县长专用章/ })).toContainText('使用县长专用章须请示县长本人同意');

  await catalog.getByRole('row', { name: /^县政府办印章/ }).click();
  const edit = page.getByRole('form', { name: '修改印章' });
  await edit.getByLabel('保管人').fill(KEEPER.displayName);
  await page.keyboard.press('Control+S');
  await expect(status('已保存：县政府办印章')).toBeVisible();
  await expect(catalog.getByRole('row', { name: /^县政府办印章/ })).toContainText(KEEPER.displayName);

  await page.keyboard.press('Control+N');
  const add = page.getByRole('form', { name: '新增印章' });
  await expect(add.getByLabel('印章名称')).toBeFocused();
  await page.keyboard.type('县政府办合同专用章');
  await next(add, '保管人');
  await page.keyboard.type(KEEPER.displayName);
  await next(add, '审批人职务');
  // Enter adds each 职务 and stays; Enter in the empty box moves on.
  for (const title of ['办公室主任', '办公室副主任']) {
    await page.keyboard.type(title);
    await page.keyboard.press('Enter');
    await expect(add.getByLabel('审批人职务')).toBeFocused();
  }
  await next(add, '审批规定');
  await page.keyboard.type('使用合同专用章须经县政府办主任或副主任审批同意');
  await page.keyboard.press('Control+S');
  await expect(status('已新增：县政府办合同专用章')).toBeVisible();
  const added = catalog.getByRole('row', { name: /^县政府办合同专用章/ });
  await expect(added).toContainText('办公室主任、办公室副主任');
  await expect(added).toContainText('在用');

  await added.click();
  await page.getByRole('form', { name: '修改印章' }).getByLabel('停用').check();
  await page.keyboard.press('Control+S');
  await expect(status('已保存：县政府办合同专用章')).toBeVisible();
  await expect(added).toContainText('停用');
  await page.screenshot({ path: `${SCREENS}/seals-00-catalog.png` });

  await call('auth.logout', {});
  await call('auth.login', { username: KEEPER.username, password: KEEPER.password });
  await page.goto('/#/seals');
  await page.reload();
  expect(pageErrors).toEqual([]);
});

test('the seal keeper stamps 2 of the 3 printed copies of a numbered document through the form', async () => {
  await expect(page.getByText('还没有用印登记。按 Ctrl+N 登记第一次用印。')).toBeVisible();
  await page.keyboard.press('Control+N');
  const form = useForm();
  await expect(form.getByLabel('印章', { exact: true })).toBeFocused();
  await page.keyboard.type('县政府办');
  await next(form, '用印类别');
  await expect(form.getByLabel('用印类别', { exact: true })).toHaveValue('公文用印');
  await next(form, '关联发文');
  await page.keyboard.type('森林防火');
  await expect(page.getByRole('option', { name: new RegExp(DOC_NUMBER) })).toContainText('印数 3 份，已用印 0 份');
  await next(form, '用印时间');
  await expect(form.getByLabel('关联发文', { exact: true })).toHaveValue(`${DOC_NUMBER} ${TITLE}`);
  // The document's title is the usual 文件名称.
  await expect(form.getByLabel('文件名称', { exact: true })).toHaveValue(TITLE);
  await expect(form.getByLabel('用印时间', { exact: true })).toHaveValue(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
  await fillCommonFields(form, { copies: '2', reason: '印发森林防火工作通知', handler: '王强' });
  await page.screenshot({ path: `${SCREENS}/seals-01-document-use.png` });
  await page.keyboard.press('Control+S');
  await expect(status(`已登记用印：序号 ${serial(1)}（县政府办印章）`)).toBeVisible();
  const row = ledgerRow(1);
  await expect(row).toContainText(DOC_NUMBER);
  await expect(row).toContainText('县政府办印章');
  await expect(row).toContainText('公文已签发');
  await expect(row).toContainText(KEEPER.displayName);
  expect(pageErrors).toEqual([]);
});

test('a second 公文用印 of 2 more copies is refused beyond the 印数, and what was typed stays', async () => {
  // The form is ready for the next use, with the same seal and kind.
  const form = useForm();
  await expect(form.getByLabel('印章', { exact: true })).toBeFocused();
  await expect(form.getByLabel('印章', { exact: true })).toHaveValue('县政府办印章');
  await next(form, '用印类别');
  await next(form, '关联发文');
  await page.keyboard.type(DOC_NUMBER.slice(0, 4));
  await expect(page.getByRole('option', { name: new RegExp(DOC_NUMBER) })).toContainText('印数 3 份，已用印 2 份');
  await next(form, '用印时间');
  await fillCommonFields(form, { copies: '2', reason: '补印森林防火工作通知', handler: '王强' });
  await page.keyboard.press('Control+S');
  await expect(form.getByText(`${DOC_NUMBER}印数 3 份，已用印 2 份，本次最多还能用印 1 份`)).toBeVisible();
  await expect(form.getByLabel('份数', { exact: true })).toBeFocused();
  await expect(form.getByLabel('事由', { exact: true })).toHaveValue('补印森林防火工作通知');
  await expect(form.getByLabel('份数', { exact: true })).toHaveValue('2');
  await page.screenshot({ path: `${SCREENS}/seals-02-beyond-copies.png` });
  await page.keyboard.press('Escape');
  await expect(form).toHaveCount(0);
  await expect(ledger().locator('tbody tr')).toHaveCount(1);
});

test('the 县长专用章 is refused with a 副县长 as approver (art. 21) and accepted with the 县长', async () => {
  await page.getByRole('button', { name: '登记用印' }).click();
  const form = useForm();
  await startOtherUse('县长专用章', DEPUTY_HEAD);
  await expect(form.getByText('县长专用章由县长批准。使用县长专用章须请示县长本人同意')).toBeVisible();
  await fillCommonFields(form, { copies: '1', reason: '县长签署招商引资合作协议', handler: '陈刚' });
  await page.keyboard.press('Control+S');
  await expect(form.getByText(/第二十一条.*副县长赵明不能批准使用县长专用章/)).toBeVisible();
  await expect(form.getByLabel('批准人', { exact: true })).toBeFocused();
  await page.screenshot({ path: `${SCREENS}/seals-03-approver-refused.png` });
  await retype(COUNTY_HEAD);
  await page.keyboard.press('Enter');
  await expect(form.getByLabel('批准人', { exact: true })).toHaveValue(`${COUNTY_HEAD}（县长）`);
  await page.keyboard.press('Control+S');
  await expect(status(`已登记用印：序号 ${serial(2)}（县长专用章）`)).toBeVisible();
  await expect(ledgerRow(2)).toContainText(`${COUNTY_HEAD}（县长）`);
  expect(pageErrors).toEqual([]);
});

test('a seal taken out (外带) blocks another use until its return is recorded', async () => {
  await page.getByRole('button', { name: '登记用印' }).click();
  const form = useForm();
  await startOtherUse('县人民政府印章', COUNTY_HEAD);
  await fillCommonFields(form, { copies: '1', reason: '携印赴市自然资源局办理土地报批手续', handler: '刘洋', takeOut: true });
  await expect(form.getByLabel('方式', { exact: true })).toHaveValue('外带');
  await page.keyboard.press('Control+S');
  await expect(status(`已登记用印：序号 ${serial(3)}（县人民政府印章）`)).toBeVisible();
  await expect(ledgerRow(3)).toContainText('外带，未归还');
  const out = page.getByRole('region', { name: /^外带未还（\d+）$/ });
  await expect(out).toContainText('县人民政府印章');
  await expect(out).toContainText(`${serial(3)}`);

  // The next form keeps the seal: another use while it is out is refused, the reason said plainly.
  await expect(form.getByLabel('印章', { exact: true })).toHaveValue('县人民政府印章（外带中）');
  await expect(form.getByRole('note')).toContainText('登记归还后才能再用印');
  await next(form, '用印类别');
  await expect(form.getByLabel('用印类别', { exact: true })).toHaveValue('其他用印');
  await next(form, '批准人');
  await page.keyboard.type(COUNTY_HEAD);
  await next(form, '批准时间');
  await page.keyboard.type(approvedAt());
  await fillCommonFields(form, { copies: '3', reason: '出具财政资金使用情况证明', handler: '王强' });
  await page.keyboard.press('Control+S');
  await expect(form.getByRole('alert')).toContainText(`县人民政府印章已外带（序号 ${serial(3)}`);
  await expect(form.getByRole('alert')).toContainText('归还登记之前不能再用印');
  await page.screenshot({ path: `${SCREENS}/seals-04-out.png` });

  await out.getByRole('button', { name: '登记归还县人民政府印章' }).click();
  const back = page.getByRole('form', { name: '登记归还' });
  await expect(back.getByLabel('归还时间')).toBeFocused();
  await expect(back.getByLabel('归还时间')).toHaveValue(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
  await page.keyboard.press('Control+S');
  await expect(status(`已登记归还：县人民政府印章（序号 ${serial(3)}）`)).toBeVisible();
  await expect(out).toHaveCount(0);
  await expect(ledgerRow(3)).toContainText(/外带，\d{4}-\d{2}-\d{2} \d{2}:\d{2}归还/);

  await page.keyboard.press('Control+N');
  await startOtherUse('县人民政府印章', COUNTY_HEAD);
  await fillCommonFields(form, { copies: '3', reason: '出具财政资金使用情况证明', handler: '王强' });
  await page.keyboard.press('Control+S');
  await expect(status(`已登记用印：序号 ${serial(4)}（县人民政府印章）`)).toBeVisible();
  expect(pageErrors).toEqual([]);
});

test('更正 adds a line that says what it corrects and why; the corrected line stays and says so', async () => {
  await ledgerRow(2).click();
  const view = page.getByRole('region', { name: '用印登记详情' });
  await view.getByRole('button', { name: '更正' }).click();
  const form = page.getByRole('form', { name: '更正用印登记' });
  await expect(form.getByLabel('印章', { exact: true })).toHaveValue('县长专用章');
  await expect(form.getByLabel('批准人', { exact: true })).toHaveValue(`${COUNTY_HEAD}（县长）`);
  await expect(form.getByLabel('事由', { exact: true })).toHaveValue('县长签署招商引资合作协议');
  await form.getByLabel('份数', { exact: true }).fill('2');
  // Without a reason the core would refuse: the form says so under the field first.
  await page.keyboard.press('Control+S');
  await expect(form.getByText('请填写更正原因')).toBeVisible();
  await form.getByLabel('更正原因').fill(CORRECTION_REASON);
  await page.keyboard.press('Control+S');
  await expect(status(`已登记更正：序号 ${serial(5)}，更正序号 ${serial(2)}`)).toBeVisible();

  const original = ledgerRow(2);
  await expect(original).toContainText('已更正');
  await expect(original).toContainText(`已由序号 ${serial(5)} 更正`);
  const correction = ledgerRow(5);
  await expect(correction).toContainText(`更正序号 ${serial(2)}：${CORRECTION_REASON}`);
  await expect(correction).toContainText('县长专用章');
  await expect(page.getByRole('region', { name: '用印登记详情' })).toContainText(`更正序号 ${serial(2)}：${CORRECTION_REASON}`);

  // A use found not to have happened: 未实际用印, the line itself kept as written.
  await ledgerRow(4).click();
  await page.getByRole('region', { name: '用印登记详情' }).getByRole('button', { name: '更正' }).click();
  const cancel = page.getByRole('form', { name: '更正用印登记' });
  await cancel.getByLabel('更正原因').fill(CANCEL_REASON);
  await cancel.getByLabel('未实际用印（登记有误）').check();
  await page.keyboard.press('Control+S');
  await expect(status(`已登记更正：序号 ${serial(6)}，更正序号 ${serial(4)}`)).toBeVisible();
  await expect(ledgerRow(6)).toContainText(`更正序号 ${serial(4)}：${CANCEL_REASON}（未实际用印）`);
  await expect(ledgerRow(4)).toContainText(`已由序号 ${serial(6)} 更正`);
  await expect(ledger().locator('tbody tr[data-index]')).toHaveCount(6);
  await page.screenshot({ path: `${SCREENS}/seals-05-corrected.png` });
  expect(pageErrors).toEqual([]);
});

test('校验 finds the ledger intact', async () => {
  await page.getByRole('button', { name: '校验', exact: true }).click();
  await expect(page.getByRole('status', { name: '校验结果' })).toHaveText(/^用印登记簿完整：共 \d+ 条，校验通过$/);
});

test('the month’s 用印登记簿 prints on A4 landscape with the entries and the corrections', async () => {
  await page.getByRole('button', { name: '打印登记簿' }).click();
  const choose = page.getByRole('form', { name: '打印用印登记簿' });
  await expect(choose.getByLabel('月份')).toHaveValue(MONTH);
  await choose.getByRole('button', { name: '预览' }).click();
  await expect(page).toHaveURL(new RegExp(`#/print/seal-ledger\\?month=${MONTH}$`));
  const sheet = page.getByRole('article', { name: '用印登记簿 第 1 页' });
  await expect(sheet.getByRole('heading', { name: `${OFFICE}用印登记簿` })).toBeVisible();
  await expect(sheet).toContainText('第 1 页 共 1 页');
  await expect(sheet).toContainText(DOC_NUMBER);
  await page.screenshot({ path: `${SCREENS}/seals-06-ledger-sheet.png` });

  const pdf = await printToPdf(page, `${SCREENS}/seal-ledger.pdf`);
  expect(pdf.pages).toBe(1);
  // Landscape: wider than tall.
  expect(pdf.pageSize).toMatch(/^84\d(\.\d+)? x 59\d(\.\d+)? pts \(A4\)$/);
  expect(pdf.flat).toContain(`${OFFICE}用印登记簿`);
  expect(pdf.flat).toContain(`${YEAR}年${Number(MONTH.slice(5))}月`);
  expect(pdf.flat).toContain(DOC_NUMBER);
  expect(pdf.flat).toContain('印发森林防火工作通知');
  expect(pdf.flat).toContain('携印赴市自然资源局办理土地报批手续');
  expect(pdf.flat).toContain(`${COUNTY_HEAD}（县长）`);
  expect(pdf.flat).toContain(`更正序号${serial(2)}：${CORRECTION_REASON}`);
  expect(pdf.flat).toContain(`已由序号${serial(5)}更正`);
  expect(pdf.flat).toContain(`更正序号${serial(4)}：${CANCEL_REASON}（未实际用印）`);
  expect(pdf.flat).toContain('第1页共1页');
  expect(pdf.flat).not.toContain('返回用印登记');
  expect(pageErrors).toEqual([]);
});

test('用印统计 counts the uses as corrected, per seal and month and per 申请单位', async () => {
  await page.goto('/#/seals');
  await page.getByRole('link', { name: '用印统计' }).click();
  await expect(page).toHaveURL(/#\/seals\/stats$/);
  const bySeal = page.getByRole('table', { name: '各印章每月用印' });
  // 县政府办印章 2 copies; 县长专用章 2 (as corrected); 县人民政府印章 1 (the use that did not happen left out).
  const totals = bySeal.getByRole('row').filter({ hasText: '合计' });
  await expect(totals.locator('td').last()).toHaveText('3');
  await expect(bySeal.getByRole('row').last().locator('td').last()).toHaveText('5');
  const unit = page.getByRole('table', { name: '各申请单位用印' }).getByRole('row').filter({ hasText: '县财政局' });
  await expect(unit.locator('td')).toHaveText(['县财政局', '3', '5']);
  await expect(page.getByRole('img', { name: `${YEAR}年各印章每月用印次数` })).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/seals-07-stats.png` });
  expect(pageErrors).toEqual([]);
});

test('导出 writes the ledger as filtered to an .xlsx, the 更正 spelled out', async () => {
  await page.goto('/#/seals');
  await page.getByRole('combobox', { name: '印章', exact: true }).click();
  await page.getByRole('option', { name: '县长专用章' }).click();
  await expect(ledger().locator('tbody tr[data-index]')).toHaveCount(2);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^用印登记-\d{4}-\d{2}-\d{2}\.xlsx$/);
  await expect(status('已导出：')).toBeVisible();

  const saved = `${SCREENS}/seals-export.xlsx`;
  await file.saveAs(saved);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(saved);
  const rows: string[][] = [];
  workbook.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)))));
  const [header, ...body] = rows;
  const at = (name: string) => header.indexOf(name);
  // Only what the filter showed: the 县长专用章 use and its 更正, in the order of the book.
  expect(body.map((r) => r[at('序号')])).toEqual([serial(2), serial(5)]);
  expect(body[1][at('更正')]).toBe(`更正序号 ${serial(2)}：${CORRECTION_REASON}`);
  expect(pageErrors).toEqual([]);
});
