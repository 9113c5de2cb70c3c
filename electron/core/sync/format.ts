import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/**
 * A change file: one JSON line per entry between a header and a footer. The footer
 * counts the entries and carries the SHA-256 of every byte before it and an HMAC of
 * the same bytes with the office's sync key, so a truncated, edited or foreign file
 * is recognised before anything in it is applied.
 */
export const FILE_FORMAT = 'wenmi-changes';

/** Entries per published file: small enough to re-read cheaply, large enough to keep file counts low. */
export const FILE_ENTRIES = 5000;
export const FILE_VERSION = 1;

export interface FileHeader {
  format: typeof FILE_FORMAT;
  version: number;
  setId: string;
  deviceId: string;
  seq: number;
  /** The device's wall clock when it wrote the file (for skew detection only). */
  writtenAt: string;
  /** The newest change of each other device that this device had applied: what it knew. */
  seen: Record<string, string>;
  /** A snapshot's manifest (compaction): its parts and the change files it stands for. */
  snapshot?: SnapshotManifest;
}

export interface SnapshotManifest {
  /** SHA-256 of each part file, in order. */
  parts: string[];
  /** Every change file the snapshot holds the effect of, as [device, seq]: a PC starting from it never reads them. */
  covered: [string, number][];
}

/** A row change as the change log holds it. */
export interface ChangeEntry {
  t: 'c';
  hlc: string;
  table: string;
  row: string;
  op: 'insert' | 'update';
  fields: Record<string, unknown>;
}

/** An audit entry of the writing device, as stored (its chain is verified where it lands). */
export interface AuditEntry {
  t: 'a';
  e: Record<string, unknown>;
}

export type Entry = ChangeEntry | AuditEntry;

interface Footer {
  count: number;
  sha256: string;
  hmac: string;
}

const mac = (key: string, body: Buffer) => createHmac('sha256', key).update(body).digest('hex');

export function encodeFile(header: FileHeader, entries: readonly Entry[], key: string): Buffer {
  const body = Buffer.from([header, ...entries].map((x) => `${JSON.stringify(x)}\n`).join(''), 'utf8');
  const footer: Footer = { count: entries.length, sha256: createHash('sha256').update(body).digest('hex'), hmac: mac(key, body) };
  return Buffer.concat([body, Buffer.from(`${JSON.stringify(footer)}\n`, 'utf8')]);
}

export type Decoded = { ok: true; header: FileHeader; entries: Entry[] } | { ok: false; reason: string };

/** The file's header and entries, or why it cannot be trusted (in Chinese, for the status screen). */
export function decodeFile(bytes: Buffer, key: string): Decoded {
  const end = bytes.length > 0 && bytes[bytes.length - 1] === 0x0a ? bytes.length - 1 : -1;
  if (end < 0) return { ok: false, reason: '文件不完整（没有结尾），可能尚未写完或复制中断' };
  const cut = bytes.lastIndexOf(0x0a, end - 1) + 1;
  let footer: Footer;
  try {
    footer = JSON.parse(bytes.subarray(cut, end).toString('utf8')) as Footer;
  } catch {
    return { ok: false, reason: '文件不完整（结尾损坏），可能尚未写完或复制中断' };
  }
  if (typeof footer?.sha256 !== 'string' || typeof footer.hmac !== 'string') return { ok: false, reason: '文件不完整（缺少校验信息）' };
  const body = bytes.subarray(0, cut);
  if (createHash('sha256').update(body).digest('hex') !== footer.sha256) return { ok: false, reason: '文件内容与校验值不符，可能被截断或改动' };
  const expected = Buffer.from(mac(key, body), 'hex');
  const given = Buffer.from(footer.hmac, 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, reason: '文件签名不符：不是用本单位同步密钥写的，或已被改动' };
  }
  const lines = body.toString('utf8').split('\n').slice(0, -1);
  const [header, ...entries] = lines.map((l) => JSON.parse(l) as unknown);
  const h = header as FileHeader;
  if (h?.format !== FILE_FORMAT) return { ok: false, reason: '不是文秘台账的同步文件' };
  if (entries.length !== footer.count) return { ok: false, reason: '条目数与文件结尾记录的不符' };
  return { ok: true, header: h, entries: entries as Entry[] };
}

export const snapshotDir = 'snapshots';
export const manifestName = (seq: number) => `${String(seq).padStart(10, '0')}.wsm`;
export const partName = (seq: number, part: number) => `${String(seq).padStart(10, '0')}-${String(part).padStart(5, '0')}.wsp`;
export const manifestSeqOf = (name: string): number | null => (/^\d{10}\.wsm$/.test(name) ? Number(name.slice(0, 10)) : null);

/** File name of a device's nth file: zero-padded so names sort in order. */
export const fileName = (seq: number) => `${String(seq).padStart(10, '0')}.wsc`;
export const seqOf = (name: string): number | null => (/^\d{10}\.wsc$/.test(name) ? Number(name.slice(0, 10)) : null);
