// POST /api/upload/<ticket>: the browser host takes the file of an import for the session that asked.
import { request, type Server } from 'node:http';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHost } from '../../../electron/host/server';
import { ADMIN, openTestCore, type TestCore } from '../../helpers/core';
import { hostClient } from '../../helpers/host';

let t: TestCore;
let server: Server;
let base: string;
const port = 20000 + Math.floor(Math.random() * 20000);
let ledger: Uint8Array<ArrayBuffer>;

beforeAll(async () => {
  t = openTestCore();
  server = await startHost({ core: t.core, staticDir: t.dataDir, port });
  base = `http://127.0.0.1:${port}`;
  const admin = t.session();
  t.ok(admin, 'auth.setup', ADMIN);
  t.ok(admin, 'users.add', { username: 'clerk', displayName: '李文秘', roles: ['clerk'], password: 'staff-pass-1' });
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('收文').addRows([
    ['收文日期', '来文单位', '标题'],
    ['2024-03-05', '县财政局', '关于甲的报告'],
  ]);
  ledger = new Uint8Array(await workbook.xlsx.writeBuffer());
});

afterAll(() => {
  server.close();
  t.close();
});

const host = hostClient(() => base);
const invoke = (method: string, input: unknown, cookie?: string) => host.invoke<{ ticket: string }>(method, input, cookie);
const { login } = host;

const post = (ticket: string, body: Uint8Array<ArrayBuffer>, headers: Record<string, string>) =>
  fetch(`${base}/api/upload/${ticket}`, { method: 'POST', headers: { 'Content-Type': 'application/octet-stream', ...headers }, body });

describe('browser host upload', () => {
  it('takes the file for the session that asked, and the import methods then find it by its id', async () => {
    const jar = await login('clerk', 'staff-pass-1');
    const { body } = await invoke('imports.upload', { fileName: '2024年收文.xlsx' }, jar);
    const res = await post(body.value.ticket, ledger, { Cookie: jar, 'X-Wenmi': '1' });
    expect(res.status).toBe(200);
    const answer = (await res.json()) as { ok: true; value: { uploadId: string; fileName: string; sheets: unknown[] } };
    expect(answer).toMatchObject({ ok: true, value: { fileName: '2024年收文.xlsx', sheets: [{ name: '收文', rows: 2 }] } });
    const preview = await invoke('imports.preview', { uploadId: answer.value.uploadId, register: 'incoming' }, jar);
    expect(preview.body).toMatchObject({ ok: true, value: { records: 1 } });
  });

  it('refuses a post without X-Wenmi or from another origin, and a ticket of another session', async () => {
    const jar = await login('clerk', 'staff-pass-1');
    const other = await login('clerk', 'staff-pass-1');
    const ticket = (await invoke('imports.upload', { fileName: 'a.xlsx' }, jar)).body.value.ticket;
    expect((await post(ticket, ledger, { Cookie: jar })).status).toBe(403);
    expect((await post(ticket, ledger, { Cookie: jar, 'X-Wenmi': '1', Origin: 'http://evil.example' })).status).toBe(403);
    expect(await (await post(ticket, ledger, { Cookie: other, 'X-Wenmi': '1' })).json()).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', message: '这个上传链接不属于当前登录的用户，请重新选择文件。' },
    });
    // Still the owner's to use.
    expect(await (await post(ticket, ledger, { Cookie: jar, 'X-Wenmi': '1' })).json()).toMatchObject({ ok: true });
    expect((await fetch(`${base}/api/upload/${ticket}`, { headers: { Cookie: jar, 'X-Wenmi': '1' } })).status).toBe(405);
  });

  it('answers a body announced as bigger than 50 MB at once, without reading it', async () => {
    const jar = await login('clerk', 'staff-pass-1');
    const ticket = (await invoke('imports.upload', { fileName: 'big.xlsx' }, jar)).body.value.ticket;
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(`${base}/api/upload/${ticket}`, {
        method: 'POST',
        headers: { Cookie: jar, 'X-Wenmi': '1', 'Content-Length': String(60 * 1024 * 1024) },
      });
      req.on('response', (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode!, body }));
      });
      req.on('error', reject);
      req.write(Buffer.alloc(1024));
    });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toEqual({ ok: false, error: { code: 'VALIDATION', message: '文件超过 50 MB，请把台账分成几个文件分批导入。' } });
  });
});
