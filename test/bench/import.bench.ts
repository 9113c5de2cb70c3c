import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { tempDataDir } from './fixtures';
import type { Benchmark } from './harness';
import { writeIncomingLedger } from './import-ledger';

const ROWS = 100_000;
const TIME_LIMIT_S = 20;
const MEMORY_LIMIT_MB = 500;
const MB = 1024 * 1024;

interface Measured {
  rows: number;
  imported: number;
  rejected: number;
  firstProblems: unknown[];
  uploadMs: number;
  previewMs: number;
  runMs: number;
  indexMs: number;
  maxRss: number;
}

let measured: Promise<Measured> | null = null;

/** One import in a child process (the file written beforehand, outside the clock), shared by both figures. */
function importOnce(): Promise<Measured> {
  measured ??= (async () => {
    const path = join(tempDataDir(), '收文登记簿.xlsx');
    await writeIncomingLedger(path, ROWS);
    // The figures run before this one leave gigabytes of database to be written back to the disk: the
    // import's own writes (about 500 MB through the WAL) should not queue behind them.
    execFileSync('sync');
    const out = execFileSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'import-child.ts'), path], {
      encoding: 'utf8',
      maxBuffer: 16 * MB,
    });
    const result = JSON.parse(out.trim().split('\n').pop()!) as Measured;
    if (result.imported !== ROWS) throw new Error(`imported ${result.imported} of ${ROWS}: ${JSON.stringify(result.firstProblems)}`);
    return result;
  })();
  return measured;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export function importBenchmarks(): Benchmark[] {
  return [
    {
      figure: `导入：${ROWS.toLocaleString('en-US')} 行收文 Excel 台账（上传、预览、导入）`,
      target: `≤ ${TIME_LIMIT_S} s`,
      async run() {
        const m = await importOnce();
        const total = m.uploadMs + m.previewMs + m.runMs;
        return {
          measured:
            `${seconds(total)} (upload ${seconds(m.uploadMs)}, preview ${seconds(m.previewMs)}, import ${seconds(m.runMs)}; ` +
            `${Math.round(ROWS / (m.runMs / 1000)).toLocaleString('en-US')} rows/s; search entries written ${seconds(m.indexMs)} after, in the background)`,
          pass: total / 1000 <= TIME_LIMIT_S,
        };
      },
    },
    {
      figure: `导入：${ROWS.toLocaleString('en-US')} 行收文 Excel 台账的内存`,
      target: `peak RSS ≤ ${MEMORY_LIMIT_MB} MB`,
      async run() {
        const m = await importOnce();
        return { measured: `peak RSS ${(m.maxRss / MB).toFixed(0)} MB`, pass: m.maxRss / MB <= MEMORY_LIMIT_MB };
      },
    },
  ];
}
