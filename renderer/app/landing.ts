import type { Role } from '../../shared/auth/roles';

/**
 * The screen of each desk, first desk first: the clerk's and the confidential officer's
 * 工作台, the seal custodian's 用印登记. A user whose roles have none lands on the first
 * screen they may open.
 */
const DESKS: readonly [Role, string][] = [
  ['clerk', '/home'],
  ['secrecyOfficer', '/home'],
  ['sealKeeper', '/seals'],
];

export function landingPath(routes: readonly { path: string }[], roles: readonly Role[]): string {
  const desk = DESKS.find(([role, path]) => roles.includes(role) && routes.some((r) => r.path === path));
  return desk?.[1] ?? routes[0].path;
}
