import { useEffect, useEffectEvent } from 'react';
import { invoke } from '../api/client';

const ACTIVITY = ['keydown', 'mousedown', 'mousemove', 'wheel', 'touchstart'] as const;
/** How often, at most, typing without saving is reported to the core. */
const KEEP_ALIVE_MS = 60_000;

/**
 * Calls onIdle after `minutes` without keyboard or mouse activity. The core
 * locks on its own too, counting only calls; while the user is active the
 * hook tells it so (auth.keepAlive, at most once a minute), so a long form
 * typed without saving is not locked under the clerk's hands.
 */
export function useIdleLock(minutes: number, enabled: boolean, onIdle: () => void): void {
  const fire = useEffectEvent(onIdle);

  useEffect(() => {
    if (!enabled || minutes <= 0) return;
    let timer = 0;
    let lastReport = Date.now();
    const arm = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => fire(), minutes * 60_000);
      if (Date.now() - lastReport >= KEEP_ALIVE_MS) {
        lastReport = Date.now();
        void invoke('auth.keepAlive', {});
      }
    };
    for (const type of ACTIVITY) window.addEventListener(type, arm, { capture: true, passive: true });
    arm();
    return () => {
      window.clearTimeout(timer);
      for (const type of ACTIVITY) window.removeEventListener(type, arm, { capture: true });
    };
  }, [minutes, enabled]);
}
