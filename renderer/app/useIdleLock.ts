import { useEffect, useEffectEvent } from 'react';

const ACTIVITY = ['keydown', 'mousedown', 'mousemove', 'wheel', 'touchstart'] as const;

/** Calls onIdle after `minutes` without keyboard or mouse activity; the core also locks on its own. */
export function useIdleLock(minutes: number, enabled: boolean, onIdle: () => void): void {
  const fire = useEffectEvent(onIdle);

  useEffect(() => {
    if (!enabled || minutes <= 0) return;
    let timer = 0;
    const arm = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => fire(), minutes * 60_000);
    };
    for (const type of ACTIVITY) window.addEventListener(type, arm, { capture: true, passive: true });
    arm();
    return () => {
      window.clearTimeout(timer);
      for (const type of ACTIVITY) window.removeEventListener(type, arm, { capture: true });
    };
  }, [minutes, enabled]);
}
