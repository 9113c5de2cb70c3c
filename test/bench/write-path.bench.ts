import { AuditChain } from '../../electron/core/audit/chain';
import { WritePath } from '../../electron/core/db/write-path';
import { uuidv7 } from '../../electron/core/ids';
import { HybridClock } from '../../electron/core/sync/clock';
import type { Benchmark } from './harness';
import { openSetUpCore, unitRow } from './fixtures';

const ROWS = 100_000;
const BATCH = 1_000;

type UnitRow = ReturnType<typeof unitRow> & { id: string };
const perSec = (ms: number) => `${Math.round(ROWS / (ms / 1000)).toLocaleString('en-US')}/s`;

/** Inserts the rows in transactions of BATCH on a fresh database with the real schema; returns the milliseconds. */
function timeBatches(rows: UnitRow[], insert: (core: ReturnType<typeof openSetUpCore>['core'], batch: UnitRow[]) => void): number {
  const { core } = openSetUpCore();
  const tx = core.connection.sqlite.transaction((batch: UnitRow[]) => insert(core, batch));
  const t0 = performance.now();
  for (let i = 0; i < ROWS; i += BATCH) tx(rows.slice(i, i + BATCH));
  const ms = performance.now() - t0;
  const logged = (core.connection.sqlite.prepare("SELECT count(*) AS n FROM units").get() as { n: number }).n;
  core.close();
  if (logged !== ROWS) throw new Error(`${logged} unit rows written, expected ${ROWS}`);
  return ms;
}

function rawInsert(core: ReturnType<typeof openSetUpCore>['core'], batch: UnitRow[]): void {
  const stmt = core.connection.sqlite.prepare(
    `INSERT INTO units (id, full_name, short_name, category, initials, pinyin, initials_override, disabled, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const r of batch) {
    stmt.run(r.id, r.fullName, r.shortName, r.category, r.initials, r.pinyin, r.initialsOverride, 0, r.createdAt, r.updatedAt);
  }
}

const writers = new WeakMap<object, WritePath>();
function writerFor(core: ReturnType<typeof openSetUpCore>['core']): WritePath {
  let w = writers.get(core);
  if (!w) {
    const { sqlite, deviceId } = core.connection;
    const last = (sqlite.prepare('SELECT max(hlc) AS h FROM change_log').get() as { h: string | null }).h;
    w = new WritePath(sqlite, deviceId, new HybridClock(deviceId, Date.now, last), new AuditChain(sqlite, deviceId));
    writers.set(core, w);
  }
  return w;
}

const scope = () => ({ at: new Date().toISOString(), userId: null, userName: '导入', method: 'units.import', title: '导入单位' });

/**
 * The same 100,000 dictionary rows in transactions of 1,000: once as bare
 * prepared INSERTs, once through the write path as a batch (row + change-log
 * entry each, one audit entry per batch holding every row), and once through
 * the write path row by row (an audit entry per row, as a form save does).
 */
export function writePathBenchmarks(): Benchmark[] {
  const at = new Date().toISOString();
  const rows: UnitRow[] = Array.from({ length: ROWS }, (_, i) => ({ id: uuidv7(), ...unitRow(i, at) }));
  let rawMs = 0;
  const raw = () => (rawMs ||= timeBatches(rows, rawInsert));
  return [
    {
      figure: 'write path, batches (import), vs raw insert: 100k rows',
      target: '≥ 25% of raw',
      run() {
        const ms = timeBatches(rows, (core, batch) => writerFor(core).insertMany(scope(), 'units', batch));
        const ratio = raw() / ms;
        return { measured: `${(ratio * 100).toFixed(0)}% (raw ${perSec(raw())}, write path ${perSec(ms)})`, pass: ratio >= 0.25 };
      },
    },
    {
      figure: 'write path, row by row (form saves), vs raw: 100k rows',
      target: 'reported',
      run() {
        const ms = timeBatches(rows, (core, batch) => {
          const w = writerFor(core);
          for (const r of batch) w.insert(scope(), 'units', r);
        });
        return { measured: `${((raw() / ms) * 100).toFixed(0)}% (${perSec(ms)})`, pass: true };
      },
    },
  ];
}
