// Locating (and, once, fetching) the Electron runtime for `npm start`
// WITHOUT require('electron'): that call silently starts a download.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** One line on stderr when the runtime is missing (Chinese + English). */
export const MISSING_RUNTIME_MESSAGE =
  '未找到 Electron 运行时（node_modules/electron/dist），无法启动桌面版：请在能联网的电脑上运行 npm ci 或设置 ELECTRON_OVERRIDE_DIST_PATH / ELECTRON_CACHE 预置运行时；在此期间可用 npm run serve 在浏览器中使用同一程序。' +
  ' (Electron runtime not found: run npm ci on a PC with internet access or pre-seed it via ELECTRON_OVERRIDE_DIST_PATH / ELECTRON_CACHE; meanwhile use npm run serve to run the same app in a browser.)';

/** Executable path inside an Electron dist folder, as electron/install.js writes it to path.txt. */
export function platformExecutable(platform = process.platform) {
  switch (platform) {
    case 'darwin':
    case 'mas':
      return 'Electron.app/Contents/MacOS/Electron';
    case 'win32':
      return 'electron.exe';
    default:
      return 'electron';
  }
}

function isFile(file) {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * Finds the Electron executable.
 * 1. ELECTRON_OVERRIDE_DIST_PATH: <override>/<path.txt or platform default>.
 * 2. node_modules/electron/path.txt -> node_modules/electron/dist/<path.txt>.
 * Returns { executable, candidate, source }; executable is null when missing,
 * candidate is the path that was checked (null if there was nothing to check).
 *
 * @param {{ electronDir: string, env?: NodeJS.ProcessEnv, platform?: NodeJS.Platform }} options
 * @returns {{ executable: string | null, candidate: string | null, source: 'override' | 'package' }}
 */
export function locateElectronRuntime({ electronDir, env = process.env, platform = process.platform }) {
  const pathFile = path.join(electronDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const candidate = path.join(override, relative || platformExecutable(platform));
    return { executable: isFile(candidate) ? candidate : null, candidate, source: 'override' };
  }
  if (!relative) return { executable: null, candidate: null, source: 'package' };
  const candidate = path.join(electronDir, 'dist', relative);
  return { executable: isFile(candidate) ? candidate : null, candidate, source: 'package' };
}

/**
 * Runs electron/install.js once (120 s timeout, output captured). Works on a
 * PC with internet access, or offline from a pre-seeded cache: ELECTRON_CACHE
 * is passed on as electron_config_cache, which @electron/get reads.
 * @returns {boolean} true if install.js exited with code 0
 */
export function tryInstallElectron({ electronDir, env = process.env, timeoutMs = 120_000 }) {
  const installScript = path.join(electronDir, 'install.js');
  if (!existsSync(installScript)) return false;
  const childEnv = { ...env };
  if (!childEnv.electron_config_cache && env.ELECTRON_CACHE) childEnv.electron_config_cache = env.ELECTRON_CACHE;
  const result = spawnSync(process.execPath, [installScript], {
    cwd: electronDir,
    env: childEnv,
    stdio: 'pipe',
    timeout: timeoutMs,
    windowsHide: true,
  });
  return result.status === 0;
}

/**
 * Starts Electron with the app folder and extra arguments, inheriting stdio.
 * Resolves to the exit code to use (1 if killed by a signal or failed to start).
 * @returns {Promise<number>}
 */
export function runElectron({ executable, appDir, args = [], env = process.env }) {
  const childEnv = { ...env };
  // Would make Electron behave as plain Node and ignore the app.
  delete childEnv.ELECTRON_RUN_AS_NODE;
  return new Promise((resolve) => {
    const child = spawn(executable, [appDir, ...args], { stdio: 'inherit', env: childEnv, windowsHide: false });
    const forward = (signal) => {
      if (!child.killed) child.kill(signal);
    };
    const signals = ['SIGINT', 'SIGTERM'];
    for (const signal of signals) process.on(signal, forward);
    const done = (code) => {
      for (const signal of signals) process.off(signal, forward);
      resolve(code);
    };
    child.on('error', (err) => {
      process.stderr.write(`无法启动 Electron（${executable}）：${err.message}\n`);
      done(1);
    });
    child.on('exit', (code, signal) => done(code ?? (signal ? 1 : 0)));
  });
}
