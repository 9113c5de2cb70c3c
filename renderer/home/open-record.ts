/** Opens one incoming record beside the register. */
export function openRecord(id: string): void {
  window.location.hash = `#/incoming?id=${encodeURIComponent(id)}`;
}

/** Opens one outgoing record beside the 发文 register. */
export function openOutgoingRecord(id: string): void {
  window.location.hash = `#/outgoing?id=${encodeURIComponent(id)}`;
}
