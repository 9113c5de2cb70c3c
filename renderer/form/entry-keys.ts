import type { KeyboardEvent } from 'react';

/** The fields Enter walks through, in screen order. */
export function entryFields(form: HTMLElement): HTMLElement[] {
  const candidates = form.querySelectorAll<HTMLElement>('input:not([type="hidden"]), select, textarea');
  return [...candidates].filter(
    (el) => !(el as HTMLInputElement).disabled && el.tabIndex >= 0 && el.getClientRects().length > 0,
  );
}

/** An open dropdown takes Escape for itself (closing it), so the form must not cancel too. */
export function ownsEscape(target: HTMLElement): boolean {
  return target.getAttribute('aria-expanded') === 'true' || target.hasAttribute('data-expanded');
}

export function isSaveChord(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's';
}

/** Enter while an input method is composing commits the Chinese text; it must not leave the field. */
export function isPlainEnter(event: KeyboardEvent): boolean {
  return (
    event.key === 'Enter' &&
    !event.ctrlKey &&
    !event.altKey &&
    !event.metaKey &&
    !event.nativeEvent.isComposing &&
    event.keyCode !== 229
  );
}
