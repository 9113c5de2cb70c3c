import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHost } from '../../../electron/host/server';
import { ADMIN, openTestCore, tempDir, type TestCore } from '../../helpers/core';

let t: TestCore;
let server: Server;
let base: string;
const port = 20000 + Math.floor(Math.random() * 20000);

beforeAll(async () => {
  t = openTestCore();
  const outer = tempDir('wenmi-static-');
  writeFileSync(join(outer, 'secret.txt'), 'not for the browser');
  const staticDir = join(outer, 'renderer');
  mkdirSync(staticDir);
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>文秘台账</title>');
  server = await startHost({ core: t.core, staticDir, port });
  base = `http://127.0.0.1:${port}`;
  t.ok(t.session(), 'auth.setup', ADMIN);
});

afterAll(() => {
  server.close();
  t.close();
});

const invoke = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}/api/invoke`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Wenmi': '1', ...headers },
    body: JSON.stringify(body),
  });

function rawGet(path: string, headers: Record<string, string> = {}): Promise<{ status: number }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
      res.resume();
      resolve({ status: res.statusCode! });
    });
    req.on('error', reject);
    req.end();
  });
}

describe('browser host', () => {
  it('listens on the loopback address only', () => {
    expect((server.address() as AddressInfo).address).toBe('127.0.0.1');
  });

  it('serves the renderer with a strict content security policy', async () => {
    const res = await fetch(`${base}/`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('文秘台账');
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-eval');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
  });

  it('does not serve files outside the renderer folder', async () => {
    // Raw requests: fetch() would normalise the dots away before they reach the server.
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%2e%2e%2fsecret.txt']) {
      expect((await rawGet(path)).status, path).toBe(404);
    }
  });

  it('issues an HttpOnly, SameSite=Strict session cookie on login and clears it on logout', async () => {
    const login = await invoke({ method: 'auth.login', input: { username: ADMIN.username, password: ADMIN.password } });
    expect(((await login.json()) as { ok: boolean }).ok).toBe(true);
    const cookie = login.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^wenmi_session=[\w-]{40,};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    const jar = cookie.split(';')[0];

    const users = (await (await invoke({ method: 'users.list', input: {} }, { Cookie: jar })).json()) as { ok: boolean };
    expect(users.ok).toBe(true);

    const logout = await invoke({ method: 'auth.logout', input: {} }, { Cookie: jar });
    expect(logout.headers.get('set-cookie')).toContain('Max-Age=0');
    const after = (await (await invoke({ method: 'users.list', input: {} }, { Cookie: jar })).json()) as {
      ok: boolean;
      error: { code: string };
    };
    expect(after).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('refuses calls without the X-Wenmi header or from another origin', async () => {
    const noHeader = await fetch(`${base}/api/invoke`, { method: 'POST', body: JSON.stringify({ method: 'auth.status', input: {} }) });
    expect(noHeader.status).toBe(403);
    const foreign = await invoke({ method: 'auth.status', input: {} }, { Origin: 'http://evil.example' });
    expect(foreign.status).toBe(403);
    expect(((await foreign.json()) as { error: { message: string } }).error.message).toBe('拒绝来自其他网页的请求。');
  });

  it('refuses a request whose Host header is not its own (DNS rebinding)', async () => {
    expect((await rawGet('/', { Host: `attacker.example:${port}` })).status).toBe(421);
  });

  it('answers malformed JSON with a Chinese message, and unknown methods with NOT_FOUND', async () => {
    const bad = await fetch(`${base}/api/invoke`, { method: 'POST', headers: { 'X-Wenmi': '1' }, body: '{not json' });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toBe('请求格式不正确。');
    const unknown = (await (await invoke({ method: 'registers.drop', input: {} })).json()) as { error: { code: string } };
    expect(unknown.error.code).toBe('NOT_FOUND');
  });
});
