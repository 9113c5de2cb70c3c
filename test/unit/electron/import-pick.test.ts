// Electron's half of 选择导入文件: after imports.upload succeeds, main asks which file and the
// core reads it in. The real core on a real database and a real file; only the dialog is a stand-in.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { METHOD_NAMES } from '../../../shared/api';
import { createInvokeHandler, type InvokeEventLike } from '../../../electron/main/ipc';
import { nodeUploadFiles, pickUpload } from '../../../electron/main/upload';
import { ADMIN, openTestCore, type TestCore } from '../../helpers/core';

const APP_URL = 'file:///opt/wenmi/resources/app.asar/dist/renderer/index.html';
const event: InvokeEventLike = { sender: { id: 5 }, senderFrame: { url: APP_URL, parent: null } };

const cores: TestCore[] = [];
afterEach(() => {
  for (const t of cores.splice(0)) t.close();
});

async function setup() {
  const t = openTestCore();
  cores.push(t);
  const admin = t.session();
  t.ok(admin, 'auth.setup', ADMIN);
  t.ok(admin, 'users.add', { username: 'clerk', displayName: '李文秘', roles: ['clerk'], password: 'staff-pass-1' });
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('收文').addRows([
    ['收文日期', '来文单位', '标题'],
    ['2024-03-05', '县财政局', '关于甲的报告'],
  ]);
  // Beside the data folder's own files, so it goes when the test core is closed.
  const path = join(t.dataDir, '2024年收文登记簿.xlsx');
  writeFileSync(path, Buffer.from(await workbook.xlsx.writeBuffer()));
  return { t, path };
}

describe('picking the file of an import under Electron', () => {
  it('reads the chosen file into the core under its own name, without telling the page where it lay', async () => {
    const { t, path } = await setup();
    const handler = createInvokeHandler({
      core: t.core,
      methods: METHOD_NAMES,
      appUrl: () => APP_URL,
      uploads: { core: t.core, files: { ...nodeUploadFiles, choose: async () => path } },
    });
    expect((await handler.invoke(event, { method: 'auth.login', input: { username: 'clerk', password: 'staff-pass-1' } })).ok).toBe(true);
    const answer = await handler.invoke(event, { method: 'imports.upload', input: {} });
    expect(answer).toMatchObject({ ok: true, value: { ticket: '', upload: { fileName: '2024年收文登记簿.xlsx', sheets: [{ name: '收文', rows: 2 }] } } });
    expect(JSON.stringify(answer)).not.toContain(path);
    const { uploadId } = (answer as { value: { upload: { uploadId: string } } }).value.upload;
    expect(await handler.invoke(event, { method: 'imports.preview', input: { uploadId, register: 'incoming' } })).toMatchObject({ ok: true, value: { records: 1 } });
  });

  it('answers upload null when the dialog is cancelled, and the core’s refusal for a file it cannot read', async () => {
    const { t } = await setup();
    const clerk = t.session();
    t.ok(clerk, 'auth.login', { username: 'clerk', password: 'staff-pass-1' });
    const ticket = () => t.ok(clerk, 'imports.upload', {}).ticket;
    const read = vi.fn(nodeUploadFiles.read);
    expect(await pickUpload(t.core, clerk, ticket(), { read, choose: async () => null })).toEqual({ ok: true, value: { ticket: '', upload: null } });
    expect(read).not.toHaveBeenCalled();
    const missing = join(t.dataDir, '已删除.xlsx');
    expect(await pickUpload(t.core, clerk, ticket(), { read, choose: async () => missing })).toEqual({
      ok: false,
      error: { code: 'VALIDATION', message: '「已删除.xlsx」没有读完（文件无法读取，或传送中断），请重新选择文件。' },
    });
  });

  it('does not ask for a file when the call itself is refused', async () => {
    const { t, path } = await setup();
    const choose = vi.fn(async () => path);
    const handler = createInvokeHandler({ core: t.core, methods: METHOD_NAMES, appUrl: () => APP_URL, uploads: { core: t.core, files: { ...nodeUploadFiles, choose } } });
    expect(await handler.invoke(event, { method: 'imports.upload', input: {} })).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(choose).not.toHaveBeenCalled();
  });
});
