// Exports about 100,000 收文 of an existing bench database to a file in a fresh
// process, as the desktop app's main process would, and reports time and peak RSS.
import { createWriteStream, statSync } from 'node:fs';
import { openCore } from '../../electron/core';
import { MIGRATIONS_DIR } from './fixtures';

const [dataDir, outFile] = process.argv.slice(2);
const ROWS = 100_000;
const core = openCore({ dataDir, migrationsDir: MIGRATIONS_DIR });
const clerk = core.newSession();
const login = core.dispatch(clerk, 'auth.login', { username: 'clerk', password: 'bench-pass-1' });
if (!login.ok) throw new Error(login.error.message);
// The newest ~100,000 by 收文日期: every record from the date of the 100,000th on.
const from = (
  core.connection.sqlite
    .prepare('SELECT received_date AS d FROM incoming ORDER BY received_date DESC LIMIT 1 OFFSET ?')
    .get(ROWS - 1) as { d: string } | undefined
)?.d;
const rssBefore = process.memoryUsage().rss;
const t0 = performance.now();
const r = core.dispatch(clerk, 'incoming.export', from ? { from, sort: 'receivedDate' } : { sort: 'receivedDate' });
if (!r.ok) throw new Error(r.error.message);
const { ticket } = r.value as { ticket: string };
const { rows } = await core.streamExport(ticket, clerk, createWriteStream(outFile));
const ms = performance.now() - t0;
core.close();
// maxRSS is in kilobytes: the peak of the whole process, database open included.
console.log(JSON.stringify({ rows, ms, peakRss: process.resourceUsage().maxRSS * 1024, rssBefore, bytes: statSync(outFile).size }));
