// One of the processes of the R13 concurrency test (outgoing-concurrency.test.ts):
// it opens the real migrated database in normal locking mode, as a second
// program would if the exclusive lock of openCore were not there, and takes
// numbers through the real numbering code and the real write path, one
// document per IMMEDIATE transaction.
//
// Each process writes as its own device: a device's audit chain and clock
// belong to one program (which is why openCore locks the file), so two
// processes sharing one device id would fork that chain — not what is tested here.
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { AuditChain } from '../../../electron/core/audit/chain';
import { WritePath } from '../../../electron/core/db/write-path';
import { uuidv7 } from '../../../electron/core/ids';
import { takeDocumentNumber, type NumberWrites } from '../../../electron/core/outgoing/numbering';
import { nextOutgoingKey } from '../../../electron/core/outgoing/view';
import { HybridClock } from '../../../electron/core/sync/clock';

const [dataDir, codeId, unitId, countArg, deviceId, processesArg] = process.argv.slice(2);
const sqlite = new Database(join(dataDir, 'wenmi.db'), { timeout: 60_000 });
sqlite.pragma('journal_mode = WAL');
sqlite.pragma('busy_timeout = 60000');
sqlite.pragma('foreign_keys = ON');
const lastHlc = (sqlite.prepare('SELECT max(hlc) AS hlc FROM change_log').get() as { hlc: string | null }).hlc;
const chain = new AuditChain(sqlite, deviceId);
const writer = new WritePath(sqlite, deviceId, new HybridClock(deviceId, Date.now, lastHlc), chain);

function writes(): NumberWrites {
  const at = new Date().toISOString();
  const scope = { at, userId: null, userName: deviceId, method: 'outgoing.takeNumber', title: '编号' };
  return {
    sqlite,
    at,
    get: (table, id) => writer.get(table, id),
    insert: (table, row) => writer.insert(scope, table, row),
    update: (table, id, patch) => writer.update(scope, table, id, patch),
  };
}

const takeOne = sqlite.transaction(() => {
  const w = writes();
  const doc = w.insert('outgoing', {
    id: uuidv7(),
    ftsRowid: nextOutgoingKey(sqlite, Date.now()),
    year: 2026,
    state: 'signed',
    codeId,
    docType: 'notice',
    title: `并发编号测试 ${deviceId}`,
    draftUnitId: unitId,
    draftUnitName: '凤凰县财政局',
    drafter: '周丽',
    draftDate: '2026-11-02',
    mainTo: '',
    ccTo: '',
    secrecyLevel: 'none',
    urgency: 'normal',
    publicity: 'active',
    publicityReason: '',
    normative: false,
    issuer: 'office',
    matter: 'general',
    legalConclusion: '',
    writtenDate: '2026-11-05',
    docNumber: '',
    createdAt: w.at,
    updatedAt: w.at,
  });
  return takeDocumentNumber(w, doc, deviceId).serial;
});

// A start barrier: each process says it is ready, then waits for the others, so
// all start taking numbers together after their slow start-up (module loading).
writeFileSync(join(dataDir, `ready-${deviceId}`), '');
while (readdirSync(dataDir).filter((f) => f.startsWith('ready-')).length < Number(processesArg)) {
  // busy-wait: a timer would add its own jitter to the start
}
const t0 = performance.now();
const serials: number[] = [];
for (let i = 0; i < Number(countArg); i += 1) serials.push(takeOne.immediate());
sqlite.close();
process.stdout.write(`${JSON.stringify({ serials, ms: performance.now() - t0 })}\n`);
