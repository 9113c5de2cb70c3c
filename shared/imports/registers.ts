import type { Access } from '../api/define';
import type { Role } from '../auth/roles';
import { incomingApi } from '../incoming/api';
import { outgoingApi } from '../outgoing/api';
import { sealsApi } from '../seals/api';
import { unitsApi } from '../units/api';

/** The registers an office brings in from its Excel ledgers. */
export const IMPORT_REGISTERS = ['incoming', 'outgoing', 'seals', 'units'] as const;
export type ImportRegister = (typeof IMPORT_REGISTERS)[number];

export const IMPORT_REGISTER_LABELS: Record<ImportRegister, string> = {
  incoming: '收文登记',
  outgoing: '发文登记',
  seals: '用印登记',
  units: '单位名录',
};

/**
 * Who may import into a register: whoever writes it by hand. The directory is the
 * administrator's (units.update), even though a clerk may add one unit while registering.
 */
const roles = (access: Access): readonly Role[] => (typeof access === 'string' ? [] : access);

export const IMPORT_WRITERS: Record<ImportRegister, readonly Role[]> = {
  incoming: roles(incomingApi['incoming.register'].access),
  outgoing: roles(outgoingApi['outgoing.recordHistoricalNumber'].access),
  seals: roles(sealsApi['seals.recordUse'].access),
  units: roles(unitsApi['units.update'].access),
};

/** Everyone who writes at least one importable register. */
export const IMPORTERS: readonly Role[] = [...new Set(Object.values(IMPORT_WRITERS).flat())];

export const mayImport = (roles: readonly Role[], register: ImportRegister): boolean =>
  IMPORT_WRITERS[register].some((r) => roles.includes(r));
