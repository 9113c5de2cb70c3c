import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { InputOf, MethodName, OutputOf, Result } from '../../shared/api';
import { openCore, type Core, type CoreOptions, type SessionRef } from '../../electron/core';

export const MIGRATIONS_DIR = resolve(__dirname, '../../migrations');

export function tempDir(prefix = 'wenmi-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A movable clock for idle-lock and lockout tests. */
export class TestClock {
  constructor(public ms = Date.parse('2026-11-28T02:00:00Z')) {}
  now = () => new Date(this.ms);
  advanceMinutes(m: number) {
    this.ms += m * 60_000;
  }
}

export interface TestCore {
  core: Core;
  dataDir: string;
  clock: TestClock;
  session(): SessionRef;
  call<M extends MethodName>(session: SessionRef, method: M, input?: InputOf<M>): Result<OutputOf<M>>;
  /** Like call, but fails the test with the error message when the call is refused. */
  ok<M extends MethodName>(session: SessionRef, method: M, input?: InputOf<M>): OutputOf<M>;
  reopen(): void;
  close(): void;
}

export function openTestCore(dataDir = tempDir(), extra: Pick<CoreOptions, 'syncFs' | 'backupPagesPerStep'> = {}): TestCore {
  const clock = new TestClock();
  let core = openCore({ dataDir, migrationsDir: MIGRATIONS_DIR, now: clock.now, ...extra });
  const t: TestCore = {
    get core() {
      return core;
    },
    dataDir,
    clock,
    session: () => core.newSession(),
    call: (session, method, input) => core.dispatch(session, method, input ?? {}) as never,
    ok: (session, method, input) => {
      const r = core.dispatch(session, method, input ?? {});
      if (!r.ok) throw new Error(`${method} refused: ${r.error.code} ${r.error.message}`);
      return r.value as never;
    },
    reopen: () => {
      core.close();
      core = openCore({ dataDir, migrationsDir: MIGRATIONS_DIR, now: clock.now, ...extra });
    },
    close: () => {
      core.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return t;
}

export const ADMIN = { officeName: '凤凰县人民政府办公室', username: 'admin', displayName: '王主任', password: 'admin-pass-1' };

/** A core past first run, with an administrator signed in on the returned session. */
export function setUpOffice(t: TestCore) {
  const admin = t.session();
  t.ok(admin, 'auth.setup', ADMIN);
  return admin;
}

export function signIn(t: TestCore, username: string, password: string): SessionRef {
  const s = t.session();
  t.ok(s, 'auth.login', { username, password });
  return s;
}
