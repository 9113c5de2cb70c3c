import type Database from 'better-sqlite3';
import type { SessionUser } from '../../../shared/auth/api';
import type { Role } from '../../../shared/auth/roles';
import { prepared } from '../db/statements';

interface UserRecord {
  id: string;
  username: string;
  display_name: string;
  roles: string;
  disabled: number;
  password_hash: string;
}

const byId = (sqlite: Database.Database) => prepared(sqlite, 'SELECT * FROM users WHERE id = ?');
export const toSessionUser = (r: UserRecord): SessionUser => ({
  id: r.id,
  username: r.username,
  displayName: r.display_name,
  roles: JSON.parse(r.roles) as Role[],
});

/** The signed-in user, or null when the account is gone or disabled (the session then ends). */
export function loadSessionUser(sqlite: Database.Database, id: string): SessionUser | null {
  const r = byId(sqlite).get(id) as UserRecord | undefined;
  return r && !r.disabled ? toSessionUser(r) : null;
}

export function findUserByName(sqlite: Database.Database, username: string): UserRecord | undefined {
  return prepared(sqlite, 'SELECT * FROM users WHERE username = ? COLLATE NOCASE').get(username) as UserRecord | undefined;
}

export function findUserById(sqlite: Database.Database, id: string): UserRecord | undefined {
  return byId(sqlite).get(id) as UserRecord | undefined;
}

export function countUsers(sqlite: Database.Database): number {
  return (prepared(sqlite, 'SELECT count(*) AS n FROM users').get() as { n: number }).n;
}
