import type { z } from 'zod';

/** Field key → what is wrong with it (the register's own message). */
export type FieldProblems = Record<string, string>;

/** A row ready for the register, or why it is not. */
export type Built<B> = { ok: true; row: B } | { ok: false; problems: FieldProblems };

/**
 * One register's side of an import. begin can see the numbering fields of every row first (so
 * the numbers kept from the paper book are known before new ones are given); then, row by
 * row: build (directory lookups and the register's zod schema), keys (the same record twice
 * in the file), existing (already in the register: skipped, or its number taken by another
 * record), add (the register's own checks and write). Rules are the register's: a refusal
 * thrown by add names the field as the forms' do.
 */
export interface Importer<B> {
  /** add writes rows itself (each in its own savepoint); otherwise it queues them for flush. */
  readonly writesEachRow: boolean;
  /** The fields begin needs (its numbers and their dates). */
  readonly numbering: readonly string[];
  /** `all`: the numbering fields of every row, read (a pass over the file) only when called, at most once. */
  begin(all: () => readonly Readonly<Record<string, unknown>>[]): void;
  build(values: Readonly<Record<string, unknown>>): Built<B>;
  /** Every key the row is known by: its number (field: the number's field key) and its content (field ''). */
  keys(row: B): { key: string; field: string }[];
  /** The record already in the register, named for the report; or why the row cannot be it. */
  existing(row: B): { present: string } | { problems: FieldProblems } | null;
  add(row: B): void;
  /** Writes the rows add queued since the last flush; `more`: rows follow (the import is larger than a batch). */
  flush(more: boolean): void;
}

/** A zod failure as field → first message, by the input key the field is (copyNumbers.2 is 份号). */
export function zodProblems(error: z.ZodError): FieldProblems {
  const out: FieldProblems = {};
  for (const issue of error.issues) out[String(issue.path[0] ?? '')] ??= issue.message;
  return out;
}

/**
 * The register's input from the values read, by its own schema: names looked up already
 * (`lookups`: key → id, or why not); a lookup's problem replaces the schema's "缺少…".
 */
export function parseInput<S extends z.ZodType>(
  schema: S,
  candidate: Record<string, unknown>,
  lookups: Record<string, { ok: true; id: string } | { ok: false; message: string } | null>,
): Built<z.output<S>> {
  const problems: FieldProblems = {};
  for (const [key, found] of Object.entries(lookups)) {
    if (!found) continue;
    if (found.ok) candidate[key] = found.id;
    else problems[key] = found.message;
  }
  const parsed = schema.safeParse(candidate);
  if (!parsed.success) {
    for (const [key, message] of Object.entries(zodProblems(parsed.error))) problems[key] ??= message;
  }
  return Object.keys(problems).length || !parsed.success ? { ok: false, problems } : { ok: true, row: parsed.data };
}
