// Roles of domain.md: 文秘, 印章管理员, 保密员, 管理员, 审计员.
export const ROLES = ['clerk', 'sealKeeper', 'secrecyOfficer', 'admin', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  clerk: '文秘',
  sealKeeper: '印章管理员',
  secrecyOfficer: '保密员',
  admin: '管理员',
  auditor: '审计员',
};

/** Roles that work with the registers and dictionaries (everyone but the auditor). */
export const STAFF: readonly Role[] = ['clerk', 'sealKeeper', 'secrecyOfficer', 'admin'];
