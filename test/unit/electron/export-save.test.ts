// Electron's half of an export: after incoming.export succeeds, main asks where
// to save and streams the file there. Dialog and core are fakes; files are real.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Result } from '../../../shared/api';
import { createInvokeHandler, nodeFiles, saveExport, type ExportFiles, type InvokeEventLike } from '../../../electron/main/ipc';

const APP_URL = 'file:///opt/wenmi/resources/app.asar/dist/renderer/index.html';
const VALUE = { ticket: 'T'.repeat(43), fileName: '收文登记-2026-11-28.xlsx' };

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function tempDir() {
  const d = mkdtempSync(join(tmpdir(), 'wenmi-save-'));
  dirs.push(d);
  return d;
}

/** A core whose export writes a few bytes (or fails half-way). */
function fakeCore(fail?: string) {
  return {
    streamExport: vi.fn(async (_ticket: string, _session: { id: number }, out: NodeJS.WritableStream) => {
      out.write('PK-part-1');
      if (fail) throw new Error(fail);
      await new Promise<void>((resolve) => out.end('PK-part-2', resolve));
      return { rows: 2 };
    }),
  };
}

const files = (choose: ExportFiles['choose']): ExportFiles => ({ ...nodeFiles, choose });

describe('saveExport', () => {
  it('offers the ticket file name, streams to the chosen file, and hides the ticket from the renderer', async () => {
    const target = join(tempDir(), 'mine.xlsx');
    const core = fakeCore();
    const choose = vi.fn(async () => target);
    const session = { id: 7 };
    const result = await saveExport(core, session, VALUE, files(choose));
    expect(choose).toHaveBeenCalledWith('收文登记-2026-11-28.xlsx');
    expect(core.streamExport).toHaveBeenCalledWith(VALUE.ticket, session, expect.anything());
    expect(result).toEqual({ ok: true, value: { ticket: '', fileName: VALUE.fileName, savedTo: target } });
    expect(readFileSync(target, 'utf8')).toBe('PK-part-1PK-part-2');
  });

  it('answers savedTo null and streams nothing when the dialog is cancelled', async () => {
    const core = fakeCore();
    const result = await saveExport(core, { id: 1 }, VALUE, files(async () => null));
    expect(result).toEqual({ ok: true, value: { ticket: '', fileName: VALUE.fileName, savedTo: null } });
    expect(core.streamExport).not.toHaveBeenCalled();
  });

  it('removes the partial file and reports in Chinese when the export fails', async () => {
    const target = join(tempDir(), 'half.xlsx');
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const result = await saveExport(fakeCore('数据库已关闭，导出中止。'), { id: 1 }, VALUE, files(async () => target));
    spy.mockRestore();
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', message: '导出失败，文件没有保存：数据库已关闭，导出中止。' } });
    expect(existsSync(target)).toBe(false);
  });

  it('reports a file that cannot be written instead of crashing main', async () => {
    const target = join(tempDir(), 'no-such-folder', 'x.xlsx');
    const core = {
      // Like exceljs: waits for the output to finish, which an unopenable file never does.
      streamExport: vi.fn((_t: string, _s: unknown, out: NodeJS.WritableStream) => new Promise<{ rows: number }>((resolve) => out.once('finish', () => resolve({ rows: 0 })))),
    };
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const result = await saveExport(core, { id: 1 }, VALUE, files(async () => target));
    spy.mockRestore();
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/^导出失败，文件没有保存：.*ENOENT/);
  });
});

describe('createInvokeHandler with exports', () => {
  const event = (id: number): InvokeEventLike => ({ sender: { id }, senderFrame: { url: APP_URL, parent: null } });

  function setup(answer: Result<unknown>) {
    let next = 0;
    const core = { newSession: vi.fn(() => ({ id: ++next })), dispatch: vi.fn((): Result<unknown> => answer) };
    const exporting = fakeCore();
    const target = join(tempDir(), 'out.xlsx');
    const choose = vi.fn(async () => target);
    const handler = createInvokeHandler({
      core,
      methods: ['incoming.export', 'outgoing.export', 'incoming.list'],
      appUrl: () => APP_URL,
      exports: { core: exporting, files: files(choose) },
    });
    return { core, exporting, choose, handler, target };
  }

  it('saves a successful export with the session of the calling window', async () => {
    const { exporting, handler, target } = setup({ ok: true, value: VALUE });
    handler.handle(event(3), { method: 'incoming.list', input: {} });
    const result = await handler.invoke(event(3), { method: 'incoming.export', input: { year: 2026 } });
    expect(result).toEqual({ ok: true, value: { ticket: '', fileName: VALUE.fileName, savedTo: target } });
    expect(exporting.streamExport.mock.calls[0][1]).toEqual({ id: 1 });
  });

  it('saves the 发文 export the same way', async () => {
    const { exporting, handler, target } = setup({ ok: true, value: VALUE });
    const result = await handler.invoke(event(4), { method: 'outgoing.export', input: {} });
    expect(result).toEqual({ ok: true, value: { ticket: '', fileName: VALUE.fileName, savedTo: target } });
    expect(exporting.streamExport).toHaveBeenCalledTimes(1);
  });

  it('passes other methods, refusals and forbidden senders through untouched', async () => {
    const refused: Result<unknown> = { ok: false, error: { code: 'FORBIDDEN', message: '您没有“导出收文”的权限。' } };
    const { exporting, choose, handler } = setup(refused);
    expect(await handler.invoke(event(1), { method: 'incoming.export', input: {} })).toEqual(refused);
    expect(await handler.invoke(event(1), { method: 'incoming.list', input: {} })).toEqual(refused);
    const foreign: InvokeEventLike = { sender: { id: 1 }, senderFrame: { url: 'https://example.com/', parent: null } };
    expect(await handler.invoke(foreign, { method: 'incoming.export', input: {} })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(choose).not.toHaveBeenCalled();
    expect(exporting.streamExport).not.toHaveBeenCalled();
  });

  it('without exports (e.g. tests of other methods) answers as handle does', async () => {
    const core = { newSession: () => ({}), dispatch: (): Result<unknown> => ({ ok: true, value: VALUE }) };
    const handler = createInvokeHandler({ core, methods: ['incoming.export'], appUrl: () => APP_URL });
    expect(await handler.invoke(event(1), { method: 'incoming.export', input: {} })).toEqual({ ok: true, value: VALUE });
  });
});
