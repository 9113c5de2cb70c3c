import { join } from 'node:path';

/**
 * Where the database lives: --data DIR, else WENMI_DATA_DIR, else the usual
 * per-user application-data folder of the OS, under "Wenmi".
 */
export function resolveDataDir(argv: readonly string[], env: NodeJS.ProcessEnv, platform: NodeJS.Platform, homeDir: string): string {
  const i = argv.indexOf('--data');
  if (i >= 0 && argv[i + 1]) return argv[i + 1];
  const inline = argv.find((a) => a.startsWith('--data='));
  if (inline) return inline.slice('--data='.length);
  if (env.WENMI_DATA_DIR) return env.WENMI_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA || join(homeDir, 'AppData', 'Roaming'), 'Wenmi');
  if (platform === 'darwin') return join(homeDir, 'Library', 'Application Support', 'Wenmi');
  return join(env.XDG_CONFIG_HOME || join(homeDir, '.config'), 'Wenmi');
}
