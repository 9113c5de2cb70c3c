import { posix, win32 } from 'node:path';

/**
 * Where the database lives: --data DIR, else WENMI_DATA_DIR, else the usual
 * per-user application-data folder of the OS, under "Wenmi". An empty value
 * falls through to the next source rather than meaning the current folder.
 */
export function resolveDataDir(argv: readonly string[], env: NodeJS.ProcessEnv, platform: NodeJS.Platform, homeDir: string): string {
  const i = argv.indexOf('--data');
  const next = i >= 0 ? argv[i + 1] : undefined;
  if (next && !next.startsWith('--')) return next;
  const inline = argv.find((a) => a.startsWith('--data='))?.slice('--data='.length);
  if (inline) return inline;
  if (env.WENMI_DATA_DIR) return env.WENMI_DATA_DIR;
  if (platform === 'win32') return win32.join(env.APPDATA || win32.join(homeDir, 'AppData', 'Roaming'), 'Wenmi');
  if (platform === 'darwin') return posix.join(homeDir, 'Library', 'Application Support', 'Wenmi');
  return posix.join(env.XDG_CONFIG_HOME || posix.join(homeDir, '.config'), 'Wenmi');
}
