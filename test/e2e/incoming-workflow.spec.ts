import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { addDays, todayInShanghai } from '../../shared/dates';
import { callApi } from './api';

// 收文 after 初审, in the UI as the clerk: 拟办 → 呈签 → 批示 → 交办 → 催办 → 反馈 → 办结, the 工作台 with an
// overdue assignment, and the 收文处理单 printed to PDF. The office, users, units and the 县长 are set up
// through the API (the screens for those are covered by foundation.spec.ts); so are the documents registered.
test.describe.configure({ mode: 'serial' });

const OFFICE = '凤凰县人民政府办公室';
const ADMIN = { username: 'admin', displayName: '王志刚', password: 'admin-pass-2026' };
const CLERK = { username: 'zhouli', displayName: '周丽', password: 'clerk-pass-2026' };
const AUDITOR = { username: 'longjp', displayName: '龙建平', password: 'audit-pass-2026' };
const LEADER = '张建国';
const TITLE = '关于申请城区道路维修资金的请示';
const LATE_TITLE = '关于解决乡村学校校舍维修问题的请示';
const INSTRUCTION = '同意，请县财政局牵头会同县教育局抓紧办理。';
const SCREENS = 'test-results/screens';

// The core works on the server's real clock: every date is taken relative to today at the office.
const today = todayInShanghai(new Date());
const daysAgo = (n: number) => addDays(today, -n);

let page: Page;
let units: { id: string; fullName: string }[] = [];
let leaderId = '';
/** The 请示 taken through the whole workflow in the UI. */
let doc = { id: '', receiptNo: '' };
/** Assigned through the API with a deadline already past: it must show as 超期. */
let late = { id: '', receiptNo: '' };
const pageErrors: string[] = [];

const call = (method: string, input: unknown) => callApi(page, method, input);

const request = (title: string, fromUnitId: string, docNumber: string) => ({
  receivedAt: `${daysAgo(30)}T09:30:00+08:00`,
  signedBy: CLERK.displayName,
  fromUnitId,
  docNumber,
  title,
  docType: 'request',
  writtenDate: daysAgo(32),
  secrecyLevel: 'none',
  urgency: 'normal',
  copies: 1,
  incomingClass: 'request',
  addressee: 'county',
  remarks: '',
});

const details = () => page.getByRole('table', { name: '收文详情' });
const stateShown = (label: string) => expect(details().getByRole('row', { name: /^状态/ })).toHaveText(`状态${label}`);
const stepForm = (name: string) => page.getByRole('form', { name });

test.beforeAll(async ({ browser }) => {
  mkdirSync(SCREENS, { recursive: true });
  page = await browser.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto('/');
  await call('auth.setup', { officeName: OFFICE, ...ADMIN });
  for (const [fullName, shortName] of [
    ['县财政局', '财政局'],
    ['县教育局', '教育局'],
    ['县住房和城乡建设局', '住建局'],
  ]) {
    await call('units.add', { fullName, shortName, category: 'countyDept', initialsOverride: '' });
  }
  units = await call('units.list', {});
  const leader = await call('people.add', { name: LEADER, title: '县长', unitId: null, initialsOverride: '' });
  leaderId = leader.id;
  await call('users.add', { ...CLERK, roles: ['clerk'] });
  await call('users.add', { ...AUDITOR, roles: ['auditor'] });
  await call('auth.logout', {});
  await call('auth.login', { username: CLERK.username, password: CLERK.password });

  const unit = (name: string) => units.find((u) => u.fullName === name)!.id;
  doc = await call('incoming.register', request(TITLE, unit('县住房和城乡建设局'), '凤建发〔2026〕8号'));
  late = await call('incoming.register', request(LATE_TITLE, unit('县教育局'), '凤教发〔2026〕41号'));
  await call('incoming.pass', { id: late.id });
  await call('incoming.propose', { id: late.id, proposal: '拟请县长阅示。', proposedBy: CLERK.displayName, proposedDate: daysAgo(29) });
  await call('incoming.submit', { id: late.id });
  await call('incoming.instruct', { id: late.id, leaderId, text: '请县教育局研究解决。', date: daysAgo(28) });
  await call('incoming.assign', {
    id: late.id,
    hostUnitId: unit('县教育局'),
    assistUnitIds: [],
    assignedDate: daysAgo(20),
    deadline: { date: daysAgo(10) },
  });

  // Only the hash changes: reload so the app reads the new session.
  await page.goto('/#/incoming');
  await page.reload();
});

test.afterAll(async () => {
  await page.close();
});

test('the clerk takes a 请示 from 初审 to 办结, seeing only the steps possible now', async () => {
  const table = page.getByRole('table', { name: '收文登记簿' });
  await table.getByRole('row', { name: new RegExp(doc.receiptNo) }).click();
  await stateShown('已登记');
  await expect(page.getByRole('button', { name: '拟办', exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: '初审通过' }).click();
  await stateShown('初审通过');

  // 拟办: the clerk's own name is offered as 拟办人, today as the date.
  await expect(page.getByRole('button', { name: '呈签' })).toHaveCount(0);
  await page.getByRole('button', { name: '拟办', exact: true }).click();
  const propose = stepForm('拟办');
  await expect(propose.getByLabel('拟办意见')).toBeFocused();
  await expect(propose.getByLabel('拟办人')).toHaveValue(CLERK.displayName);
  await expect(propose.getByLabel('拟办日期')).toHaveValue(today);
  await page.keyboard.type('拟请县长阅示，由县财政局会同县教育局办理。');
  await page.keyboard.press('Control+S');
  await stateShown('拟办');
  await expect(page.getByRole('status').filter({ hasText: `已拟办：${doc.receiptNo}` })).toBeVisible();
  await expect(page.getByRole('region', { name: '拟办意见' })).toContainText(CLERK.displayName);

  // 呈签: one click; a 平件 cannot be assigned before the 批示.
  await expect(page.getByRole('button', { name: /交办/ })).toHaveCount(0);
  await page.getByRole('button', { name: '呈签' }).click();
  await stateShown('呈签中');

  // 记录批示: the leader found by his title, from the people directory.
  await expect(page.getByRole('button', { name: /交办/ })).toHaveCount(0);
  await page.getByRole('button', { name: '记录批示' }).click();
  const instruct = stepForm('记录批示');
  await expect(instruct.getByLabel('批示领导')).toBeFocused();
  await page.keyboard.type('县长');
  await page.keyboard.press('Enter');
  await expect(instruct.getByLabel('批示领导')).toHaveValue(`${LEADER}（县长）`);
  await expect(instruct.getByLabel('批示内容')).toBeFocused();
  await page.keyboard.type(INSTRUCTION);
  await page.keyboard.press('Control+S');
  await stateShown('已批示');
  await expect(page.getByRole('region', { name: '领导批示' })).toContainText(INSTRUCTION);
  await expect(page.getByRole('region', { name: '领导批示' })).not.toContainText('补签');

  // 交办: 主办 and one 协办, 5 working days.
  await page.getByRole('button', { name: '交办', exact: true }).click();
  const assign = stepForm('交办');
  await expect(assign.getByLabel('主办单位')).toBeFocused();
  await page.keyboard.type('czj');
  await page.keyboard.press('Enter');
  await expect(assign.getByLabel('主办单位')).toHaveValue('县财政局');
  await expect(assign.getByLabel('协办单位')).toBeFocused();
  await page.keyboard.type('jiaoyu');
  await page.keyboard.press('Enter');
  await expect(assign.getByText('县教育局')).toBeVisible();
  await expect(assign.getByLabel('先行交办（紧急事项，领导批示事后补签）')).toHaveCount(0);
  await assign.getByLabel('办理时限（工作日数）').fill('5');
  await expect(assign.getByLabel('交办日期')).toHaveValue(today);
  await page.screenshot({ path: `${SCREENS}/workflow-01-assign-form.png` });
  await page.keyboard.press('Control+S');
  await stateShown('已交办');

  const ledger = page.getByRole('table', { name: '交办台账' });
  await expect(ledger.locator('tbody tr')).toHaveCount(2);
  await expect(ledger.getByRole('row', { name: /县财政局/ })).toContainText('主办');
  await expect(ledger.getByRole('row', { name: /县教育局/ })).toContainText('协办');
  await expect(ledger.getByRole('row', { name: /县财政局/ })).toContainText('办理中');

  // 催办 the 主办 unit by telephone.
  await page.getByRole('group', { name: '县财政局' }).getByRole('button', { name: '催办' }).click();
  const urge = stepForm('催办');
  await expect(urge.getByLabel('催办日期')).toBeFocused();
  await expect(urge.getByLabel('催办方式')).toHaveValue('电话');
  await urge.getByLabel('催办对象').fill('县财政局 李科长');
  await urge.getByLabel('催办结果').fill('答复本周内报送办理情况');
  await page.screenshot({ path: `${SCREENS}/workflow-02-urge-form.png` });
  await page.keyboard.press('Control+S');
  await expect(page.getByRole('status').filter({ hasText: '已催办县财政局' })).toBeVisible();
  await expect(ledger.getByRole('row', { name: /县财政局/ }).locator('td').last()).toHaveText('1');
  await expect(page.getByRole('table', { name: '催办记录' })).toContainText('县财政局 李科长');

  // 办结 only once every unit has finished.
  await expect(page.getByRole('button', { name: '办结' })).toHaveCount(0);
  for (const unit of ['县财政局', '县教育局']) {
    await page.getByRole('group', { name: unit }).getByRole('button', { name: '反馈' }).click();
    const feedback = stepForm('反馈');
    await expect(feedback.getByLabel('反馈情况')).toBeFocused();
    await page.keyboard.type(`${unit}已办理完毕`);
    await expect(feedback.getByLabel('办结日期')).toHaveValue(today);
    await page.keyboard.press('Control+S');
    await expect(ledger.getByRole('row', { name: new RegExp(unit) })).toContainText('已办结');
    await stateShown('办理中');
  }
  await page.getByRole('button', { name: '办结' }).click();
  const complete = stepForm('办结');
  await expect(complete.getByLabel('办理结果')).toBeFocused();
  await page.keyboard.type('维修资金已下达，道路维修已完成。');
  await page.keyboard.press('Control+S');
  await stateShown('已办结');
  await expect(page.getByRole('button', { name: /^(拟办|呈签|记录批示|交办|办结|催办|反馈)$/ })).toHaveCount(0);
  await expect(page.getByRole('region', { name: '办理结果' })).toContainText('道路维修已完成');
  await page.screenshot({ path: `${SCREENS}/workflow-03-record-done.png` });
  expect(pageErrors).toEqual([]);
});

test('the 工作台 lists the overdue assignment and opens its record', async () => {
  // The clerk's landing page: where the app goes when no screen is asked for.
  await page.goto('/#/');
  await expect(page).toHaveURL(/#\/home$/);
  await expect(page.getByRole('navigation', { name: '功能' }).getByRole('link').first()).toHaveText('工作台');
  await expect(page.getByRole('region', { name: '本月收文' })).toBeVisible();
  const overdue = page.getByRole('table', { name: '超期' });
  const row = overdue.getByRole('row', { name: new RegExp(late.receiptNo) });
  await expect(row).toContainText('县教育局（主办）');
  await expect(row).toContainText(daysAgo(10));
  await expect(row).toContainText('超期');
  // The finished 请示 is on no list.
  await expect(page.getByRole('main')).not.toContainText(doc.receiptNo);
  await expect(page.getByRole('table', { name: '待批示' })).toContainText('没有呈签中等待批示的收文');
  await page.screenshot({ path: `${SCREENS}/workflow-04-home.png` });

  await row.click();
  await expect(page).toHaveURL(new RegExp(`#/incoming\\?id=${late.id}$`));
  await expect(details()).toContainText(late.receiptNo);
  await expect(page.getByRole('table', { name: '交办台账' }).getByRole('row', { name: /县教育局/ })).toContainText('超期');
  await page.screenshot({ path: `${SCREENS}/workflow-05-overdue-record.png` });
});

test('an urgent item is assigned first and the leader signs afterwards (补签)', async () => {
  const unit = (name: string) => units.find((u) => u.fullName === name)!.id;
  const urgent = await call('incoming.register', { ...request('关于防汛抢险物资紧急调拨的请示', unit('县财政局'), '凤财发〔2026〕77号'), urgency: 'veryUrgent' });
  await call('incoming.pass', { id: urgent.id });
  await call('incoming.propose', { id: urgent.id, proposal: '情况紧急，拟先行交办。', proposedBy: CLERK.displayName, proposedDate: daysAgo(29) });
  await call('incoming.submit', { id: urgent.id });

  await page.goto(`/#/incoming?id=${urgent.id}`);
  await stateShown('呈签中');
  await expect(page.getByRole('button', { name: '记录批示' })).toBeVisible();
  await page.getByRole('button', { name: '先行交办' }).click();
  const assign = stepForm('交办');
  const first = assign.getByLabel('先行交办（紧急事项，领导批示事后补签）');
  await page.keyboard.type('czj');
  await page.keyboard.press('Enter');
  await assign.getByText('指定日期').click();
  await assign.getByLabel('办理时限', { exact: true }).fill(addDays(today, 3));
  await page.keyboard.press('Control+S');
  await expect(assign.getByText('领导尚未批示：紧急事项须勾选“先行交办”，批示事后补签')).toBeVisible();
  await first.check();
  await page.keyboard.press('Control+S');
  await stateShown('已交办');

  await page.getByRole('button', { name: '补签' }).click();
  const sign = stepForm('补签批示');
  await page.keyboard.type('zjg');
  await page.keyboard.press('Enter');
  await sign.getByLabel('批示内容').fill('同意先行调拨。');
  await page.keyboard.press('Control+S');
  await stateShown('已交办');
  await expect(page.getByRole('region', { name: '领导批示' })).toContainText('补签');
  await page.screenshot({ path: `${SCREENS}/workflow-07-late-signature.png` });
});

test('修改 keeps the number; a returned record is listed in 退文登记 and resubmitted as a new, linked one', async () => {
  await page.goto(`/#/incoming?id=${doc.id}`);
  await page.getByRole('button', { name: '修改', exact: true }).click();
  const edit = page.getByRole('form', { name: '修改收文' });
  await expect(edit.getByLabel('标题', { exact: true })).toHaveValue(TITLE);
  await edit.getByLabel('备注', { exact: true }).fill('原件已归档');
  await page.keyboard.press('Control+S');
  await expect(page.getByRole('status').filter({ hasText: `已修改：${doc.receiptNo}` })).toBeVisible();
  await expect(details()).toContainText('原件已归档');

  const unit = (name: string) => units.find((u) => u.fullName === name)!.id;
  const returned = await call('incoming.register', request('关于拨付社区活动经费的请示', unit('县教育局'), '凤教发〔2026〕50号'));
  await call('incoming.return', { id: returned.id, reasons: [5, 7], reason11Note: '', opinion: '请规范格式后重新报送。', remarks: '', returnDate: today });

  await page.goto('/#/incoming');
  await page.getByRole('link', { name: '退文登记' }).click();
  await expect(page).toHaveURL(/#\/incoming\/returns$/);
  const log = page.getByRole('table', { name: '退文登记簿' });
  const row = log.getByRole('row', { name: new RegExp(returned.receiptNo) });
  await expect(row).toContainText('县教育局');
  await expect(row).toContainText(CLERK.displayName);
  await row.getByLabel('7. 未经单位主要负责人签发').hover();
  await expect(page.getByRole('tooltip')).toHaveText('7. 未经单位主要负责人签发');
  await page.screenshot({ path: `${SCREENS}/workflow-08-return-log.png` });
  await row.click();
  await expect(page).toHaveURL(new RegExp(`#/print/return-slip/${returned.id}$`));

  await page.goto(`/#/incoming?id=${returned.id}`);
  await stateShown('已退文');
  await expect(page.getByRole('button', { name: '修改', exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: '重新报送' }).click();
  const again = page.getByRole('form', { name: '收文登记' });
  await expect(again.getByLabel('标题', { exact: true })).toHaveValue('关于拨付社区活动经费的请示');
  await expect(again.getByLabel('来文单位', { exact: true })).toHaveValue('县教育局');
  await page.screenshot({ path: `${SCREENS}/workflow-09-resubmit-form.png` });
  await page.keyboard.press('Control+S');
  await expect(page.getByRole('status').filter({ hasText: `（重新报送 ${returned.receiptNo}）` })).toBeVisible();
  await expect(page.getByText('这是退文后重新报送的收文')).toBeVisible();
  await page.getByRole('button', { name: '查看', exact: true }).click();
  await expect(details()).toContainText(returned.receiptNo);
  await expect(page.getByText('已重新报送为：')).toBeVisible();
  expect(pageErrors).toEqual([]);
});

test('导出 downloads the register as it is filtered', async () => {
  await page.goto('/#/incoming');
  await page.getByLabel('查找收文').fill('维修');
  await expect(page.getByRole('table', { name: '收文登记簿' }).locator('tbody tr')).toHaveCount(2);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);
  await expect(page.getByRole('status').filter({ hasText: '已导出：' })).toBeVisible();
});

test('prints the 收文处理单 on one A4 page', async () => {
  await page.goto(`/#/incoming?id=${doc.id}`);
  await expect(details()).toContainText(doc.receiptNo);
  await page.getByRole('link', { name: '打印收文处理单' }).click();
  await expect(page).toHaveURL(new RegExp(`#/print/processing-slip/${doc.id}$`));
  const sheet = page.getByRole('article', { name: '收文处理单' });
  await expect(sheet.getByRole('heading', { name: `${OFFICE}收文处理单` })).toBeVisible();
  await expect(sheet).toContainText(INSTRUCTION);
  await expect(sheet).toContainText(`拟办人：${CLERK.displayName}`);
  await page.screenshot({ path: `${SCREENS}/workflow-06-slip-preview.png` });

  const pdf = `${SCREENS}/processing-slip.pdf`;
  await page.pdf({ path: pdf, format: 'A4' });
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf, `${SCREENS}/processing-slip`]);
  const flat = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  expect(flat).toContain(`${OFFICE}收文处理单`);
  expect(flat).toContain(TITLE);
  expect(flat).toContain(INSTRUCTION.replace(/\s+/g, ''));
  expect(flat).toContain(LEADER);
  expect(flat).toContain('县住房和城乡建设局');
  expect(flat).not.toContain('返回收文');
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  expect(info).toMatch(/^Pages:\s+1$/m);
  expect(info).toMatch(/^Page size:.*\(A4\)$/m);

  // Chromium fires beforeprint for page.pdf too: the print is in the audit trail.
  await call('auth.logout', {});
  await call('auth.login', { username: AUDITOR.username, password: AUDITOR.password });
  const trail = await call('audit.list', { limit: 500 });
  const prints = (trail.entries as { method: string; recordId: string | null; detail: string }[]).filter((e) => e.method === 'output.print');
  expect(prints).toEqual([expect.objectContaining({ recordId: doc.id, detail: '收文处理单', userName: CLERK.displayName })]);
  expect(pageErrors).toEqual([]);
});
