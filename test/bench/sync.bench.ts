import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openCore, type Core, type SessionRef } from '../../electron/core';
import { formatHlc } from '../../electron/core/sync/clock';
import { encodeFile, fileName, FILE_ENTRIES, FILE_FORMAT, type ChangeEntry } from '../../electron/core/sync/format';
import type { Benchmark } from './harness';
import { percentile } from './harness';
import { MIGRATIONS_DIR, openSetUpCore, tempDataDir, unitRow } from './fixtures';

const KEY = 'bench-sync-key-1';
/** Changes already in the folder for the "nothing new" figure; WENMI_BENCH_SYNC_HISTORY for a smaller run. */
const HISTORY = Number(process.env.WENMI_BENCH_SYNC_HISTORY ?? 1_000_000);
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

interface Pair {
  a: Core;
  b: Core;
  bAdmin: SessionRef;
  folder: string;
  setId: string;
}

function ok<T>(core: Core, session: SessionRef, method: string, input: unknown): T {
  const r = core.dispatch(session, method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value as T;
}

/** Two PCs in one set: A created it, B joined at its first run. */
function pair(): Pair {
  const { core: a, admin } = openSetUpCore();
  const folder = tempDataDir();
  ok(a, admin, 'sync.create', { folder, key: KEY });
  const b = openCore({ dataDir: tempDataDir(), migrationsDir: MIGRATIONS_DIR });
  ok(b, b.newSession(), 'sync.joinAtSetup', { folder, key: KEY });
  const bAdmin = b.newSession();
  ok(b, bAdmin, 'auth.login', { username: 'admin', password: 'bench-pass-1' });
  return { a, b, bAdmin, folder, setId: readdirSync(folder).find((n) => n !== 'wenmi-sync.json')! };
}

/**
 * Another PC's files, as it would publish them: `units` new units, then `updatesPerUnit`
 * edits of each, in clock order.
 */
function writeRemote(p: Pair, device: string, units: number, updatesPerUnit: number): number {
  const dir = join(p.folder, p.setId, 'devices', device);
  mkdirSync(dir, { recursive: true });
  const start = Date.parse('2026-11-01T00:00:00Z');
  const at = new Date(start).toISOString();
  let tick = 0;
  const hlc = () => formatHlc(start + Math.floor(tick / 100), tick++ % 100, device);
  const ids = Array.from({ length: units }, (_, i) => `${device}-unit-${i}`);
  let seq = 0;
  let batch: ChangeEntry[] = [];
  const flush = () => {
    if (batch.length === 0) return;
    seq += 1;
    const header = { format: FILE_FORMAT, version: 1, setId: p.setId, deviceId: device, seq, writtenAt: new Date().toISOString(), seen: {} };
    writeFileSync(join(dir, fileName(seq)), encodeFile(header as never, batch, KEY));
    batch = [];
  };
  const push = (c: ChangeEntry) => {
    batch.push(c);
    if (batch.length === FILE_ENTRIES) flush();
  };
  ids.forEach((id, i) => push({ t: 'c', hlc: hlc(), table: 'units', row: id, op: 'insert', fields: { id, ...unitRow(i, at) } }));
  for (let k = 0; k < updatesPerUnit; k++) {
    ids.forEach((id) => push({ t: 'c', hlc: hlc(), table: 'units', row: id, op: 'update', fields: { shortName: `简称${k}`, updatedAt: at } }));
  }
  flush();
  return units * (1 + updatesPerUnit);
}

function timed<T>(f: () => T): { value: T; ms: number } {
  const t0 = performance.now();
  const value = f();
  return { value, ms: performance.now() - t0 };
}

export function syncBenchmarks(): Benchmark[] {
  return [
    {
      figure: '同步 applying 100,000 remote changes (20,000 new units, 4 edits each)',
      target: '≤ 5 s',
      run() {
        const p = pair();
        const n = writeRemote(p, 'remote-pc', 20_000, 4);
        const { value, ms } = timed(() => p.b.sync());
        if (value.received !== n) throw new Error(`applied ${value.received} of ${n}`);
        return { measured: `${(ms / 1000).toFixed(2)} s (${fmt(n / (ms / 1000))}/s)`, pass: ms <= 5000 };
      },
    },
    {
      figure: '同步 applying remote 收文 registrations (row, change log, full-text index), 20,000',
      target: 'informational',
      run() {
        const p = pair();
        const admin = p.a.newSession();
        ok(p.a, admin, 'auth.login', { username: 'admin', password: 'bench-pass-1' });
        ok(p.a, admin, 'users.add', { username: 'clerk', displayName: '周丽', roles: ['clerk'], password: 'bench-pass-2' });
        const clerk = p.a.newSession();
        ok(p.a, clerk, 'auth.login', { username: 'clerk', password: 'bench-pass-2' });
        const unit = ok<{ id: string }>(p.a, admin, 'units.add', { fullName: '凤凰县财政局', category: 'countyDept' });
        for (let i = 0; i < 20; i++) {
          const records = Array.from({ length: 1000 }, (_, k) => ({
            receivedAt: '2026-11-27T09:30:00+08:00',
            signedBy: '周丽',
            fromUnitId: unit.id,
            docNumber: `凤财发〔2026〕${i * 1000 + k + 1}号`,
            title: `关于做好第${i * 1000 + k}项冬季防火工作的通知`,
            docType: 'notice',
            writtenDate: '2026-11-20',
            secrecyLevel: 'none',
            urgency: 'normal',
            copies: 1,
            incomingClass: 'readOnly',
            addressee: 'county',
          }));
          ok(p.a, clerk, 'incoming.import', { records });
        }
        p.a.sync();
        const { value, ms } = timed(() => p.b.sync());
        return { measured: `${(ms / 1000).toFixed(2)} s for ${fmt(value.received)} changes (${fmt(value.received / (ms / 1000))}/s)`, pass: true };
      },
    },
    {
      figure: `同步 a sync with nothing new, folder holding ${fmt(HISTORY)} historical changes, p95 of 20`,
      target: '≤ 200 ms',
      run() {
        const p = pair();
        const n = writeRemote(p, 'old-pc', HISTORY / 5, 4);
        const first = timed(() => p.b.sync());
        if (first.value.received !== n) throw new Error(`applied ${first.value.received} of ${n}`);
        const samples = Array.from({ length: 20 }, () => timed(() => p.b.sync()).ms);
        return {
          measured: `${percentile(samples, 95).toFixed(1)} ms (first sync applying them: ${(first.ms / 1000).toFixed(1)} s)`,
          pass: percentile(samples, 95) <= 200,
        };
      },
    },
    {
      figure: '同步 publishing 10,000 local changes (with their audit entries)',
      target: '≤ 1 s',
      run() {
        const p = pair();
        p.b.sync();
        for (let i = 0; i < 10_000; i++) ok(p.b, p.bAdmin, 'units.add', { fullName: `县直单位${i}`, category: 'countyDept' });
        const { value, ms } = timed(() => p.b.sync());
        if (value.published < 10_000) throw new Error(`published ${value.published}`);
        return { measured: `${ms.toFixed(0)} ms (${fmt(value.published)} entries)`, pass: ms <= 1000 };
      },
    },
  ];
}
