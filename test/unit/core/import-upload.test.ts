import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { MAX_UPLOAD_BYTES } from '../../../shared/imports/api';
import { setUpOffice, signIn, type TestCore } from '../../helpers/core';
import { bytesOf, sendFile, upload, workbookOf } from './import-support';
import { addUser, PASSWORD, useCores } from './support';

const ledger = () => workbookOf('收文', [['收文日期', '来文单位', '标题'], ['2024-03-05', '县财政局', '关于甲的报告']]);

describe('uploads for an import', () => {
  const open = useCores();

  function office(t: TestCore) {
    const admin = setUpOffice(t);
    addUser(t, admin, 'clerk', ['clerk'], '周丽');
    return { admin, clerk: signIn(t, 'clerk', PASSWORD) };
  }

  it('keeps the sheets read from the file under the data folder (each sheet’s rows a file of their own), and nothing of the file itself', async () => {
    const t = open();
    const { clerk } = office(t);
    const file = await upload(t, clerk, ledger(), '收文登记簿.xlsx');
    expect(file.uploadId).toMatch(/^[a-z0-9]+-[\w-]{24}$/);
    expect(readdirSync(join(t.dataDir, 'uploads')).sort()).toEqual([`${file.uploadId}.0.rows`, `${file.uploadId}.json`]);
  });

  it('previews the first 20 rows of a long sheet and counts them all', async () => {
    const t = open();
    const { clerk } = office(t);
    const rows = Array.from({ length: 45 }, (_, i) => [`2024-03-${String((i % 28) + 1).padStart(2, '0')}`, '县财政局', `关于第${i + 1}件事的报告`]);
    const file = await upload(t, clerk, workbookOf('收文', [['收文日期', '来文单位', '标题'], ...rows]));
    const p = t.ok(clerk, 'imports.preview', { uploadId: file.uploadId, register: 'incoming' });
    expect(p.records).toBe(45);
    expect(p.rows.map((r) => r.row)).toEqual(Array.from({ length: 20 }, (_, i) => i + 2));
  });

  it('takes the header row the user names when it lies below the rows searched for one', async () => {
    const t = open();
    const { clerk } = office(t);
    const notes = Array.from({ length: 34 }, (_, i) => [`填表说明第${i + 1}条`]);
    const file = await upload(t, clerk, workbookOf('收文', [...notes, ['收文日期', '来文单位', '标题'], ['2024-03-05', '县财政局', '关于甲的报告'], ['2024-03-06', '县财政局', '关于乙的报告']]));
    const guessed = t.ok(clerk, 'imports.preview', { uploadId: file.uploadId, register: 'incoming' });
    expect(guessed.headerFound).toBe(false);
    const told = t.ok(clerk, 'imports.preview', { uploadId: file.uploadId, register: 'incoming', headerRow: 35 });
    expect(told).toMatchObject({ headerFound: true, records: 2, mapping: { headerRow: 35, columns: ['receivedAt', 'fromUnitId', 'title'] } });
  });

  it('refuses a ticket used twice, another session’s ticket, a late one, and a caller without an importing role', async () => {
    const t = open();
    const { admin, clerk } = office(t);
    addUser(t, admin, 'auditor', ['auditor'], '审计');
    const bytes = await bytesOf(ledger());
    const { ticket } = t.ok(clerk, 'imports.upload', { fileName: 'a.xlsx' });
    expect((await t.core.receiveUpload(ticket, admin, Readable.from([bytes]))).ok).toBe(false);
    expect((await t.core.receiveUpload(ticket, clerk, Readable.from([bytes]))).ok).toBe(true);
    expect(await t.core.receiveUpload(ticket, clerk, Readable.from([bytes]))).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', message: '上传链接无效或已过期，请重新选择文件。' },
    });
    const late = t.ok(clerk, 'imports.upload', { fileName: 'b.xlsx' }).ticket;
    t.clock.advanceMinutes(3);
    expect((await t.core.receiveUpload(late, clerk, Readable.from([bytes]))).ok).toBe(false);
    expect(t.call(signIn(t, 'auditor', PASSWORD), 'imports.upload', { fileName: 'c.xlsx' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('says what is wrong with a file it cannot import, keeping nothing of it', async () => {
    const t = open();
    const { clerk } = office(t);
    const refused = async (bytes: Buffer, name: string) => {
      const r = await sendFile(t, clerk, bytes, name);
      return r.ok ? null : r.error;
    };
    expect(await refused(Buffer.from('d0cf11e0a1b11ae1' + '00'.repeat(504), 'hex'), '旧台账.xls')).toEqual({
      code: 'VALIDATION',
      message: '「旧台账.xls」是旧版 .xls 文件：请在 Excel 或 WPS 中“另存为” .xlsx 后再导入。',
    });
    expect(await refused(Buffer.from('收文日期,来文单位\n2024-03-05,县财政局\n'), '台账.xlsx')).toMatchObject({ message: '「台账.xlsx」不是 Excel 工作簿（.xlsx），无法导入。' });
    const whole = await bytesOf(ledger());
    expect(await refused(whole.subarray(0, whole.length / 2), '半个.xlsx')).toMatchObject({ message: '无法读取「半个.xlsx」：文件已损坏，或不是 Excel 工作簿（.xlsx）。' });
    const empty = new ExcelJS.Workbook();
    empty.addWorksheet('Sheet1');
    expect(await refused(await bytesOf(empty), '空表.xlsx')).toMatchObject({ message: '「空表.xlsx」中没有任何数据。' });
    expect(readdirSync(join(t.dataDir, 'uploads'))).toEqual([]);
  });

  it('stops reading a file past the size limit', async () => {
    const t = open();
    const { clerk } = office(t);
    const { ticket } = t.ok(clerk, 'imports.upload', { fileName: '大文件.xlsx' });
    let sent = 0;
    async function* huge() {
      const chunk = Buffer.alloc(1024 * 1024, 0x50);
      for (;;) {
        sent += chunk.length;
        yield chunk;
      }
    }
    const r = await t.core.receiveUpload(ticket, clerk, huge());
    expect(r).toEqual({ ok: false, error: { code: 'VALIDATION', message: '文件超过 50 MB，请把台账分成几个文件分批导入。' } });
    expect(sent).toBeLessThanOrEqual(MAX_UPLOAD_BYTES + 1024 * 1024);
    expect(readdirSync(join(t.dataDir, 'uploads'))).toEqual([]);
  });

  it('removes uploads older than a day when the next one arrives', async () => {
    const t = open();
    const { clerk } = office(t);
    const old = await upload(t, clerk, ledger());
    t.clock.advanceMinutes(25 * 60);
    t.ok(clerk, 'auth.unlock', { password: PASSWORD });
    // Still there until another upload arrives.
    expect(t.call(clerk, 'imports.preview', { uploadId: old.uploadId, register: 'incoming' }).ok).toBe(true);
    const fresh = await upload(t, clerk, ledger());
    expect(readdirSync(join(t.dataDir, 'uploads')).filter((f) => f.startsWith(old.uploadId))).toEqual([]);
    expect(existsSync(join(t.dataDir, 'uploads', `${fresh.uploadId}.json`))).toBe(true);
    expect(t.call(clerk, 'imports.preview', { uploadId: old.uploadId, register: 'incoming' })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: '上传的文件已过期或不存在，请重新选择文件。' },
    });
    expect(t.call(clerk, 'imports.preview', { uploadId: fresh.uploadId, register: 'incoming' }).ok).toBe(true);
  });
});
