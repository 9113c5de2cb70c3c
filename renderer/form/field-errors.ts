import type { z } from 'zod';

/** Field path (dot-joined, as the core names it) -> Chinese message. */
export type FieldErrors = Record<string, string>;

/** The contract's own schema run in the browser, so the form says exactly what the core would. */
export function schemaErrors(schema: z.ZodType, input: unknown): FieldErrors {
  const parsed = schema.safeParse(input);
  if (parsed.success) return {};
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    errors[issue.path.join('.') || '_'] ??= issue.message;
  }
  return errors;
}
