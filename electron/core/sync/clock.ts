/**
 * Hybrid logical clock: wall time when it moves forward, a counter when two
 * changes share a millisecond or the wall clock steps back, and the device id
 * to break ties. The string form sorts in clock order.
 */
export class HybridClock {
  private wall = 0;
  private counter = 0;

  constructor(
    private readonly deviceId: string,
    private readonly nowMs: () => number,
    last: string | null = null,
  ) {
    if (last) this.observe(last);
  }

  tick(): string {
    const now = this.nowMs();
    if (now > this.wall) {
      this.wall = now;
      this.counter = 0;
    } else {
      this.counter += 1;
    }
    return formatHlc(this.wall, this.counter, this.deviceId);
  }

  /** Moves past a clock value seen elsewhere (another device's change, or our own last one at start). */
  observe(hlc: string): void {
    const { wall, counter } = parseHlc(hlc);
    if (wall > this.wall || (wall === this.wall && counter > this.counter)) {
      this.wall = wall;
      this.counter = counter;
    }
  }
}

export function formatHlc(wall: number, counter: number, deviceId: string): string {
  return `${new Date(wall).toISOString()}-${counter.toString(16).padStart(6, '0')}-${deviceId}`;
}

export function parseHlc(hlc: string): { wall: number; counter: number; deviceId: string } {
  const wall = Date.parse(hlc.slice(0, 24));
  const counter = Number.parseInt(hlc.slice(25, 31), 16);
  if (!Number.isFinite(wall) || !Number.isFinite(counter)) throw new Error(`bad HLC: ${hlc}`);
  return { wall, counter, deviceId: hlc.slice(32) };
}
