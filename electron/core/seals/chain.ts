import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { LedgerVerdict } from '../../../shared/seals/api';
import type { CallContext } from '../api/context';
import { prepared } from '../db/statements';
import type { NewRowOf, RowOf } from '../db/write-path';

type Line = RowOf<'sealEntries'>;
type Unchained = Omit<NewRowOf<'sealEntries'>, 'deviceId' | 'chainSeq' | 'hash'>;

const GENESIS = '0'.repeat(64);

/** The stored columns a line's hash covers, in a fixed order (snake_case as in the file). */
const COVERED = [
  'id', 'kind', 'year', 'serial', 'ref_id', 'root_id', 'seal_id', 'seal_name', 'use_kind', 'outgoing_id', 'doc_number',
  'secrecy_level', 'used_at', 'reason', 'file_name', 'copies', 'unit_id', 'unit_name', 'handler', 'approver_id',
  'approver_name', 'approver_title', 'approved_at', 'method', 'returned_at', 'remarks', 'correction_reason', 'cancelled',
  'supervisor', 'recorded_by', 'device_id', 'chain_seq', 'created_at', 'updated_at',
] as const;

type StoredLine = Record<(typeof COVERED)[number] | 'hash', string | number | null>;

/**
 * Length-prefixed, like the audit chain: editing a line breaks its hash, re-hashing it
 * breaks the next line's, and removing one leaves a hole in chain_seq.
 */
function lineHash(prevHash: string, line: StoredLine): string {
  const h = createHash('sha256').update(prevHash);
  for (const key of COVERED) {
    const v = line[key];
    if (v === null) h.update('\u0000');
    else {
      const text = String(v);
      h.update(`${text.length}:`).update(text);
    }
  }
  return h.digest('hex');
}

const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** The line as SQLite stores it: booleans are 0/1, missing values null. */
function stored(values: Record<string, unknown>): StoredLine {
  const out: Record<string, string | number | null> = {};
  for (const [k, v] of Object.entries(values)) out[snake(k)] = typeof v === 'boolean' ? Number(v) : ((v ?? null) as string | number | null);
  for (const key of COVERED) out[key] ??= null;
  return out as StoredLine;
}

/** Appends a line to this device's chain, through the write path (change log and audit as any row). */
export function appendLine(ctx: CallContext, line: Unchained): Line {
  const head = prepared(ctx.sqlite, 'SELECT chain_seq AS seq, hash FROM seal_entries WHERE device_id = ? ORDER BY chain_seq DESC LIMIT 1').get(
    ctx.deviceId,
  ) as { seq: number; hash: string } | undefined;
  const chained = { ...line, deviceId: ctx.deviceId, chainSeq: (head?.seq ?? 0) + 1 };
  const hash = lineHash(head?.hash ?? GENESIS, stored(chained));
  return ctx.insert('sealEntries', { ...chained, hash });
}

/** Recomputes every device's chain from the file (R23: a changed, re-hashed or removed line is found). */
export function verifyLedger(sqlite: Database.Database): LedgerVerdict {
  const devices = prepared(sqlite, 'SELECT DISTINCT device_id AS d FROM seal_entries').all() as { d: string }[];
  let entries = 0;
  for (const { d } of devices) {
    let prev = GENESIS;
    let expected = 1;
    for (const line of sqlite.prepare('SELECT * FROM seal_entries WHERE device_id = ? ORDER BY chain_seq').all(d) as StoredLine[]) {
      entries += 1;
      const at = line.year !== null ? `序号 ${line.year}-${line.serial}` : `第 ${line.chain_seq} 条记录（归还）`;
      if (line.chain_seq !== expected) {
        return { ok: false, entries, problem: `用印登记簿缺少记录：本机第 ${expected} 条之后直接是第 ${line.chain_seq} 条，有记录被删除。` };
      }
      if (lineHash(prev, line) !== line.hash) {
        return { ok: false, entries, problem: `用印登记簿${at} 与登记时不符，记录已被改动。` };
      }
      prev = line.hash as string;
      expected += 1;
    }
  }
  // A removed last line leaves no hole in its chain; the audit trail (itself verified) names every line written.
  const exists = prepared(sqlite, 'SELECT 1 FROM seal_entries WHERE id = ?');
  for (const { id, after } of sqlite.prepare("SELECT record_id AS id, after FROM audit_log WHERE table_name = 'sealEntries'").all() as { id: string; after: string }[]) {
    if (exists.get(id)) continue;
    // The audit entry leaves out null fields: a return has no year.
    const line = JSON.parse(after) as { year?: number; serial?: number };
    const at = line.year !== undefined ? `序号 ${line.year}-${line.serial} 的记录` : '一条归还记录';
    return { ok: false, entries, problem: `用印登记簿中${at}已被删除（审计记录中有它的登记）。` };
  }
  return { ok: true, entries, problem: null };
}
