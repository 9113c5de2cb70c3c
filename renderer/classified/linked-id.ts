import { useHashPath } from '../app/useHashPath';

/** The '?id=…' of the hash path: the record a link (工作台, 传阅看板, a print page's 返回) asks to open beside the list. */
export function useLinkedId(): string | null {
  const path = useHashPath();
  const query = path.indexOf('?');
  return query < 0 ? null : new URLSearchParams(path.slice(query + 1)).get('id');
}

export const classifiedHref = (id: string) => `#/classified?id=${encodeURIComponent(id)}`;

/** Opens one 密件 beside the register. */
export function openClassified(id: string): void {
  window.location.hash = classifiedHref(id);
}
