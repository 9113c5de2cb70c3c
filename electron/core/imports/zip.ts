import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { pipeline } from 'node:stream';
import { createInflateRaw, inflateRawSync } from 'node:zlib';

/** One member of a zip archive, as its central directory describes it. */
export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  headerOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

export class ZipError extends Error {}

/**
 * The members of an .xlsx (a zip), read from the central directory at its end: an .xlsx
 * lists its parts there (the local headers of a streamed file carry no sizes). Archives of
 * more than 4 GB (zip64) and encrypted members are refused: an upload is at most 50 MB.
 */
export class ZipArchive {
  private constructor(
    private readonly path: string,
    readonly entries: ReadonlyMap<string, ZipEntry>,
    private readonly size: number,
  ) {}

  static async open(path: string): Promise<ZipArchive> {
    const file = await open(path, 'r');
    try {
      const { size } = await file.stat();
      const tailLength = Math.min(size, 22 + 0xffff);
      const tail = Buffer.alloc(tailLength);
      await file.read(tail, 0, tailLength, size - tailLength);
      let at = tailLength - 22;
      while (at >= 0 && tail.readUInt32LE(at) !== EOCD) at -= 1;
      if (at < 0) throw new ZipError('no end of central directory');
      const count = tail.readUInt16LE(at + 10);
      const directorySize = tail.readUInt32LE(at + 12);
      const directoryOffset = tail.readUInt32LE(at + 16);
      if (directoryOffset === 0xffffffff || directoryOffset + directorySize > size) throw new ZipError('zip64 or damaged directory');
      const directory = Buffer.alloc(directorySize);
      await file.read(directory, 0, directorySize, directoryOffset);
      const entries = new Map<string, ZipEntry>();
      let p = 0;
      for (let i = 0; i < count; i += 1) {
        if (p + 46 > directory.length || directory.readUInt32LE(p) !== CENTRAL) throw new ZipError('damaged central directory');
        const flags = directory.readUInt16LE(p + 8);
        const nameLength = directory.readUInt16LE(p + 28);
        const entry: ZipEntry = {
          name: directory.toString('utf8', p + 46, p + 46 + nameLength),
          method: directory.readUInt16LE(p + 10),
          compressedSize: directory.readUInt32LE(p + 20),
          headerOffset: directory.readUInt32LE(p + 42),
        };
        if (!(flags & 1)) entries.set(entry.name.replace(/^\//, ''), entry);
        p += 46 + nameLength + directory.readUInt16LE(p + 30) + directory.readUInt16LE(p + 32);
      }
      return new ZipArchive(path, entries, size);
    } finally {
      await file.close();
    }
  }

  /** Where a member's compressed bytes start: after its local header, whose name and extra field may differ in length from the directory's. */
  private async dataStart(entry: ZipEntry): Promise<number> {
    if (entry.method !== STORED && entry.method !== DEFLATED) throw new ZipError(`compression method ${entry.method}`);
    const file = await open(this.path, 'r');
    try {
      const header = Buffer.alloc(30);
      await file.read(header, 0, 30, entry.headerOffset);
      if (header.readUInt32LE(0) !== LOCAL) throw new ZipError('damaged local header');
      const start = entry.headerOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
      if (start + entry.compressedSize > this.size) throw new ZipError('member runs past the end');
      return start;
    } finally {
      await file.close();
    }
  }

  /** A small member (the workbook, its relationships, the shared strings) whole, as text. */
  async text(name: string): Promise<string | null> {
    const entry = this.entries.get(name);
    if (!entry) return null;
    const start = await this.dataStart(entry);
    const file = await open(this.path, 'r');
    try {
      const raw = Buffer.alloc(entry.compressedSize);
      await file.read(raw, 0, entry.compressedSize, start);
      return (entry.method === STORED ? raw : inflateRawSync(raw)).toString('utf8');
    } finally {
      await file.close();
    }
  }

  /** A member (a sheet, which can be hundreds of MB of XML) as a stream of decompressed chunks. */
  async *chunks(name: string): AsyncGenerator<Buffer> {
    const entry = this.entries.get(name);
    if (!entry) throw new ZipError(`no member ${name}`);
    const start = await this.dataStart(entry);
    if (entry.compressedSize === 0) return;
    const source = createReadStream(this.path, { start, end: start + entry.compressedSize - 1, highWaterMark: 1 << 16 });
    if (entry.method === STORED) {
      yield* source as AsyncIterable<Buffer>;
      return;
    }
    // pipeline, not pipe: a read error reaches the inflater, so the loop over it ends with that error.
    const inflate = createInflateRaw({ chunkSize: 1 << 16 });
    pipeline(source, inflate, () => {});
    yield* inflate as AsyncIterable<Buffer>;
  }
}
