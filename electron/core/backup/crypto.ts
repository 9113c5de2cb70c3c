import { createCipheriv, createDecipheriv, createHash, randomBytes, scrypt } from 'node:crypto';
import { createReadStream, createWriteStream, openSync, readSync, closeSync, statSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { Writable } from 'node:stream';

/**
 * Encrypted backups: "WENMIBK1", a 16-byte scrypt salt and a 12-byte GCM nonce, the
 * AES-256-GCM ciphertext, then the 16-byte tag. The key never leaves memory.
 */
const MAGIC = Buffer.from('WENMIBK1', 'ascii');
const HEADER = MAGIC.length + 16 + 12;
const TAG = 16;
const SCRYPT = { N: 1 << 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };

const keyOf = (passphrase: string, salt: Buffer) =>
  new Promise<Buffer>((resolve, reject) => scrypt(passphrase, salt, 32, SCRYPT, (err, key) => (err ? reject(err) : resolve(key))));

export async function encryptFile(src: string, dest: string, passphrase: string): Promise<void> {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', await keyOf(passphrase, salt), iv);
  const out = createWriteStream(dest, { flags: 'wx' });
  out.write(Buffer.concat([MAGIC, salt, iv]));
  await pipeline(createReadStream(src), cipher, out, { end: false });
  await new Promise<void>((resolve, reject) => out.end(cipher.getAuthTag(), (err?: Error | null) => (err ? reject(err) : resolve())));
}

export const isEncrypted = (file: string): boolean => {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(MAGIC.length);
    readSync(fd, head, 0, MAGIC.length, 0);
    return head.equals(MAGIC);
  } finally {
    closeSync(fd);
  }
};

/**
 * Decrypts to `dest` (or only hashes the plaintext when dest is null) and returns its
 * SHA-256; rejects when the passphrase is wrong or a byte was changed (the tag fails).
 */
export async function decryptFile(src: string, dest: string | null, passphrase: string): Promise<string> {
  const size = statSync(src).size;
  if (size < HEADER + TAG) throw new Error('too short');
  const fd = openSync(src, 'r');
  const head = Buffer.alloc(HEADER);
  const tag = Buffer.alloc(TAG);
  try {
    readSync(fd, head, 0, HEADER, 0);
    readSync(fd, tag, 0, TAG, size - TAG);
  } finally {
    closeSync(fd);
  }
  if (!head.subarray(0, MAGIC.length).equals(MAGIC)) throw new Error('not an encrypted backup');
  const decipher = createDecipheriv('aes-256-gcm', await keyOf(passphrase, head.subarray(MAGIC.length, MAGIC.length + 16)), head.subarray(MAGIC.length + 16));
  decipher.setAuthTag(tag);
  const hash = createHash('sha256');
  const sink = dest
    ? createWriteStream(dest, { flags: 'wx' })
    : new Writable({
        write(_chunk, _enc, done) {
          done();
        },
      });
  const tee = new Writable({
    write(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      if (sink.write(chunk)) done();
      else sink.once('drain', () => done());
    },
    final(done) {
      sink.end(done);
    },
  });
  await pipeline(createReadStream(src, { start: HEADER, end: size - TAG - 1 }), decipher, tee);
  return hash.digest('hex');
}

/** Large reads: hashing a database of gigabytes in 64 KiB pieces spends more time in the stream than in SHA-256. */
const READ_CHUNK = 4 * 1024 * 1024;

export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(
    createReadStream(file, { highWaterMark: READ_CHUNK }),
    new Writable({
      write(chunk: Buffer, _enc, done) {
        hash.update(chunk);
        done();
      },
    }),
  );
  return hash.digest('hex');
}
