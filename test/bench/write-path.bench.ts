import { AuditChain } from '../../electron/core/audit/chain';
import { WritePath } from '../../electron/core/db/write-path';
import { uuidv7 } from '../../electron/core/ids';
import { HybridClock } from '../../electron/core/sync/clock';
import type { Benchmark } from './harness';
import { openSetUpCore, unitRow } from './fixtures';

const ROWS = 100_000;
const BATCH = 1_000;

/**
 * The same 100,000 dictionary rows, in transactions of 1,000: once as bare
 * prepared INSERTs, once through the write path (row + change log + hash-chained
 * audit entry each). Both on fresh databases with the real schema.
 */
export const writePathThroughput: Benchmark = {
  figure: 'write path vs raw insert, 100k rows in batches of 1k',
  target: '≥ 25% of raw',
  run() {
    const at = new Date().toISOString();
    const rows = Array.from({ length: ROWS }, (_, i) => ({ id: uuidv7(), ...unitRow(i, at) }));

    const raw = openSetUpCore();
    const sqlite = raw.core.connection.sqlite;
    const insert = sqlite.prepare(
      `INSERT INTO units (id, full_name, short_name, category, initials, pinyin, initials_override, disabled, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const rawBatch = sqlite.transaction((batch: typeof rows) => {
      for (const r of batch) {
        insert.run(r.id, r.fullName, r.shortName, r.category, r.initials, r.pinyin, r.initialsOverride, 0, r.createdAt, r.updatedAt);
      }
    });
    let t0 = performance.now();
    for (let i = 0; i < ROWS; i += BATCH) rawBatch(rows.slice(i, i + BATCH));
    const rawMs = performance.now() - t0;
    raw.core.close();

    const wp = openSetUpCore();
    const conn = wp.core.connection;
    const writer = new WritePath(conn.sqlite, conn.deviceId, new HybridClock(conn.deviceId, Date.now), new AuditChain(conn.sqlite, conn.deviceId));
    const scope = { at, userId: null, userName: '导入', method: 'units.import', title: '导入单位' };
    const wpBatch = conn.sqlite.transaction((batch: typeof rows) => {
      for (const r of batch) writer.insert(scope, 'units', r);
    });
    t0 = performance.now();
    for (let i = 0; i < ROWS; i += BATCH) wpBatch(rows.slice(i, i + BATCH));
    const wpMs = performance.now() - t0;
    const logged = (conn.sqlite.prepare('SELECT count(*) AS n FROM change_log WHERE table_name = ?').get('units') as { n: number }).n;
    wp.core.close();
    if (logged !== ROWS) throw new Error(`change log has ${logged} unit rows, expected ${ROWS}`);

    const ratio = rawMs / wpMs;
    const perSec = (ms: number) => `${Math.round(ROWS / (ms / 1000)).toLocaleString('en-US')}/s`;
    return {
      measured: `${(ratio * 100).toFixed(0)}% (raw ${perSec(rawMs)}, write path ${perSec(wpMs)})`,
      pass: ratio >= 0.25,
    };
  },
};
