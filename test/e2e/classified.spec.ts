import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { addDays, todayInShanghai } from '../../shared/dates';
import { callApi } from './api';
import { printToPdf } from './pdf';

// 密件传阅 and 销毁登记 as a new secrecy officer meets them, in the UI: registers a 机密 document with
// 份号 1-3 and two readers, circulates copy 1 to reader A and back and on to reader B (refused for a
// reader outside the 知悉范围 and for 横传), sends copy 2 yesterday morning and finds it overdue on the
// board and the 工作台, runs a 清查 with one discrepancy, returns copy 3 to its issuer, destroys copy 1
// in an approved batch with two 监销人, is refused circulating it afterwards and prints the 销毁清单.
// The office, the officer, the readers and the issuer are set up through the API (foundation.spec.ts covers those screens).
test.describe.configure({ mode: 'serial' });

const OFFICE = '凤凰县人民政府办公室';
const ADMIN = { username: 'admin', displayName: '王志刚', password: 'admin-pass-2026' };
const OFFICER = { username: 'wubm', displayName: '吴保密', password: 'secret-pass-2026' };
const ISSUER = '市人民政府办公室';
const APPROVER = '杨光明';
const TITLE = '关于做好汛期安全防范工作的意见';
const DOC_NUMBER = '市办秘〔2026〕9号';
const INSTRUCTION = '已阅，请按要求落实。';
const SCREENS = 'test-results/screens';

const today = todayInShanghai(new Date());
const YEAR = today.slice(0, 4);
const SERIAL = `${YEAR}-1`;

let page: Page;
const pageErrors: string[] = [];

const call = (method: string, input: unknown) => callApi(page, method, input);

async function retype(text: string) {
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

const status = (text: string) => page.getByRole('status').filter({ hasText: text });
const nav = () => page.getByRole('navigation', { name: '功能' });
const copies = () => page.getByRole('table', { name: '各份去向' });
const copyRow = (copyNo: string) => copies().getByRole('row', { name: new RegExp(`^${copyNo}`) });
const stepForm = (name: string) => page.getByRole('form', { name });

async function openDocument() {
  await nav().getByRole('link', { name: '密件传阅' }).click();
  await page.getByRole('table', { name: '密件登记簿' }).getByRole('row', { name: new RegExp(TITLE) }).click();
  await expect(page.getByRole('heading', { name: `密件 ${SERIAL}` })).toBeVisible();
}

/** 送阅 by keyboard, from the 份号 field the form opens on. */
async function send(reader: string, folderNo: string, options: { copyNo?: string; sentAt?: string } = {}) {
  const form = stepForm('送阅');
  await expect(form.getByLabel('份号')).toBeFocused();
  if (options.copyNo) await page.keyboard.type(options.copyNo);
  await page.keyboard.press('Enter');
  await expect(form.getByLabel('阅件人')).toBeFocused();
  await page.keyboard.type(reader);
  await page.keyboard.press('Enter');
  await expect(form.getByLabel('夹号')).toBeFocused();
  await page.keyboard.type(folderNo);
  if (options.sentAt) {
    await page.keyboard.press('Enter');
    await retype(options.sentAt);
  }
  await page.keyboard.press('Control+S');
}

/** 登记退回 with the reader's 阅签 (and 批示, if any) by keyboard. */
async function receive(copyNo: string, instruction = '') {
  await copyRow(copyNo).getByRole('button', { name: `登记退回 ${copyNo}` }).click();
  const form = stepForm('登记退回');
  await expect(form.getByLabel('退回时间')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(form.getByLabel('阅签')).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  await expect(form.getByLabel('批示')).toBeFocused();
  await page.keyboard.type(instruction);
  await page.keyboard.press('Control+S');
}

test.beforeAll(async ({ browser }) => {
  mkdirSync(SCREENS, { recursive: true });
  page = await browser.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto('/');
  await call('auth.setup', { officeName: OFFICE, ...ADMIN });
  await call('units.add', { fullName: ISSUER, shortName: '市政府办', category: 'higherLevel', initialsOverride: '' });
  for (const name of ['读者A', '读者B', '读者C']) await call('people.add', { name, title: '副县长', unitId: null, initialsOverride: '' });
  await call('people.add', { name: APPROVER, title: '办公室主任', unitId: null, initialsOverride: '' });
  await call('users.add', { ...OFFICER, roles: ['secrecyOfficer'] });
  await page.reload();
});

test.afterAll(async () => {
  await page.close();
});

test('the administrator finds the day’s return time of classified copies in 设置', async () => {
  await nav().getByRole('link', { name: '设置' }).click();
  await expect(page.getByLabel('密件当日退回时间')).toHaveValue('17:30');

  await call('auth.logout', {});
  await call('auth.login', { username: OFFICER.username, password: OFFICER.password });
  await page.reload();
  // 设置 is not the officer's: the officer lands on the 工作台.
  await expect(page).toHaveURL(/#\/home$/);
});

test('the secrecy officer registers a 机密 document with 份号 1-3 and readers A and B, by keyboard', async () => {
  await expect(page.getByRole('region', { name: '逾期未退', exact: true })).toContainText('0');
  await nav().getByRole('link', { name: '密件传阅' }).click();
  await expect(page.getByText('还没有密件。按 Ctrl+N 登记第一份。')).toBeVisible();
  await page.keyboard.press('Control+N');
  const form = stepForm('登记密件');
  const field = (label: string) => form.getByLabel(label, { exact: true });
  const next = async (label: string) => {
    await page.keyboard.press('Enter');
    await expect(field(label)).toBeFocused();
  };
  await expect(field('登记方式')).toBeFocused();
  await page.keyboard.type('纸质');
  await next('标题');
  await page.keyboard.type(TITLE);
  await next('来文字号');
  await page.keyboard.type(DOC_NUMBER);
  await next('发文机关');
  await page.keyboard.type('市政府办');
  await next('密级');
  await page.keyboard.type('机密');
  await next('保密期限');
  await expect(field('保密期限')).toHaveValue('20年');
  await next('收到日期');
  await expect(field('收到日期')).toHaveValue(today);
  await next('份号');
  await page.keyboard.type('1-3');
  await next('知悉范围');
  // Enter after a typed name takes that reader and stays for the next one.
  await page.keyboard.type('读者A');
  await page.keyboard.press('Enter');
  await expect(field('知悉范围')).toBeFocused();
  await page.keyboard.type('读者B');
  await page.keyboard.press('Enter');
  await next('清退要求');
  await expect(field('清退要求')).toHaveValue('留存');
  await page.screenshot({ path: `${SCREENS}/classified-01-register.png` });
  await page.keyboard.press('Control+S');

  await expect(status(`已登记密件：${SERIAL} ${TITLE}`)).toBeVisible();
  const facts = page.getByRole('table', { name: '密件详情' });
  await expect(facts.getByRole('row', { name: /^知悉范围/ })).toHaveText('知悉范围读者A（副县长）、读者B（副县长）');
  await expect(facts.getByRole('row', { name: /^份号/ })).toHaveText('份号000001-000003');
  for (const copyNo of ['000001', '000002', '000003']) await expect(copyRow(copyNo)).toContainText('在库');
  const ledger = page.getByRole('table', { name: '密件登记簿' });
  await expect(ledger.getByRole('row', { name: new RegExp(TITLE) })).toContainText('在库 3');
  expect(pageErrors).toEqual([]);
});

test('copy 1 goes to reader A and back, is refused to reader C outside the 知悉范围, goes to B, and is refused 横传', async () => {
  await copyRow('000001').getByRole('button', { name: '送阅 000001' }).click();
  await send('读者A', '1');
  await expect(status('已送阅：份号 000001 交 读者A')).toBeVisible();
  await expect(copyRow('000001')).toContainText('传阅中');
  await expect(copyRow('000001')).toContainText('读者A，夹号 1');

  await receive('000001', INSTRUCTION);
  await expect(status('已登记退回：份号 000001（读者A）')).toBeVisible();
  await expect(copyRow('000001')).toContainText('在库');
  await expect(page.getByRole('table', { name: '传阅记录' })).toContainText(`读者A，已阅签；批示：${INSTRUCTION}`);

  // Reader C is in the directory but not in the 知悉范围 (R24): the core's sentence shows under 阅件人.
  await copyRow('000001').getByRole('button', { name: '送阅 000001' }).click();
  await send('读者C', '1');
  const form = stepForm('送阅');
  await expect(form.getByText('读者C不在此件的知悉范围内，不能送阅。知悉范围：读者A、读者B')).toBeVisible();
  await expect(form.getByLabel('阅件人')).toBeFocused();
  await retype('读者B');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+S');
  await expect(status('已送阅：份号 000001 交 读者B')).toBeVisible();
  await expect(copyRow('000001')).toContainText('读者B，夹号 1');

  // 横传 (R25): copy 1 is with B; it must come back to the officer before it goes to A.
  await page.getByRole('button', { name: '送阅', exact: true }).click();
  await send('读者A', '3', { copyNo: '000001' });
  await expect(form.getByRole('alert')).toHaveText('份号 000001正在读者B处传阅（夹号 1），不得横传：须先退回保密员，登记退回后再送下一位。');
  await page.screenshot({ path: `${SCREENS}/classified-02-refused.png` });
  await form.getByRole('button', { name: '取消' }).click();
  await expect(copyRow('000001')).toContainText('读者B，夹号 1');
  expect(pageErrors).toEqual([]);
});

test('copy 2, sent yesterday morning, is overdue on the record, the 传阅看板 and the 工作台', async () => {
  const yesterday = addDays(today, -1);
  await copyRow('000002').getByRole('button', { name: '送阅 000002' }).click();
  await send('读者A', '2', { sentAt: `${yesterday} 09:00` });
  await expect(status('已送阅：份号 000002 交 读者A')).toBeVisible();
  await expect(copyRow('000002')).toContainText('逾期');
  await expect(copyRow('000002')).toContainText(`应于 ${yesterday} 17:30 前退回`);

  await page.getByRole('link', { name: '传阅看板' }).click();
  const board = page.getByRole('table', { name: '传阅中的密件' });
  const late = board.getByRole('row', { name: /000002/ });
  await expect(late).toContainText('读者A');
  await expect(late).toContainText(`${yesterday} 09:00`);
  await expect(late).toContainText('已逾期');
  await expect(late).toContainText(/\d+天|\d+小时/);
  await expect(board.getByRole('row', { name: /000001/ })).toContainText('读者B');
  await page.screenshot({ path: `${SCREENS}/classified-03-board.png` });

  await nav().getByRole('link', { name: '工作台' }).click();
  const overdue = page.getByRole('table', { name: '逾期未退的密件' });
  await expect(overdue.getByRole('row', { name: /000002/ })).toContainText('读者A');
  await expect(page.getByRole('region', { name: '传阅中', exact: true })).toContainText('2');
  await page.screenshot({ path: `${SCREENS}/classified-04-home.png` });
  await overdue.getByRole('row', { name: /000002/ }).click();
  await expect(page).toHaveURL(/#\/classified\?id=/);
  await expect(page.getByRole('heading', { name: `密件 ${SERIAL}` })).toBeVisible();
  expect(pageErrors).toEqual([]);
});

test('a 清查 with one copy not seen ends with one discrepancy, resolved with a note', async () => {
  await page.getByRole('link', { name: '清查', exact: true }).click();
  await expect(page.getByText('还没有清查过。')).toBeVisible();
  await page.getByRole('button', { name: '开始清查' }).click();
  await expect(status('已开始清查：共 3 份待确认')).toBeVisible();
  const items = page.getByRole('table', { name: '清查清单' });
  await expect(items.getByRole('row', { name: /000001/ })).toContainText('传阅中 读者B');
  await expect(items.getByRole('row', { name: /000003/ })).toContainText('在库');
  for (const copyNo of ['000001', '000003']) {
    await items.getByRole('row', { name: new RegExp(copyNo) }).getByRole('button', { name: '确认' }).click();
    await expect(items.getByRole('row', { name: new RegExp(copyNo) })).toContainText('已确认');
  }
  await page.getByRole('button', { name: '结束清查' }).click();
  await expect(status('清查已结束：1 份未确认，列为差异')).toBeVisible();
  const found = page.getByRole('table', { name: '清查差异' });
  await expect(found.getByRole('row', { name: /000002/ })).toContainText('传阅中 读者A');

  await nav().getByRole('link', { name: '工作台' }).click();
  await expect(page.getByRole('table', { name: '未处理的清查差异' }).getByRole('row', { name: /000002/ })).toBeVisible();
  await page.getByRole('table', { name: '未处理的清查差异' }).getByRole('row', { name: /000002/ }).click();
  await expect(page).toHaveURL(/#\/classified\/check$/);

  await found.getByRole('row', { name: /000002/ }).getByRole('button', { name: '处理' }).click();
  const resolve = stepForm('处理差异');
  await expect(resolve.getByLabel('处理说明')).toBeFocused();
  await page.keyboard.type('读者A出差带走，已电话核实，明日退回。');
  await page.keyboard.press('Control+S');
  await expect(status(`已处理差异：${SERIAL} 份号 000002`)).toBeVisible();
  await expect(found.getByRole('row', { name: /000002/ })).toContainText('读者A出差带走，已电话核实，明日退回。');
  await page.screenshot({ path: `${SCREENS}/classified-05-check.png` });
  expect(pageErrors).toEqual([]);
});

test('copy 3 goes back to its issuer (清退), and the 密件传阅单 prints on one A4 page', async () => {
  await openDocument();
  await copyRow('000003').getByRole('button', { name: '清退 000003' }).click();
  const form = stepForm('清退');
  await expect(form.getByLabel('清退日期')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(form.getByLabel('接收单位')).toHaveValue(ISSUER);
  await page.keyboard.press('Enter');
  await expect(form.getByLabel('接收人')).toBeFocused();
  await page.keyboard.type('张收文');
  await page.keyboard.press('Control+S');
  await expect(status(`已清退：份号 000003 交回${ISSUER}`)).toBeVisible();
  await expect(copyRow('000003')).toContainText('已清退');
  await expect(copyRow('000003')).toContainText(`${ISSUER}，接收人 张收文`);
  await expect(copyRow('000003').getByRole('button')).toHaveCount(0);

  await page.getByRole('link', { name: '打印传阅单' }).click();
  await expect(page).toHaveURL(/#\/print\/circulation-slip\//);
  const sheet = page.getByRole('article', { name: '密件传阅单' });
  await expect(sheet.getByRole('heading', { name: `${OFFICE}密件传阅单` })).toBeVisible();
  const printed = await printToPdf(page, `${SCREENS}/circulation-slip.pdf`);
  expect(printed.flat).toContain(`${OFFICE}密件传阅单`);
  expect(printed.flat).toContain(DOC_NUMBER);
  expect(printed.flat).toContain('读者A、读者B');
  expect(printed.flat).toContain(INSTRUCTION);
  expect(printed.flat).not.toContain('返回密件');
  expect(printed.pages).toBe(1);
  expect(printed.pageSize).toContain('A4');
  await page.screenshot({ path: `${SCREENS}/classified-06-slip.png` });
  expect(pageErrors).toEqual([]);
});

test('copy 1, back from B, is destroyed in an approved batch with two 监销人 and can never circulate again', async () => {
  await openDocument();
  await receive('000001');
  await expect(status('已登记退回：份号 000001（读者B）')).toBeVisible();

  await nav().getByRole('link', { name: '销毁登记' }).click();
  await expect(page.getByText('还没有销毁批次。按 Ctrl+N 新建第一个批次。')).toBeVisible();
  await page.getByRole('button', { name: '新建批次' }).click();
  const draft = stepForm('新建销毁批次');
  await expect(draft.getByLabel('申请人')).toHaveValue(OFFICER.displayName);
  await page.keyboard.press('Control+S');
  await expect(status(`已新建销毁批次：${SERIAL}`)).toBeVisible();

  await page.getByRole('button', { name: '添加物品' }).click();
  const add = stepForm('添加销毁物品');
  await expect(add.getByLabel('类别')).toHaveValue('密件');
  await page.keyboard.press('Enter');
  await expect(add.getByLabel('密件份号')).toBeFocused();
  await page.keyboard.type('000001');
  await page.keyboard.press('Enter');
  await expect(add.getByLabel('销毁原因')).toBeFocused();
  await page.keyboard.type('阅毕，无保存价值');
  await page.keyboard.press('Control+S');
  await expect(status(`已列入销毁清单：${TITLE}`)).toBeVisible();
  await expect(page.getByRole('table', { name: '销毁物品' })).toContainText('份号 000001');

  await page.getByRole('button', { name: '审批', exact: true }).click();
  const approve = stepForm('审批');
  await expect(approve.getByLabel('审批人')).toBeFocused();
  await page.keyboard.type(APPROVER);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+S');
  await expect(status(`已审批：销毁批次 ${SERIAL}，审批人 ${APPROVER}`)).toBeVisible();

  await page.getByRole('button', { name: '执行销毁' }).click();
  const execute = stepForm('执行销毁');
  const field = (label: string) => execute.getByLabel(label, { exact: true });
  await expect(field('销毁时间')).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.type('粉碎');
  await page.keyboard.press('Enter');
  await expect(field('机构或设备')).toBeFocused();
  await page.keyboard.type('保密碎纸机 BM-03');
  await page.keyboard.press('Enter');
  await page.keyboard.type('县政府办保密室');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(field('监销人')).toBeFocused();
  await page.keyboard.type('龙晓燕');
  await page.keyboard.press('Control+S');
  await expect(execute.getByText('监销人至少两人，用顿号分开')).toBeVisible();
  await expect(field('监销人')).toBeFocused();
  await retype('龙晓燕、田小军');
  await page.keyboard.press('Control+S');
  await expect(status(`已销毁：销毁批次 ${SERIAL}`)).toBeVisible();
  const facts = page.getByRole('table', { name: '销毁批次详情' });
  await expect(facts.getByRole('row', { name: /^状态/ })).toHaveText('状态已销毁');
  await expect(facts.getByRole('row', { name: /^监销人/ })).toHaveText('监销人龙晓燕、田小军');
  await page.screenshot({ path: `${SCREENS}/classified-07-destroyed.png` });

  // R30: a destroyed copy never circulates again; the core's sentence says so.
  await openDocument();
  await expect(copyRow('000001')).toContainText('已销毁');
  await expect(copyRow('000001')).toContainText(`销毁批次 ${SERIAL}`);
  await page.getByRole('button', { name: '送阅', exact: true }).click();
  await send('读者A', '1', { copyNo: '000001' });
  await expect(stepForm('送阅').getByRole('alert')).toHaveText('份号 000001已销毁，不能传阅。');
  expect(pageErrors).toEqual([]);
});

test('the 销毁清单 prints on A4 with the batch, the 份号 000001 and a line for each signature', async () => {
  await nav().getByRole('link', { name: '销毁登记' }).click();
  await page.getByRole('table', { name: '销毁登记簿' }).getByRole('row', { name: new RegExp(SERIAL) }).click();
  await page.getByRole('link', { name: '打印销毁清单' }).click();
  await expect(page).toHaveURL(/#\/print\/destruction-sheet\//);
  const sheet = page.getByRole('article', { name: '销毁清单' });
  await expect(sheet.getByRole('heading', { name: `${OFFICE}销毁清单` })).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/classified-08-destruction-sheet.png` });

  const printed = await printToPdf(page, `${SCREENS}/destruction-sheet.pdf`);
  expect(printed.flat).toContain(`${OFFICE}销毁清单`);
  expect(printed.flat).toContain(SERIAL);
  expect(printed.flat).toContain('000001');
  expect(printed.flat).toContain(TITLE);
  expect(printed.flat).toContain('自行粉碎');
  expect(printed.flat).toContain(`${APPROVER}（办公室主任）`);
  for (const role of ['经办人', '押运人', '监销人龙晓燕', '监销人田小军', `审批人${APPROVER}`]) expect(printed.flat).toContain(role);
  expect(printed.flat).not.toContain('返回销毁登记');
  expect(printed.pages).toBe(1);
  expect(printed.pageSize).toContain('A4');
  expect(pageErrors).toEqual([]);
});
