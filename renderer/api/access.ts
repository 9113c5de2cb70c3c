import { API, type Access, type MethodName } from '../../shared/api';
import type { SessionUser } from '../../shared/auth/api';

/** Whether `user` passes an access list of the contract; the core enforces it, the UI only hides what would be refused. */
export function allows(access: Access, user: SessionUser): boolean {
  if (access === 'public' || access === 'signedIn') return true;
  return access.some((role) => user.roles.includes(role));
}

export function canCall(user: SessionUser, method: MethodName): boolean {
  return allows(API[method].access, user);
}
