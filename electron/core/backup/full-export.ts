import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, writeSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { getTableName } from 'drizzle-orm';
import { SYNCED_TABLES } from '../db/write-path';

/** Rows read per step: the export yields between steps so the program keeps answering. */
const ROWS_PER_STEP = 5000;

/** Names people know the tables by, for the manifest. */
const TITLES: Record<string, string> = {
  users: '用户', units: '单位名录', people: '人员名录', settings: '设置', calendar_days: '节假日',
  incoming: '收文登记', incoming_instructions: '收文批示', assignments: '交办', assignment_urges: '催办', incoming_returns: '退文',
  outgoing_counters: '发文编号序列', outgoing_codes: '机关代字', outgoing: '发文登记', outgoing_numbers: '发文字号',
  outgoing_signatures: '发文签批', outgoing_countersigns: '会签', outgoing_distributions: '分发',
  seals: '印章', seal_entries: '用印登记', classified_docs: '密件', classified_copies: '密件份号', classified_events: '密件传阅记录',
  stock_checks: '密件清查', stock_check_items: '清查明细', destruction_batches: '销毁批次', destruction_items: '销毁清单', destruction_notes: '销毁补充说明',
  audit_log: '审计记录',
};

/** Never leaves the program: a password hash is of no use to a reader and of use to an attacker. */
const LEFT_OUT: Record<string, readonly string[]> = { users: ['password_hash'] };

/** RFC 4180: quoted when it holds a comma, quote or line break; quotes doubled. */
function csvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = typeof v === 'string' ? v : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export interface ExportedTable {
  table: string;
  title: string;
  file: string;
  columns: string[];
  rows: number;
  sha256: string;
}

/**
 * The whole database as CSV files (UTF-8 with a byte-order mark, so Excel reads the Chinese)
 * and a manifest.json naming each file, its columns, rows and SHA-256: readable without
 * Wenmi. Written a few thousand rows at a time between turns of the event loop.
 */
export async function exportDatabase(sqlite: Database.Database, dir: string, header: Record<string, unknown>): Promise<ExportedTable[]> {
  mkdirSync(dir, { recursive: true });
  const tables = [...Object.values(SYNCED_TABLES).map((t) => getTableName(t)), 'audit_log'];
  const out: ExportedTable[] = [];
  for (const table of tables) {
    const columns = (sqlite.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[]).map((c) => c.name).filter((c) => !(LEFT_OUT[table] ?? []).includes(c));
    const file = `${table}.csv`;
    const fd = openSync(join(dir, file), 'wx');
    const hash = createHash('sha256');
    const write = (text: string) => {
      const bytes = Buffer.from(text, 'utf8');
      hash.update(bytes);
      writeSync(fd, bytes);
    };
    let rows = 0;
    try {
      write(`\ufeff${columns.map(csvCell).join(',')}\r\n`);
      const page = sqlite.prepare(`SELECT rowid AS _r, ${columns.map((c) => `"${c}"`).join(', ')} FROM "${table}" WHERE rowid > ? ORDER BY rowid LIMIT ${ROWS_PER_STEP}`);
      for (let after = -1; ; ) {
        const batch = page.all(after) as Record<string, unknown>[];
        if (batch.length === 0) break;
        write(batch.map((r) => `${columns.map((c) => csvCell(r[c])).join(',')}\r\n`).join(''));
        rows += batch.length;
        after = batch.at(-1)!._r as number;
        await new Promise((r) => setImmediate(r));
        if (!sqlite.open) throw new Error('数据库已关闭，导出中止');
      }
    } finally {
      closeSync(fd);
    }
    out.push({ table, title: TITLES[table] ?? table, file, columns, rows, sha256: hash.digest('hex') });
  }
  writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify({ format: 'wenmi-export', version: 1, ...header, tables: out }, null, 2)}\n`);
  return out;
}
