import { posix, win32 } from 'node:path';
import { describe, it, expect } from 'vitest';
import { resolveDataDir } from '../../../electron/core';
import { formatHlc, HybridClock, parseHlc } from '../../../electron/core/sync/clock';

const DEVICE = '01934f6e-1c2b-7d3e-8f40-123456789abc';
const OTHER = '01934f6e-1c2b-7d3e-8f40-fedcba987654';
const T0 = Date.parse('2026-11-28T02:00:00.000Z');

describe('HybridClock', () => {
  it('ticks strictly upwards while the wall clock is frozen', () => {
    const clock = new HybridClock(DEVICE, () => T0);
    const values = Array.from({ length: 1000 }, () => clock.tick());
    for (let i = 1; i < values.length; i++) expect(values[i] > values[i - 1]).toBe(true);
    expect(parseHlc(values[0])).toEqual({ wall: T0, counter: 0, deviceId: DEVICE });
    expect(parseHlc(values[999])).toEqual({ wall: T0, counter: 999, deviceId: DEVICE });
  });

  it('ticks strictly upwards while the wall clock goes backwards, and follows it again once it passes', () => {
    let now = T0;
    const clock = new HybridClock(DEVICE, () => now);
    const values: string[] = [clock.tick()];
    for (let i = 0; i < 50; i++) {
      now -= 60_000; // a minute back each time
      values.push(clock.tick());
    }
    for (let i = 1; i < values.length; i++) expect(values[i] > values[i - 1]).toBe(true);
    expect(parseHlc(values.at(-1)!)).toEqual({ wall: T0, counter: 50, deviceId: DEVICE });
    now = T0 + 5;
    const later = clock.tick();
    expect(later > values.at(-1)!).toBe(true);
    expect(parseHlc(later)).toEqual({ wall: T0 + 5, counter: 0, deviceId: DEVICE });
  });

  it('observe() of a later remote value moves the next tick past it', () => {
    const clock = new HybridClock(DEVICE, () => T0);
    const mine = clock.tick();
    const remote = formatHlc(T0 + 3_600_000, 7, OTHER); // another PC whose clock is an hour ahead
    clock.observe(remote);
    const next = clock.tick();
    expect(next > remote).toBe(true);
    expect(next > mine).toBe(true);
    expect(parseHlc(next)).toEqual({ wall: T0 + 3_600_000, counter: 8, deviceId: DEVICE });
  });

  it('observe() of an earlier value changes nothing', () => {
    const clock = new HybridClock(DEVICE, () => T0);
    clock.tick();
    clock.observe(formatHlc(T0 - 1000, 99, OTHER));
    expect(parseHlc(clock.tick())).toEqual({ wall: T0, counter: 1, deviceId: DEVICE });
  });

  it('starts past the last value it wrote before a restart, even with the wall clock behind', () => {
    const last = formatHlc(T0, 41, DEVICE);
    const clock = new HybridClock(DEVICE, () => T0 - 86_400_000, last);
    const next = clock.tick();
    expect(next > last).toBe(true);
    expect(parseHlc(next)).toEqual({ wall: T0, counter: 42, deviceId: DEVICE });
  });

  it('formatHlc and parseHlc round-trip, and the text sorts in clock order', () => {
    const cases: [number, number][] = [
      [0, 0],
      [T0, 0],
      [T0, 1],
      [T0, 0xffffff],
      [Date.parse('2099-12-31T23:59:59.999Z'), 12345],
    ];
    for (const [wall, counter] of cases) {
      const text = formatHlc(wall, counter, DEVICE);
      expect(parseHlc(text)).toEqual({ wall, counter, deviceId: DEVICE });
    }
    expect(formatHlc(T0, 0, DEVICE)).toBe(`2026-11-28T02:00:00.000Z-000000-${DEVICE}`);
    const sorted = [formatHlc(T0 + 1, 0, DEVICE), formatHlc(T0, 16, DEVICE), formatHlc(T0, 2, OTHER), formatHlc(T0, 2, DEVICE)].sort();
    expect(sorted).toEqual([formatHlc(T0, 2, DEVICE), formatHlc(T0, 2, OTHER), formatHlc(T0, 16, DEVICE), formatHlc(T0 + 1, 0, DEVICE)]);
    expect(() => parseHlc('not a clock value')).toThrow(/bad HLC/);
  });
});

describe('resolveDataDir', () => {
  const HOME_LINUX = '/home/wang';
  const HOME_WIN = 'C:\\Users\\wang';
  const HOME_MAC = '/Users/wang';

  it('--data DIR wins over everything', () => {
    expect(resolveDataDir(['--data', '/srv/wenmi'], { WENMI_DATA_DIR: '/env/dir', XDG_CONFIG_HOME: '/x' }, 'linux', HOME_LINUX)).toBe('/srv/wenmi');
    expect(resolveDataDir(['app', '--flag', '--data', 'D:\\台账'], { WENMI_DATA_DIR: 'E:\\env' }, 'win32', HOME_WIN)).toBe('D:\\台账');
  });

  it('--data=DIR wins over the environment and the defaults', () => {
    expect(resolveDataDir(['--data=/mnt/usb/wenmi'], { WENMI_DATA_DIR: '/env/dir' }, 'linux', HOME_LINUX)).toBe('/mnt/usb/wenmi');
    expect(resolveDataDir(['--data=/a=b'], {}, 'darwin', HOME_MAC)).toBe('/a=b');
  });

  it('then WENMI_DATA_DIR', () => {
    expect(resolveDataDir(['app'], { WENMI_DATA_DIR: '/env/dir', XDG_CONFIG_HOME: '/x' }, 'linux', HOME_LINUX)).toBe('/env/dir');
    expect(resolveDataDir([], { WENMI_DATA_DIR: '/env/dir' }, 'darwin', HOME_MAC)).toBe('/env/dir');
    expect(resolveDataDir([], { WENMI_DATA_DIR: 'E:\\env', APPDATA: 'C:\\x' }, 'win32', HOME_WIN)).toBe('E:\\env');
  });

  it('linux: $XDG_CONFIG_HOME/Wenmi, else ~/.config/Wenmi', () => {
    expect(resolveDataDir([], { XDG_CONFIG_HOME: '/home/wang/.cfg' }, 'linux', HOME_LINUX)).toBe(posix.join('/home/wang/.cfg', 'Wenmi'));
    expect(resolveDataDir([], {}, 'linux', HOME_LINUX)).toBe('/home/wang/.config/Wenmi');
    expect(resolveDataDir([], { XDG_CONFIG_HOME: '' }, 'linux', HOME_LINUX)).toBe('/home/wang/.config/Wenmi');
  });

  it('darwin: ~/Library/Application Support/Wenmi', () => {
    expect(resolveDataDir([], {}, 'darwin', HOME_MAC)).toBe('/Users/wang/Library/Application Support/Wenmi');
  });

  // The function takes the platform as a parameter, so its answer for win32 must be a Windows
  // path whatever machine computes it (tests and tools run it on Linux).
  it('win32: %APPDATA%\\Wenmi, else %USERPROFILE%\\AppData\\Roaming\\Wenmi, with Windows separators', () => {
    expect(resolveDataDir([], { APPDATA: 'C:\\Users\\wang\\AppData\\Roaming' }, 'win32', HOME_WIN)).toBe(
      win32.join('C:\\Users\\wang\\AppData\\Roaming', 'Wenmi'),
    );
    expect(resolveDataDir([], {}, 'win32', HOME_WIN)).toBe('C:\\Users\\wang\\AppData\\Roaming\\Wenmi');
  });

  // An empty --data= is a mistake on the command line, not a request to put the database in the
  // current working folder.
  it('an empty --data= or a --data without a folder falls through to the next source', () => {
    expect(resolveDataDir(['--data'], { WENMI_DATA_DIR: '/env/dir' }, 'linux', HOME_LINUX)).toBe('/env/dir');
    expect(resolveDataDir(['--data='], { WENMI_DATA_DIR: '/env/dir' }, 'linux', HOME_LINUX)).toBe('/env/dir');
  });
});
