import { createHash, randomUUID } from 'node:crypto';

/**
 * UUIDv7: random, never reused, and time-ordered so primary-key indexes grow
 * at the end. Built on randomUUID (pooled entropy, ~10× faster than
 * randomBytes per call): its v4 random bits are kept, the first 48 bits become
 * the millisecond timestamp and the version nibble becomes 7.
 */
export function uuidv7(nowMs: number = Date.now()): string {
  const ts = nowMs.toString(16).padStart(12, '0');
  const r = randomUUID();
  return `${ts.slice(0, 8)}-${ts.slice(8, 12)}-7${r.slice(15, 18)}-${r.slice(19)}`;
}

/**
 * A name-based id (UUIDv8 layout over SHA-256) for rows every PC creates by itself from the
 * same defaults — the seals of art. 21, the default 机关代字: each PC makes the same row, so
 * sync sees one row instead of two with the same name.
 */
export function stableId(namespace: string, name: string): string {
  const h = createHash('sha256').update(`${namespace}\u0000${name}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${((Number.parseInt(h[16], 16) & 0x3) | 0x8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
