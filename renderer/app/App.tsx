import { useCallback, useEffect, useMemo, useState } from 'react';
import type { AppStatus } from '../../shared/auth/api';
import { invoke } from '../api/client';
import { onSessionLoss } from '../api/session-signal';
import { LockScreen } from '../auth/LockScreen';
import { LoginScreen } from '../auth/LoginScreen';
import { SetupScreen } from '../auth/SetupScreen';
import { Unreachable } from '../auth/Unreachable';
import { FullPageLoader } from '../common/FullPageLoader';
import { SessionContext, type Session } from './session';
import { Shell } from './Shell';
import { useIdleLock } from './useIdleLock';

type Phase = { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'ready'; status: AppStatus };

/** Which screen the whole window shows: first run, login, the shell, and the lock screen over it. */
export function App() {
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });

  const refresh = useCallback(
    () =>
      invoke('auth.status', {}).then((result) =>
        setPhase(result.ok ? { kind: 'ready', status: result.value } : { kind: 'failed', message: result.error.message }),
      ),
    [],
  );

  const showLocked = useCallback(() => {
    setPhase((p) => (p.kind === 'ready' && p.status.user ? { kind: 'ready', status: { ...p.status, locked: true } } : p));
  }, []);

  const lock = useCallback(async () => {
    await invoke('auth.lock', {});
    showLocked();
  }, [showLocked]);

  const logout = useCallback(async () => {
    await invoke('auth.logout', {});
    await refresh();
  }, [refresh]);

  useEffect(() => {
    void refresh();
    onSessionLoss((loss) => (loss === 'locked' ? showLocked() : void refresh()));
    return () => onSessionLoss(null);
  }, [refresh, showLocked]);

  const status = phase.kind === 'ready' ? phase.status : null;
  const user = status?.user ?? null;
  useIdleLock(status?.idleMinutes ?? 0, !!user && !status?.locked, () => void lock());

  const session = useMemo<Session | null>(
    () => (status && user ? { status, user, refresh, lock, logout } : null),
    [status, user, refresh, lock, logout],
  );

  if (phase.kind === 'loading') return <FullPageLoader />;
  if (phase.kind === 'failed') return <Unreachable message={phase.message} onRetry={refresh} />;
  if (phase.status.setupNeeded) return <SetupScreen onDone={refresh} />;
  if (!session) return <LoginScreen officeName={phase.status.officeName} onDone={refresh} />;
  return (
    <SessionContext.Provider value={session}>
      {/* Hidden, not unmounted: unlocking returns to the half-typed form exactly as it was. */}
      <div hidden={session.status.locked} inert={session.status.locked}>
        <Shell key={session.user.id} />
      </div>
      {session.status.locked && <LockScreen user={session.user} onUnlocked={refresh} onLogout={logout} />}
    </SessionContext.Provider>
  );
}
