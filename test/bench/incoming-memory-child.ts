// Opens an existing bench database in a fresh process, as the desktop app's main process would, and searches it.
import { openCore } from '../../electron/core';
import { MIGRATIONS_DIR } from './fixtures';

const core = openCore({ dataDir: process.argv[2], migrationsDir: MIGRATIONS_DIR });
const clerk = core.newSession();
const login = core.dispatch(clerk, 'auth.login', { username: 'clerk', password: 'bench-pass-1' });
if (!login.ok) throw new Error(login.error.message);
for (const q of ['关', '防汛', '防汛抗', '防汛抗旱工', '鳌峰', '2024']) {
  for (let page = 0, cursor: string | null | undefined; page < 20; page += 1) {
    const r = core.dispatch(clerk, 'incoming.list', cursor ? { q, cursor } : { q });
    if (!r.ok) throw new Error(r.error.message);
    cursor = (r.value as { nextCursor: string | null }).nextCursor;
    if (!cursor) break;
  }
}
core.dispatch(clerk, 'incoming.list', { year: 2024, sort: 'receiptNo' });
core.dispatch(clerk, 'incoming.dashboard', {});
globalThis.gc?.();
const { rss } = process.memoryUsage();
core.close();
console.log(JSON.stringify({ rss }));
