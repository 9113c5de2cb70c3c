import { useEffect, useEffectEvent } from 'react';

const listeners = new Set<() => void>();

/** A sync ran, a set was joined or a conflict handled: the top bar and the 同步 screens read their state again. */
export function announceSyncChange(): void {
  for (const listener of listeners) listener();
}

export function useSyncChange(onChange: () => void): void {
  const fire = useEffectEvent(onChange);
  useEffect(() => {
    const listener = () => fire();
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }, []);
}
