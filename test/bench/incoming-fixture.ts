import { agencyCode, generateIncoming, take } from '../../electron/core/demo/incoming-generator';
import { DEMO_UNITS } from '../../electron/core/demo/data';
import type { Core, SessionRef } from '../../electron/core';
import { openSetUpCore } from './fixtures';

export const RECORDS = Number(process.env.WENMI_BENCH_RECORDS ?? 1_000_000);
export const BATCH = 1_000;

/** Words put into a handful of titles, so "a term that matches fewer than 10 records" exists at every length. */
export const RARE_TERMS = ['龘', '鳌峰', '鳌峰寨', '鳌峰寨村委会'];

export interface IncomingFixture {
  core: Core;
  clerk: SessionRef;
  admin: SessionRef;
  dataDir: string;
  unitIds: string[];
  /** Milliseconds spent in incoming.import for the whole load. */
  importMs: number;
}

/** A database with RECORDS incoming documents, loaded through the public API in batches of 1,000. */
export function buildIncomingFixture(): IncomingFixture {
  const { core, admin, dataDir } = openSetUpCore();
  const call = <T>(session: SessionRef, method: string, input: unknown): T => {
    const r = core.dispatch(session, method, input);
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
    return r.value as T;
  };
  call(admin, 'users.add', { username: 'clerk', displayName: '周丽', roles: ['clerk'], password: 'bench-pass-1' });
  const clerk = core.newSession();
  call(clerk, 'auth.login', { username: 'clerk', password: 'bench-pass-1' });
  const units = DEMO_UNITS.map(([fullName, shortName, category]) => ({
    id: call<{ id: string }>(admin, 'units.add', { fullName, shortName, category }).id,
    code: agencyCode(fullName),
  }));
  const records = generateIncoming(units, RECORDS, { from: '2022-01-04', to: '2026-11-27' });
  let importMs = 0;
  let loaded = 0;
  while (loaded < RECORDS) {
    const batch = take(records, BATCH);
    if (loaded === 0) {
      // Two of the oldest records carry each rare word: every rare term matches 2 to 6 records.
      batch.slice(0, RARE_TERMS.length * 2).forEach((r, i) => (r.title = `关于${RARE_TERMS[i % RARE_TERMS.length]}${r.title}`));
    }
    const t0 = performance.now();
    call(clerk, 'incoming.import', { records: batch });
    importMs += performance.now() - t0;
    loaded += batch.length;
    // The idle lock counts wall time; a long load must not lock the bench's own sessions.
    call(clerk, 'auth.keepAlive', {});
    call(admin, 'auth.keepAlive', {});
  }
  return { core, clerk, admin, dataDir, unitIds: units.map((u) => u.id), importMs };
}
