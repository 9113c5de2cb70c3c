// Imports an Excel 收文 ledger in a fresh process, as the desktop app's main process would:
// upload (stream to the data folder, read the sheets), preview, then the import itself, and
// the search entries written after it. Prints the times and the peak resident memory of the process.
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { DEMO_UNITS } from '../../electron/core/demo/data';
import { searchBacklogOf } from '../../electron/core/incoming/search-backlog';
import { openSetUpCore } from './fixtures';

const path = process.argv[2];
const { core, admin } = openSetUpCore();
const call = <T>(session: ReturnType<typeof core.newSession>, method: string, input: unknown): T => {
  const r = core.dispatch(session, method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value as T;
};
call(admin, 'users.add', { username: 'clerk', displayName: '周丽', roles: ['clerk'], password: 'bench-pass-1' });
for (const [fullName, shortName, category] of DEMO_UNITS) call(admin, 'units.add', { fullName, shortName, category });
const clerk = core.newSession();
call(clerk, 'auth.login', { username: 'clerk', password: 'bench-pass-1' });

const t0 = performance.now();
const { ticket } = call<{ ticket: string }>(clerk, 'imports.upload', { fileName: basename(path) });
const sent = await core.receiveUpload(ticket, clerk, createReadStream(path));
if (!sent.ok) throw new Error(sent.error.message);
const t1 = performance.now();
const preview = call<{ sheet: string; mapping: unknown; records: number; missing: string[] }>(clerk, 'imports.preview', { uploadId: sent.value.uploadId, register: 'incoming' });
if (preview.missing.length) throw new Error(`unmapped: ${preview.missing.join(', ')}`);
const t2 = performance.now();
const report = call<{ imported: number; rejected: number; problems: unknown[] }>(clerk, 'imports.run', {
  uploadId: sent.value.uploadId,
  register: 'incoming',
  sheet: preview.sheet,
  mapping: preview.mapping,
  mode: 'all',
});
const t3 = performance.now();
// A large import's search entries are written after it, a step per turn of the event loop (SearchBacklog).
const backlog = searchBacklogOf(core.connection.sqlite);
while (backlog.pending() > 0) await new Promise((resolve) => setImmediate(resolve));
const t4 = performance.now();
const maxRss = process.resourceUsage().maxRSS * 1024;
core.close();
console.log(
  JSON.stringify({
    rows: preview.records,
    imported: report.imported,
    rejected: report.rejected,
    firstProblems: report.problems.slice(0, 3),
    uploadMs: t1 - t0,
    previewMs: t2 - t1,
    runMs: t3 - t2,
    indexMs: t4 - t3,
    maxRss,
  }),
);
