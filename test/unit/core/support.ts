// Helpers shared by the core tests: fixture bookkeeping and raw reads of the
// record tables. Everything runs against the real core on a real SQLite file.
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { afterEach } from 'vitest';
import type { Role } from '../../../shared/auth/roles';
import type { UserRow } from '../../../shared/users/api';
import { rmSync } from 'node:fs';
import { openTestCore, setUpOffice, signIn, tempDir, type TestCore } from '../../helpers/core';
import type { SessionRef } from '../../../electron/core';

/** Opens test cores that are closed (and their temp folders removed) after each test. */
export function useCores(): (dataDir?: string, extra?: Parameters<typeof openTestCore>[1]) => TestCore {
  const open: TestCore[] = [];
  afterEach(() => {
    for (const t of open.splice(0)) t.close();
  });
  return (dataDir?: string, extra?: Parameters<typeof openTestCore>[1]) => {
    const dir = dataDir ?? tempDir();
    let t: TestCore;
    try {
      t = openTestCore(dir, extra);
    } catch (error) {
      // A core that fails to open must not leave its temp folder behind.
      rmSync(dir, { recursive: true, force: true });
      throw error;
    }
    open.push(t);
    return t;
  };
}

export interface AuditRow {
  device_id: string;
  seq: number;
  at: string;
  user_id: string | null;
  user_name: string;
  method: string;
  title: string;
  table_name: string | null;
  record_id: string | null;
  before: string | null;
  after: string | null;
  detail: string;
  hash: string;
}

export interface ChangeRow {
  hlc: string;
  device_id: string;
  table_name: string;
  row_id: string;
  op: string;
  fields: string;
}

export const auditRows = (t: TestCore): AuditRow[] =>
  t.core.connection.sqlite.prepare('SELECT * FROM audit_log ORDER BY device_id, seq').all() as AuditRow[];

export const changeRows = (t: TestCore): ChangeRow[] =>
  t.core.connection.sqlite.prepare('SELECT * FROM change_log ORDER BY rowid').all() as ChangeRow[];

export const lastAudit = (t: TestCore): AuditRow =>
  t.core.connection.sqlite.prepare('SELECT * FROM audit_log ORDER BY seq DESC LIMIT 1').get() as AuditRow;

export const count = (t: TestCore, table: string): number =>
  (t.core.connection.sqlite.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;

/** Every row of a table, in a stable order: to compare "before" and "after" exactly. */
export const dump = (t: TestCore, table: string): unknown[] =>
  t.core.connection.sqlite.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).all();

export const PASSWORD = 'staff-pass-1';

/** Adds a user through users.add as the given administrator session. */
export function addUser(t: TestCore, admin: SessionRef, username: string, roles: Role[], displayName = username): UserRow {
  return t.ok(admin, 'users.add', { username, displayName, roles, password: PASSWORD });
}

export const CHINESE = /[\u4e00-\u9fff]/;

/** An office with a clerk (李文秘) signed in and one unit (县财政局) in the directory. */
export function clerkOffice(t: TestCore) {
  const admin = setUpOffice(t);
  addUser(t, admin, 'clerk', ['clerk'], '李文秘');
  const clerk = signIn(t, 'clerk', PASSWORD);
  const unit = t.ok(admin, 'units.add', { fullName: '县财政局', shortName: '财政局', category: 'countyDept' });
  return { admin, clerk, unit };
}

/** Streams an export ticket through the core and reads the .xlsx back. */
export async function downloadExport(t: TestCore, s: SessionRef, ticket: string) {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const { rows } = await t.core.streamExport(ticket, s, out);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  const values: unknown[][] = [];
  sheet.eachRow((row) => values.push((row.values as unknown[]).slice(1)));
  return { rows, workbook, sheet, sheetName: sheet.name, header: values[0], body: values.slice(1) };
}
