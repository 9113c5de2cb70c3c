import type Database from 'better-sqlite3';
import type { Stamp } from '../../../shared/outgoing/api';
import { prepared } from '../db/statements';

/**
 * What the ledger says now. Lines are never changed: a use's values are those of its latest
 * line — the use itself, or the last 更正 of it (same root_id, higher 序号). A 更正 marked
 * cancelled means the use did not happen. Every rule reads the ledger through these queries.
 */
export const EFFECTIVE = `e.kind != 'return' AND NOT EXISTS (
  SELECT 1 FROM seal_entries c WHERE c.root_id = e.root_id AND c.kind = 'correction'
    AND (c.year > e.year OR (c.year = e.year AND c.serial > e.serial)))`;

const RETURNED_AT = `(SELECT r.returned_at FROM seal_entries r WHERE r.root_id = e.root_id AND r.kind = 'return')`;

export interface EffectiveLine {
  id: string;
  rootId: string;
  year: number;
  serial: number;
  usedAt: string;
  handler: string;
  unitName: string;
  returnedAt: string | null;
}

const LINE_COLUMNS = `e.id, e.root_id AS rootId, e.year, e.serial, e.used_at AS usedAt, e.handler, e.unit_name AS unitName, ${RETURNED_AT} AS returnedAt`;

/** The 外带 of this seal not yet returned, if any (R22). */
export function openTakeOut(sqlite: Database.Database, sealId: string): EffectiveLine | undefined {
  return prepared(
    sqlite,
    `SELECT ${LINE_COLUMNS} FROM seal_entries e
     WHERE e.seal_id = ? AND e.method = 'takeOut' AND e.cancelled = 0 AND ${EFFECTIVE} AND ${RETURNED_AT} IS NULL
     ORDER BY e.used_at LIMIT 1`,
  ).get(sealId) as EffectiveLine | undefined;
}

/** A 外带 of this seal that had it out at `at` (taken by then, not yet back), other than `exceptRoot`. */
export function takeOutCovering(sqlite: Database.Database, sealId: string, at: string, exceptRoot: string | null): EffectiveLine | undefined {
  return prepared(
    sqlite,
    `SELECT ${LINE_COLUMNS} FROM seal_entries e
     WHERE e.seal_id = @sealId AND e.method = 'takeOut' AND e.cancelled = 0 AND e.used_at <= @at AND e.root_id IS NOT @exceptRoot
       AND ${EFFECTIVE} AND (${RETURNED_AT} IS NULL OR ${RETURNED_AT} > @at)
     ORDER BY e.used_at LIMIT 1`,
  ).get({ sealId, at, exceptRoot }) as EffectiveLine | undefined;
}

/** The first use of this seal after `at`, other than `exceptRoot`: a 外带 from `at` would cover it. */
export function useAfter(sqlite: Database.Database, sealId: string, at: string, exceptRoot: string | null): EffectiveLine | undefined {
  return prepared(
    sqlite,
    `SELECT ${LINE_COLUMNS} FROM seal_entries e
     WHERE e.seal_id = @sealId AND e.used_at > @at AND e.cancelled = 0 AND e.root_id IS NOT @exceptRoot AND ${EFFECTIVE}
     ORDER BY e.used_at LIMIT 1`,
  ).get({ sealId, at, exceptRoot }) as EffectiveLine | undefined;
}

/** Copies of a document stamped so far (公文用印, as corrected), other than `exceptRoot`'s. */
export function stampedCopies(sqlite: Database.Database, outgoingId: string, exceptRoot: string | null = null): number {
  const row = prepared(
    sqlite,
    `SELECT coalesce(sum(e.copies), 0) AS n FROM seal_entries e
     WHERE e.outgoing_id = @outgoingId AND e.use_kind = 'document' AND e.cancelled = 0 AND e.root_id IS NOT @exceptRoot AND ${EFFECTIVE}`,
  ).get({ outgoingId, exceptRoot }) as { n: number };
  return row.n;
}

/** The 公文用印 of a document that happened, as corrected, oldest first (shown on the 发文 record). */
export function stampsOf(sqlite: Database.Database, outgoingId: string): Stamp[] {
  return prepared(
    sqlite,
    `SELECT e.year || '-' || e.serial AS serialText, e.seal_name AS sealName, e.copies, e.used_at AS usedAt FROM seal_entries e
     WHERE e.outgoing_id = ? AND e.use_kind = 'document' AND e.cancelled = 0 AND ${EFFECTIVE} ORDER BY e.used_at, e.year, e.serial`,
  ).all(outgoingId) as Stamp[];
}

/** The latest line of a use (itself or its last 更正). */
export function latestLineId(sqlite: Database.Database, rootId: string): string {
  const row = prepared(sqlite, `SELECT e.id FROM seal_entries e WHERE e.root_id = ? AND ${EFFECTIVE}`).get(rootId) as { id: string };
  return row.id;
}
