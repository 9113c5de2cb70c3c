/** Opens one incoming record beside the register. */
export function openRecord(id: string): void {
  window.location.hash = `#/incoming?id=${encodeURIComponent(id)}`;
}
