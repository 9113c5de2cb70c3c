// `npm start`: run the built desktop app (dist/electron + dist/renderer) in Electron.
// Usage: node build/start.mjs [-- app arguments, e.g. --data DIR]
// Env: ELECTRON_OVERRIDE_DIST_PATH (unpacked runtime folder), ELECTRON_CACHE
// (pre-seeded download cache), WENMI_NO_ELECTRON_DOWNLOAD=1 (never try to download).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { locateElectronRuntime, MISSING_RUNTIME_MESSAGE, runElectron, tryInstallElectron } from './electron-runtime.mjs';

const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = path.join(appDir, 'node_modules', 'electron');

let runtime = locateElectronRuntime({ electronDir });
// An explicit override is never second-guessed by downloading into node_modules.
if (!runtime.executable && runtime.source === 'package' && process.env.WENMI_NO_ELECTRON_DOWNLOAD !== '1') {
  process.stdout.write('正在获取 Electron 运行时（最多 2 分钟）… / Fetching the Electron runtime (up to 2 minutes)…\n');
  tryInstallElectron({ electronDir });
  runtime = locateElectronRuntime({ electronDir });
}
if (!runtime.executable) {
  process.stderr.write(`${MISSING_RUNTIME_MESSAGE}\n`);
  process.exit(1);
}

const required = ['dist/electron/main.cjs', 'dist/electron/preload.cjs', 'dist/renderer/index.html'];
const missing = required.filter((file) => !existsSync(path.join(appDir, file)));
if (missing.length > 0) {
  process.stderr.write(`缺少构建产物 ${missing.join('、')}：请先运行 npm run build。 (Build output missing: run npm run build first.)\n`);
  process.exit(1);
}

process.exitCode = await runElectron({ executable: runtime.executable, appDir, args: process.argv.slice(2) });
