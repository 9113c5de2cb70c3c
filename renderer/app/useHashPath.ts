import { useSyncExternalStore } from 'react';

// The hash keeps the screen in the address, so browser back works and a reload stays put, also under file://.
function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const currentPath = () => window.location.hash.replace(/^#/, '');

/** '/units' for '#/units'. */
export function useHashPath(): string {
  return useSyncExternalStore(subscribe, currentPath);
}

/** Goes to `path` without leaving a history entry, for redirects the user did not ask for. */
export function replacePath(path: string): void {
  window.location.replace(`#${path}`);
}

/** The '?id=…' of the hash path: the record a link (工作台, a board, a print page's 返回) asks to open beside the list. */
export function useLinkedId(): string | null {
  const path = useHashPath();
  const query = path.indexOf('?');
  return query < 0 ? null : new URLSearchParams(path.slice(query + 1)).get('id');
}
