// The office is in Asia/Shanghai (no DST since 1991): a fixed +8 h shows the office's clock whatever the PC's zone.
const SHANGHAI_MS = 8 * 3_600_000;

/** '2026-10-08T02:35:12.000Z' -> '2026-10-08 10:35:12' */
export function shanghaiDateTime(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  return new Date(ms + SHANGHAI_MS).toISOString().slice(0, 19).replace('T', ' ');
}

/** '2026-10-08 10:35' */
export function shanghaiMinute(iso: string): string {
  return shanghaiDateTime(iso).slice(0, 16);
}
