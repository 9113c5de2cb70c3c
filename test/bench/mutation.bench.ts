import type { Benchmark } from './harness';
import { percentile } from './harness';
import { openSetUpCore } from './fixtures';

const CALLS = 2_000;

/** One user action end to end through the dispatcher: validate, roles, transaction, write path, audit, commit. */
export const singleMutation: Benchmark = {
  figure: 'single mutation (units.update via dispatcher), p95',
  target: '≤ 2 ms',
  run() {
    const { core, admin } = openSetUpCore();
    const added = core.dispatch(admin, 'units.add', { fullName: '凤凰县财政局', shortName: '县财政局', category: 'countyDept' });
    if (!added.ok) throw new Error(added.error.message);
    const id = (added.value as { id: string }).id;
    const samples: number[] = [];
    for (let i = 0; i < CALLS; i += 1) {
      const t0 = performance.now();
      const r = core.dispatch(admin, 'units.update', {
        id,
        fullName: '凤凰县财政局',
        shortName: `县财政局${i}`,
        category: 'countyDept',
        initialsOverride: '',
        disabled: false,
      });
      samples.push(performance.now() - t0);
      if (!r.ok) throw new Error(r.error.message);
    }
    core.close();
    const p95 = percentile(samples, 95);
    return { measured: `${p95.toFixed(3)} ms (p50 ${percentile(samples, 50).toFixed(3)} ms, ${CALLS} calls)`, pass: p95 <= 2 };
  },
};
