import type { z } from 'zod';
import type { Role } from '../auth/roles';

/**
 * Who may call a method:
 * - 'public': no session (status, first-run setup, login);
 * - 'signedIn': any signed-in user, whatever the roles (logout, own password);
 * - a role list: a signed-in user holding at least one of them.
 */
export type Access = 'public' | 'signedIn' | readonly Role[];

export interface MethodSpec<I extends z.ZodType = z.ZodType, O = unknown> {
  input: I;
  access: Access;
  /** Chinese name of the action, shown in the audit trail. */
  title: string;
  /** Phantom: carries the output type to the client. Never set at run time. */
  readonly output?: O;
}

/** Declares a method; the output type is given explicitly, the input inferred from the schema. */
export const method =
  <O>() =>
  <I extends z.ZodType>(spec: { input: I; access: Access; title: string }): MethodSpec<I, O> =>
    spec;
