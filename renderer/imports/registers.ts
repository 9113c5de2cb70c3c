import type { SessionUser } from '../../shared/auth/api';
import { IMPORT_REGISTERS, mayImport, type ImportRegister } from '../../shared/imports/registers';

/** The registers this user writes, in the order of the navigation. */
export const registersFor = (user: SessionUser): ImportRegister[] => IMPORT_REGISTERS.filter((r) => mayImport(user.roles, r));

/** Where each register's screen is, to go and see what was imported. */
export const REGISTER_PATHS: Record<ImportRegister, string> = {
  incoming: '/incoming',
  outgoing: '/outgoing',
  seals: '/seals',
  units: '/units',
};

/** #/import?register=seals opens the page on that register, when the user may import it. */
export function registerOf(path: string, allowed: readonly ImportRegister[]): ImportRegister | null {
  const query = path.indexOf('?');
  const asked = query < 0 ? null : new URLSearchParams(path.slice(query + 1)).get('register');
  return allowed.find((r) => r === asked) ?? allowed[0] ?? null;
}
