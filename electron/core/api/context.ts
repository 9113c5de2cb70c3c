import type Database from 'better-sqlite3';
import type { SessionUser } from '../../../shared/auth/api';
import type { AuditChain, AuditEvent } from '../audit/chain';
import type { Db } from '../db/connection';
import type { NewRowOf, RowOf, SyncedTable, TombstoneTable, WritePath } from '../db/write-path';
import type { SessionRef } from '../auth/sessions';

/** What a handler sees: the database, the caller, and the write path already bound to this call. */
export interface CallContext {
  db: Db;
  sqlite: Database.Database;
  deviceId: string;
  session: SessionRef;
  /** Null only for public methods called without a session. */
  user: SessionUser | null;
  now: Date;
  /** ISO time of this call, the same for every row it writes. */
  at: string;
  method: string;
  title: string;
  get<T extends SyncedTable>(table: T, id: string): RowOf<T> | undefined;
  insert<T extends SyncedTable>(table: T, row: NewRowOf<T>): RowOf<T>;
  /** One audit entry for the whole batch (see WritePath.insertMany). */
  insertMany<T extends SyncedTable>(table: T, rows: readonly NewRowOf<T>[]): void;
  update<T extends SyncedTable>(table: T, id: string, patch: Partial<NewRowOf<T>>): RowOf<T>;
  tombstone(table: TombstoneTable, id: string): void;
  /** An audit entry that is not a row change (login, print, export). */
  audit(event: Partial<AuditEvent> & { method?: string; detail?: string }): void;
}

export interface CoreServices {
  db: Db;
  sqlite: Database.Database;
  deviceId: string;
  writer: WritePath;
  chain: AuditChain;
}
