import { describe, expect, it, vi } from 'vitest';
import type { Result } from '../../../shared/api';
import { createInvokeHandler, INVOKE_CHANNEL } from '../../../electron/main/ipc';
import type { InvokeEventLike } from '../../../electron/main/ipc';

const APP_URL = 'file:///opt/wenmi/resources/app.asar/dist/renderer/index.html';
const FORBIDDEN = { ok: false, error: { code: 'FORBIDDEN', message: '不允许的调用' } };

function setup() {
  let next = 0;
  const core = {
    newSession: vi.fn(() => ({ token: ++next })),
    dispatch: vi.fn((session: { token: number }, method: string, input: unknown): Result<unknown> => ({
      ok: true,
      value: { session: session.token, method, input },
    })),
  };
  const handler = createInvokeHandler({ core, methods: ['auth.login', 'units.add'], appUrl: () => APP_URL });
  return { core, handler };
}

function event(id: number, url = APP_URL, parent: unknown = null): InvokeEventLike {
  return { sender: { id }, senderFrame: { url, parent } };
}

describe('createInvokeHandler', () => {
  it('uses the channel shared with the preload', () => {
    expect(INVOKE_CHANNEL).toBe('wenmi:invoke');
  });

  it('dispatches an allowed method from the app page', () => {
    const { core, handler } = setup();
    expect(handler.handle(event(1), { method: 'units.add', input: { name: '办公室' } })).toEqual({
      ok: true,
      value: { session: 1, method: 'units.add', input: { name: '办公室' } },
    });
    expect(core.dispatch).toHaveBeenCalledTimes(1);
  });

  it('keeps one session per webContents', () => {
    const { core, handler } = setup();
    handler.handle(event(1), { method: 'auth.login', input: {} });
    handler.handle(event(1), { method: 'units.add', input: {} });
    handler.handle(event(2), { method: 'units.add', input: {} });
    expect(core.newSession).toHaveBeenCalledTimes(2);
    expect(core.dispatch.mock.calls.map(([s]) => s.token)).toEqual([1, 1, 2]);
    expect(handler.sessionCount()).toBe(2);

    handler.dropSession(1);
    expect(handler.sessionCount()).toBe(1);
    handler.handle(event(1), { method: 'units.add', input: {} });
    expect(core.dispatch.mock.calls[3][0].token).toBe(3);
  });

  it.each([
    ['another page', event(1, 'file:///tmp/evil.html')],
    ['a remote page', event(1, 'https://example.com/')],
    ['about:blank', event(1, 'about:blank')],
    ['a sub-frame of the app page', event(1, APP_URL, { url: APP_URL })],
    ['a destroyed frame', { sender: { id: 1 }, senderFrame: null }],
  ])('refuses calls from %s', (_label, ev) => {
    const { core, handler } = setup();
    expect(handler.handle(ev as InvokeEventLike, { method: 'auth.login', input: {} })).toEqual(FORBIDDEN);
    expect(core.dispatch).not.toHaveBeenCalled();
    expect(core.newSession).not.toHaveBeenCalled();
  });

  it.each([
    ['an unknown method', { method: 'db.exec', input: 'DROP TABLE users' }],
    ['a prototype key', { method: 'constructor', input: null }],
    ['a non-string method', { method: 42, input: null }],
    ['a missing method', { input: null }],
    ['a non-object payload', 'auth.login'],
    ['null', null],
  ])('refuses %s', (_label, payload) => {
    const { core, handler } = setup();
    expect(handler.handle(event(1), payload)).toEqual(FORBIDDEN);
    expect(core.dispatch).not.toHaveBeenCalled();
  });

  it('turns an unexpected throw into an INTERNAL result', () => {
    const { core, handler } = setup();
    core.dispatch.mockImplementationOnce(() => {
      throw new Error('boom');
    });
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const result = handler.handle(event(1), { method: 'auth.login', input: {} });
    spy.mockRestore();
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('INTERNAL');
  });
});
