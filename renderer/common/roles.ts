import { ROLE_LABELS, type Role } from '../../shared/auth/roles';

/** 管理员、文秘 */
export const roleNames = (roles: readonly Role[]) => roles.map((r) => ROLE_LABELS[r]).join('、');
