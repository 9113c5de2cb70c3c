export const classifiedHref = (id: string) => `#/classified?id=${encodeURIComponent(id)}`;

/** Opens one 密件 beside the register. */
export function openClassified(id: string): void {
  window.location.hash = classifiedHref(id);
}
