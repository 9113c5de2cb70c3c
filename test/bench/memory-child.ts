// Runs in its own process so the figure is the core's alone, as in Electron's main process.
import { openSetUpCore } from './fixtures';

const { core, admin } = openSetUpCore();
const auditor = core.newSession();
core.dispatch(admin, 'users.add', { username: 'audit', displayName: '审计员', roles: ['auditor'], password: 'bench-pass-2' });
core.dispatch(auditor, 'auth.login', { username: 'audit', password: 'bench-pass-2' });

// A heavy working day: 3,000 registrations and edits, lists reloaded after each batch, audit paged.
for (let i = 0; i < 3_000; i += 1) {
  const r = core.dispatch(admin, 'units.add', { fullName: `凤凰县测试单位${i}`, shortName: `单位${i}`, category: 'other' });
  if (!r.ok) throw new Error(r.error.message);
  if (i % 100 === 0) {
    core.dispatch(admin, 'units.list', {});
    core.dispatch(admin, 'calendar.year', { year: 2026 });
    core.dispatch(auditor, 'audit.list', { limit: 200 });
  }
}
core.dispatch(auditor, 'audit.verify', {});
globalThis.gc?.();
const m = process.memoryUsage();
core.close();
console.log(JSON.stringify({ rss: m.rss, heapUsed: m.heapUsed }));
