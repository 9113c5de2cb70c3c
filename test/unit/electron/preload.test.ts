import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createBridge } from '../../../electron/preload/bridge';

const electronFake = vi.hoisted(() => ({
  exposed: [] as Array<{ key: string; api: unknown }>,
  invoke: vi.fn(async (_channel: string, _payload: unknown): Promise<unknown> => ({ ok: true, value: 'from-main' })),
}));

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: unknown) => {
      electronFake.exposed.push({ key, api });
    },
  },
  ipcRenderer: { invoke: electronFake.invoke },
}));

describe('createBridge', () => {
  const allowed = ['auth.login', 'units.add'];

  it('has exactly one key, invoke, and is frozen', () => {
    const bridge = createBridge(vi.fn(), allowed);
    expect(Object.keys(bridge)).toEqual(['invoke']);
    expect(Object.getOwnPropertyNames(bridge)).toEqual(['invoke']);
    expect(typeof bridge.invoke).toBe('function');
    expect(Object.isFrozen(bridge)).toBe(true);
    expect(() => {
      (bridge as unknown as Record<string, unknown>).extra = 1;
    }).toThrow(TypeError);
  });

  it.each(['db.exec', '', '__proto__', 'constructor', 'toString', 'auth.login ', 'AUTH.LOGIN'])(
    'resolves FORBIDDEN for %j without calling IPC',
    async (method) => {
      const ipc = vi.fn();
      const bridge = createBridge(ipc, allowed);
      await expect(bridge.invoke(method, { x: 1 })).resolves.toEqual({
        ok: false,
        error: { code: 'FORBIDDEN', message: '不允许的调用' },
      });
      expect(ipc).not.toHaveBeenCalled();
    },
  );

  it('resolves FORBIDDEN for a non-string method', async () => {
    const ipc = vi.fn();
    const bridge = createBridge(ipc, allowed);
    const result = await bridge.invoke(42 as unknown as string, null);
    expect(result.ok).toBe(false);
    expect(ipc).not.toHaveBeenCalled();
  });

  it('forwards an allowed method as {method, input} on wenmi:invoke and returns the reply', async () => {
    const reply = { ok: true, value: { id: 7 } };
    const ipc = vi.fn(async () => reply);
    const bridge = createBridge(ipc, allowed);
    const input = { name: '县政府办公室' };
    await expect(bridge.invoke('units.add', input)).resolves.toBe(reply);
    expect(ipc).toHaveBeenCalledTimes(1);
    expect(ipc).toHaveBeenCalledWith('wenmi:invoke', { method: 'units.add', input });
  });

  it('turns an IPC failure into an INTERNAL result instead of a rejection', async () => {
    const bridge = createBridge(() => Promise.reject(new Error('boom')), allowed);
    const result = await bridge.invoke('auth.login', {});
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('INTERNAL');
  });

  it('copies the allow-list, so later mutation of the source array has no effect', async () => {
    const list = ['auth.login'];
    const ipc = vi.fn(async () => ({ ok: true, value: null }));
    const bridge = createBridge(ipc, list);
    list.push('db.exec');
    await bridge.invoke('db.exec', null);
    expect(ipc).not.toHaveBeenCalled();
  });
});

describe('electron/preload/index.ts', () => {
  beforeEach(() => {
    electronFake.exposed.length = 0;
    electronFake.invoke.mockClear();
    vi.resetModules();
  });

  it('exposes exactly one object, window.wenmi = { invoke }', async () => {
    await import('../../../electron/preload/index');
    expect(electronFake.exposed).toHaveLength(1);
    const [{ key, api }] = electronFake.exposed;
    expect(key).toBe('wenmi');
    expect(Object.keys(api as object)).toEqual(['invoke']);
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('allows the real API method names and forbids anything else', async () => {
    const { METHOD_NAMES } = await import('../../../shared/api');
    await import('../../../electron/preload/index');
    const api = electronFake.exposed[0].api as ReturnType<typeof createBridge>;

    expect(METHOD_NAMES.length).toBeGreaterThan(0);
    const method = METHOD_NAMES[0];
    await expect(api.invoke(method, { a: 1 })).resolves.toEqual({ ok: true, value: 'from-main' });
    expect(electronFake.invoke).toHaveBeenCalledWith('wenmi:invoke', { method, input: { a: 1 } });

    electronFake.invoke.mockClear();
    const result = await api.invoke('no.such.method', {});
    expect(result).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: '不允许的调用' } });
    expect(electronFake.invoke).not.toHaveBeenCalled();
  });
});
