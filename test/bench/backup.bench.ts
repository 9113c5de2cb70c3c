import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Benchmark } from './harness';
import { percentile } from './harness';
import { buildIncomingFixture, RECORDS } from './incoming-fixture';

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

export function backupBenchmarks(): Benchmark[] {
  return [
    {
      figure: `备份 online backup of a ${fmt(RECORDS)}-record database while a write every 100 ms goes on`,
      target: '≤ 30 s; every write succeeds, none waits > 500 ms',
      async run() {
        const { core, admin } = buildIncomingFixture();
        const call = <T>(method: string, input: unknown): T => {
          const r = core.dispatch(admin, method, input);
          if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
          return r.value as T;
        };
        const folder = mkdtempSync(join(tmpdir(), 'wenmi-bench-backup-'));
        call('backup.configure', { folder, keep: 2, daily: false });
        const latencies: number[] = [];
        const startedAt: number[] = [];
        let failures = 0;
        let n = 0;
        const writer = setInterval(() => {
          const t0 = performance.now();
          startedAt.push(t0);
          const r = core.dispatch(admin, 'units.add', { fullName: `备份期间新增单位${n++}`, category: 'countyDept' });
          latencies.push(performance.now() - t0);
          if (!r.ok) failures += 1;
        }, 100);
        const t0 = performance.now();
        const job = call<{ id: string; file: string }>('backup.now', {});
        await core.whenBackupsIdle();
        const seconds = (performance.now() - t0) / 1000;
        clearInterval(writer);
        const done = call<{ jobs: { id: string; state: string; message: string }[] }>('backup.overview', {}).jobs.find((j) => j.id === job.id)!;
        if (done.state !== 'done') throw new Error(done.message);
        const mb = statSync(join(folder, job.file)).size / 1e6;
        core.close();
        // The writes are due every 100 ms: the longest wait between two shows whether the backup held the program up.
        const gaps = startedAt.slice(1).map((t, i) => t - startedAt[i]);
        const worstGap = Math.max(0, ...gaps);
        return {
          measured: `${seconds.toFixed(1)} s for ${fmt(mb)} MB incl. verification; ${latencies.length} writes, ${failures} failed, p95 ${percentile(latencies, 95).toFixed(1)} ms, longest gap ${worstGap.toFixed(0)} ms`,
          pass: seconds <= 30 && failures === 0 && worstGap <= 500,
        };
      },
    },
  ];
}
