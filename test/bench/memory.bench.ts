import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Benchmark } from './harness';

const MB = 1024 * 1024;
const LIMIT_MB = 200;

/** The core's footprint after a heavy day's work, in a fresh process (Electron runs the core in its main process). */
export const mainProcessMemory: Benchmark = {
  figure: 'main-process memory after 3,000 writes + lists + audit verify',
  target: `RSS ≤ ${LIMIT_MB} MB`,
  run() {
    const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(import.meta.dirname, 'memory-child.ts')], {
      encoding: 'utf8',
    });
    const { rss, heapUsed } = JSON.parse(out.trim().split('\n').pop()!) as { rss: number; heapUsed: number };
    return {
      measured: `RSS ${(rss / MB).toFixed(0)} MB, heap ${(heapUsed / MB).toFixed(0)} MB`,
      pass: rss / MB <= LIMIT_MB,
    };
  },
};
