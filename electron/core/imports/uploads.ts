import { randomBytes } from 'node:crypto';
import { closeSync, createWriteStream, openSync, readFileSync, readSync } from 'node:fs';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import type { Result } from '../../../shared/api';
import { MAX_UPLOAD_BYTES, type UploadInfo } from '../../../shared/imports/api';
import type { SessionRef } from '../auth/sessions';
import { refuse } from '../api/errors';
import type { Cell } from '../../../shared/imports/cells';
import { readWorkbook, type SheetInfo } from './workbook';

/** Uploads older than this are removed when the next one arrives. */
export const UPLOAD_KEEP_MS = 24 * 3_600_000;
/** How long the page has to send the file after asking. */
export const UPLOAD_TICKET_MS = 2 * 60_000;

/** An upload as kept between the calls of one import; each sheet's rows lie in a file of their own (rowsOf). */
export interface StoredUpload {
  uploadId: string;
  fileName: string;
  userId: string;
  uploadedAt: string;
  sheets: SheetInfo[];
}

interface Ticket {
  session: SessionRef;
  userId: string;
  fileName: string;
  expiresMs: number;
}

const refused = (code: 'FORBIDDEN' | 'VALIDATION', message: string): Result<never> => ({ ok: false, error: { code, message } });

// An .xlsx is a zip; an .xls is an OLE compound file: told apart by their first bytes.
const ZIP = Buffer.from('504b0304', 'hex');
const OLE = Buffer.from('d0cf11e0', 'hex');

/**
 * The data folder's uploads/: files people bring in to import. Only the session that asked
 * (with a single-use ticket) may send one; only the user who sent it may read it; the file
 * is read once, into <id>.json, which the import calls use; a day later it is gone.
 * Ids start with the upload time (base 36) so the sweep needs no other record.
 */
export class UploadStore {
  private readonly tickets = new Map<string, Ticket>();

  constructor(
    readonly dir: string,
    private readonly now: () => Date,
  ) {}

  issue(session: SessionRef, userId: string, fileName: string): string {
    const nowMs = this.now().getTime();
    for (const [t, v] of this.tickets) if (v.expiresMs <= nowMs) this.tickets.delete(t);
    const token = randomBytes(32).toString('base64url');
    this.tickets.set(token, { session, userId, fileName, expiresMs: nowMs + UPLOAD_TICKET_MS });
    return token;
  }

  /** Takes the file of a ticket; never throws for what the user sent (a Chinese message instead). */
  async receive(ticket: string, session: SessionRef, body: AsyncIterable<Uint8Array>, fileName?: string): Promise<Result<UploadInfo>> {
    const t = this.tickets.get(ticket);
    if (!t || t.expiresMs <= this.now().getTime()) return refused('FORBIDDEN', '上传链接无效或已过期，请重新选择文件。');
    if (t.session !== session || session.userId !== t.userId || session.locked) return refused('FORBIDDEN', '这个上传链接不属于当前登录的用户，请重新选择文件。');
    this.tickets.delete(ticket);
    const name = (fileName ?? t.fileName).slice(0, 200) || '导入文件.xlsx';
    await mkdir(this.dir, { recursive: true });
    await this.sweep();
    const uploadId = `${this.now().getTime().toString(36)}-${randomBytes(18).toString('base64url')}`;
    const raw = join(this.dir, `${uploadId}.xlsx`);
    try {
      const head = await saveLimited(body, raw).catch(() => undefined);
      if (head === undefined) return refused('VALIDATION', `「${name}」没有读完（文件无法读取，或传送中断），请重新选择文件。`);
      if (head === null) return refused('VALIDATION', `文件超过 ${MAX_UPLOAD_BYTES / 1024 / 1024} MB，请把台账分成几个文件分批导入。`);
      const kind = fileKind(head);
      if (kind !== 'xlsx') {
        return refused('VALIDATION', kind === 'xls' ? `「${name}」是旧版 .xls 文件：请在 Excel 或 WPS 中“另存为” .xlsx 后再导入。` : `「${name}」不是 Excel 工作簿（.xlsx），无法导入。`);
      }
      const sheets = await this.read(uploadId, raw);
      if (!sheets) return refused('VALIDATION', `无法读取「${name}」：文件已损坏，或不是 Excel 工作簿（.xlsx）。`);
      if (!sheets.some((s) => s.rows > 0)) return refused('VALIDATION', `「${name}」中没有任何数据。`);
      const stored: StoredUpload = { uploadId, fileName: name, userId: t.userId, uploadedAt: this.now().toISOString(), sheets };
      await writeFile(this.path(uploadId, 'json'), JSON.stringify(stored));
      return { ok: true, value: { uploadId, fileName: name, sheets: sheets.map((s) => ({ name: s.name, rows: s.rows })) } };
    } finally {
      await rm(raw, { force: true });
    }
  }

  /** Reads the workbook, each sheet's rows going straight to <id>.<sheet>.rows, a JSON array a line; null when it cannot be read. */
  private async read(uploadId: string, raw: string): Promise<SheetInfo[] | null> {
    const outs: NodeJS.WritableStream[] = [];
    const sink = async (sheet: number, row: number, cells: Cell[]) => {
      outs[sheet] ??= createWriteStream(this.rowsPath(uploadId, sheet));
      if (!outs[sheet].write(`${JSON.stringify([row, cells])}\n`)) await once(outs[sheet], 'drain');
    };
    const sheets = await readWorkbook(raw, sink).catch(() => null);
    await Promise.all(outs.map((out) => (out.end(), finished(out))));
    if (!sheets) await Promise.all(outs.map((_, i) => rm(this.rowsPath(uploadId, i), { force: true })));
    return sheets;
  }

  /**
   * A sheet's rows as read, in order, from its file a block at a time (the calls of an import
   * are synchronous, and a big sheet is never all in memory): [row number, cells].
   */
  *rowsOf(uploadId: string, sheet: number): Generator<[number, Cell[]]> {
    const fd = openSync(this.rowsPath(uploadId, sheet), 'r');
    const block = Buffer.alloc(1 << 16);
    let carry = Buffer.alloc(0);
    try {
      for (let n = readSync(fd, block); n > 0; n = readSync(fd, block)) {
        const bytes = carry.length ? Buffer.concat([carry, block.subarray(0, n)]) : block.subarray(0, n);
        const end = bytes.lastIndexOf(0x0a);
        // Copied: the block is read into again.
        carry = Buffer.from(bytes.subarray(end + 1));
        if (end < 0) continue;
        // No byte of a multi-byte UTF-8 character is a line break, so the complete lines decode on their own;
        // and they are JSON arrays, so they parse as one once bracketed.
        yield* JSON.parse(`[${bytes.toString('utf8', 0, end).replaceAll('\n', ',')}]`) as [number, Cell[]][];
      }
      if (carry.length) yield JSON.parse(carry.toString('utf8')) as [number, Cell[]];
    } finally {
      closeSync(fd);
    }
  }

  private rowsPath(uploadId: string, sheet: number): string {
    return join(this.dir, `${uploadId}.${sheet}.rows`);
  }

  /** The upload for its owner; NOT_FOUND for anyone else, as for a removed one. */
  load(uploadId: string, userId: string): StoredUpload {
    let stored: StoredUpload;
    try {
      stored = JSON.parse(readFileSync(this.path(uploadId, 'json'), 'utf8')) as StoredUpload;
    } catch {
      throw refuse('NOT_FOUND', '上传的文件已过期或不存在，请重新选择文件。');
    }
    if (stored.userId !== userId) throw refuse('NOT_FOUND', '上传的文件已过期或不存在，请重新选择文件。');
    return stored;
  }

  path(uploadId: string, kind: 'json' | 'rejects.json'): string {
    return join(this.dir, `${uploadId}.${kind}`);
  }

  private async sweep(): Promise<void> {
    const cutoff = this.now().getTime() - UPLOAD_KEEP_MS;
    for (const name of await readdir(this.dir)) {
      const born = Number.parseInt(/^([a-z0-9]+)-/.exec(name)?.[1] ?? '', 36);
      if (Number.isFinite(born) && born < cutoff) await rm(join(this.dir, name), { force: true });
    }
  }
}

/** Writes the body to `path` and gives its first bytes; null once it passes the size limit. */
async function saveLimited(body: AsyncIterable<Uint8Array>, path: string): Promise<Buffer | null> {
  const out = createWriteStream(path);
  let size = 0;
  let head = Buffer.alloc(0);
  try {
    for await (const chunk of body) {
      size += chunk.length;
      if (size > MAX_UPLOAD_BYTES) {
        out.destroy();
        return null;
      }
      if (head.length < 4) head = Buffer.concat([head, chunk]).subarray(0, 4);
      if (!out.write(chunk)) await once(out, 'drain');
    }
    out.end();
    await finished(out);
    return head;
  } catch (error) {
    out.destroy();
    throw error;
  }
}

function fileKind(head: Buffer): 'xlsx' | 'xls' | 'other' {
  if (head.equals(ZIP)) return 'xlsx';
  return head.equals(OLE) ? 'xls' : 'other';
}

const stores = new WeakMap<Database.Database, UploadStore>();

/** Makes the store reachable from the handlers of this connection (as the export tickets are). */
export function attachUploads(sqlite: Database.Database, store: UploadStore): void {
  stores.set(sqlite, store);
}

export function uploadsOf(sqlite: Database.Database): UploadStore {
  const store = stores.get(sqlite);
  if (!store) throw new Error('uploads not attached to this connection');
  return store;
}
