import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { useCores } from './support';
import { outgoingOffice } from './outgoing-support';

const run = promisify(execFile);
const PER_PROCESS = 5000;

describe('R13 under concurrency', () => {
  const open = useCores();

  it(
    'two processes taking 10,000 numbers at once from one database file give 1..10000, no duplicate, no gap',
    async () => {
      const t = open();
      const o = outgoingOffice(t);
      const code = o.code('凤政办发');
      // The data folder belongs to one program at a time: the core lets go before the children open it.
      t.core.close();
      const child = join(import.meta.dirname, 'outgoing-number-child.ts');
      const devices = ['proc-a', 'proc-b'];
      const outputs = await Promise.all(
        devices.map((device) =>
          run(process.execPath, ['--import', 'tsx', child, t.dataDir, code.id, o.unit, String(PER_PROCESS), device, String(devices.length)], {
            encoding: 'utf8',
            maxBuffer: 16 * 1024 * 1024,
          }),
        ),
      );
      const results = outputs.map((out) => JSON.parse(out.stdout.trim().split('\n').pop()!) as { serials: number[]; ms: number });

      // Each process got its share, and the shares interleave: the processes really did run at the same time.
      const [a, b] = results.map((r) => r.serials);
      expect(a).toHaveLength(PER_PROCESS);
      expect(b).toHaveLength(PER_PROCESS);
      expect(Math.min(...a) < Math.max(...b) && Math.min(...b) < Math.max(...a)).toBe(true);

      const sqlite = new Database(join(t.dataDir, 'wenmi.db'), { readonly: true });
      try {
        const stored = sqlite
          .prepare('SELECT serial FROM outgoing_numbers WHERE counter_id = ? AND year = 2026 ORDER BY serial')
          .pluck()
          .all(code.counter.id) as number[];
        const expected = Array.from({ length: 2 * PER_PROCESS }, (_, i) => i + 1);
        expect(stored).toEqual(expected);
        expect([...a, ...b].sort((x, y) => x - y)).toEqual(expected);
        const docs = sqlite.prepare("SELECT count(DISTINCT outgoing_id) FROM outgoing_numbers WHERE kind = 'taken'").pluck().get();
        expect(docs).toBe(2 * PER_PROCESS);
      } finally {
        sqlite.close();
      }
    },
    90_000,
  );
});
