// GET /api/export/<ticket>: the browser host streams an export to the session that asked for it.
import { request, type Server } from 'node:http';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachment, startHost } from '../../../electron/host/server';
import { ADMIN, openTestCore, type TestCore } from '../../helpers/core';
import { hostClient } from '../../helpers/host';

let t: TestCore;
let server: Server;
let base: string;
const port = 20000 + Math.floor(Math.random() * 20000);

beforeAll(async () => {
  t = openTestCore();
  server = await startHost({ core: t.core, staticDir: t.dataDir, port });
  base = `http://127.0.0.1:${port}`;
  const admin = t.session();
  t.ok(admin, 'auth.setup', ADMIN);
  const unit = t.ok(admin, 'units.add', { fullName: '县财政局', category: 'countyDept' });
  t.ok(admin, 'users.add', { username: 'clerk', displayName: '李文秘', roles: ['clerk'], password: 'staff-pass-1' });
  const clerk = t.session();
  t.ok(clerk, 'auth.login', { username: 'clerk', password: 'staff-pass-1' });
  const records = ['关于做好冬季防火工作的通知', '关于印发防汛应急预案的通知', '关于森林防火工作情况的报告'].map((title, i) => ({
    receivedAt: `2026-11-2${i}T09:30:00+08:00`,
    signedBy: '李文秘',
    fromUnitId: unit.id,
    docNumber: `凤财发〔2026〕${i + 1}号`,
    title,
    docType: 'notice' as const,
    secrecyLevel: 'none' as const,
    urgency: 'normal' as const,
    copies: i + 1,
    incomingClass: 'readOnly' as const,
    addressee: 'county' as const,
  }));
  t.ok(clerk, 'incoming.import', { records });
});

afterAll(() => {
  server.close();
  t.close();
});

const host = hostClient(() => base);
const invoke = (method: string, input: unknown, cookie?: string) => host.invoke<{ ticket: string; fileName: string }>(method, input, cookie);
const { login } = host;

const get = (ticket: string, cookie?: string) => fetch(`${base}/api/export/${ticket}`, { headers: cookie ? { Cookie: cookie } : {} });

describe('browser host export', () => {
  it('streams the xlsx to the session that asked for it, with a Chinese file name', async () => {
    const jar = await login('clerk', 'staff-pass-1');
    const { body } = await invoke('incoming.export', { q: '防火' }, jar);
    expect(body.ok).toBe(true);
    expect(body.value.fileName).toBe('收文登记-2026-11-28.xlsx');

    const res = await get(body.value.ticket, jar);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const disposition = res.headers.get('content-disposition')!;
    expect(disposition).toBe(`attachment; filename="export.xlsx"; filename*=UTF-8''${encodeURIComponent('收文登记-2026-11-28.xlsx')}`);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1])).toBe('收文登记-2026-11-28.xlsx');
    expect(res.headers.get('cache-control')).toBe('no-store');

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    const sheet = workbook.getWorksheet('收文登记')!;
    expect(sheet.rowCount).toBe(3);
    expect(sheet.getRow(2).getCell(5).value).toBe('关于森林防火工作情况的报告');
    expect(sheet.getRow(3).getCell(5).value).toBe('关于做好冬季防火工作的通知');
    expect(sheet.getRow(3).getCell(9).value).toBe(1);

    // Single use: the same link again is refused.
    const again = await get(body.value.ticket, jar);
    expect(again.status).toBe(403);
    expect(await again.text()).toBe('下载链接无效或已过期，请重新导出。');
  });

  it('refuses a ticket presented without its session cookie or with another one', async () => {
    const jar = await login('clerk', 'staff-pass-1');
    const other = await login(ADMIN.username, ADMIN.password);
    const { ticket } = (await invoke('incoming.export', {}, jar)).body.value;

    for (const cookie of [undefined, other, 'wenmi_session=forged']) {
      const res = await get(ticket, cookie);
      expect(res.status, String(cookie)).toBe(403);
      expect(res.headers.get('content-disposition')).toBeNull();
      expect(await res.text()).toContain('请重新导出');
    }
    expect((await get('not-a-ticket', jar)).status).toBe(403);
    expect((await get('%E0%A4%A', jar)).status).toBe(403);
    // The refusals did not use it up for its owner.
    expect((await get(ticket, jar)).status).toBe(200);
  });

  it('accepts only GET, and only under its own host name', async () => {
    const jar = await login('clerk', 'staff-pass-1');
    const { ticket } = (await invoke('incoming.export', {}, jar)).body.value;
    expect((await fetch(`${base}/api/export/${ticket}`, { method: 'POST', headers: { Cookie: jar } })).status).toBe(405);
    // A raw request: fetch() will not send a foreign Host header.
    const status = await new Promise<number>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path: `/api/export/${ticket}`, headers: { Cookie: jar, Host: `evil.example:${port}` } }, (res) => {
        res.resume();
        resolve(res.statusCode!);
      });
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(421);
    expect((await get(ticket, jar)).status).toBe(200);
  });

  it('encodes the characters RFC 5987 does not allow bare', () => {
    expect(attachment("收文(1)'*.xlsx")).toBe(`attachment; filename="export.xlsx"; filename*=UTF-8''%E6%94%B6%E6%96%87%281%29%27%2A.xlsx`);
  });
});
