import type { Core } from '../index';
import { DEMO_OFFICE, DEMO_PEOPLE, DEMO_UNITS, DEMO_USERS } from './data';

/**
 * Fills an empty data folder with a sample office through the public API, so
 * the demo data passes the same rules, write path and audit trail as real data.
 * Returns the logins to print.
 */
export function seedDemo(core: Core): typeof DEMO_USERS {
  const session = core.newSession();
  const call = (method: string, input: unknown) => {
    const r = core.dispatch(session, method, input);
    if (!r.ok) throw new Error(`demo data refused at ${method}: ${r.error.message}`);
    return r.value as { id: string };
  };
  const [admin, ...others] = DEMO_USERS;
  call('auth.setup', { officeName: DEMO_OFFICE, username: admin.username, displayName: admin.displayName, password: admin.password });
  for (const u of others) call('users.add', u);
  const unitIds = new Map<string, string>();
  for (const [fullName, shortName, category] of DEMO_UNITS) {
    unitIds.set(fullName, call('units.add', { fullName, shortName, category }).id);
  }
  for (const [name, title, unit] of DEMO_PEOPLE) {
    call('people.add', { name, title, unitId: unit ? unitIds.get(unit) : null });
  }
  call('auth.logout', {});
  return DEMO_USERS;
}
