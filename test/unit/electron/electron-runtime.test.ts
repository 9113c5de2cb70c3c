import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as runtime from '../../../build/electron-runtime.mjs';

const repoRoot = path.resolve(__dirname, '../../..');
const temps: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'wenmi-electron-'));
  temps.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fake node_modules/electron folder. */
function fakeElectronPackage(options: { pathTxt?: string; binary?: string }): string {
  const dir = tempDir();
  if (options.pathTxt !== undefined) writeFileSync(path.join(dir, 'path.txt'), options.pathTxt);
  if (options.binary !== undefined) {
    const file = path.join(dir, 'dist', options.binary);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, 'binary');
  }
  return dir;
}

describe('platformExecutable', () => {
  it('matches what electron/install.js writes to path.txt', () => {
    expect(runtime.platformExecutable('linux')).toBe('electron');
    expect(runtime.platformExecutable('win32')).toBe('electron.exe');
    expect(runtime.platformExecutable('darwin')).toBe('Electron.app/Contents/MacOS/Electron');
  });
});

describe('locateElectronRuntime', () => {
  it('finds dist/<path.txt> when both exist', () => {
    const electronDir = fakeElectronPackage({ pathTxt: 'electron', binary: 'electron' });
    const located = runtime.locateElectronRuntime({ electronDir, env: {}, platform: 'linux' });
    expect(located).toEqual({
      executable: path.join(electronDir, 'dist', 'electron'),
      candidate: path.join(electronDir, 'dist', 'electron'),
      source: 'package',
    });
  });

  it('tolerates a trailing newline in path.txt', () => {
    const electronDir = fakeElectronPackage({ pathTxt: 'electron.exe\n', binary: 'electron.exe' });
    expect(runtime.locateElectronRuntime({ electronDir, env: {}, platform: 'win32' }).executable).toBe(
      path.join(electronDir, 'dist', 'electron.exe'),
    );
  });

  it('reports missing when path.txt exists but the binary does not', () => {
    const electronDir = fakeElectronPackage({ pathTxt: 'electron' });
    const located = runtime.locateElectronRuntime({ electronDir, env: {}, platform: 'linux' });
    expect(located.executable).toBeNull();
    expect(located.candidate).toBe(path.join(electronDir, 'dist', 'electron'));
  });

  it('reports missing when there is no path.txt (binary never downloaded)', () => {
    const electronDir = fakeElectronPackage({ binary: 'electron' });
    expect(runtime.locateElectronRuntime({ electronDir, env: {}, platform: 'linux' })).toEqual({
      executable: null,
      candidate: null,
      source: 'package',
    });
  });

  it('treats a directory named like the binary as missing', () => {
    const electronDir = fakeElectronPackage({ pathTxt: 'electron' });
    mkdirSync(path.join(electronDir, 'dist', 'electron'), { recursive: true });
    expect(runtime.locateElectronRuntime({ electronDir, env: {}, platform: 'linux' }).executable).toBeNull();
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH with the platform default name', () => {
    const electronDir = fakeElectronPackage({});
    const override = tempDir();
    writeFileSync(path.join(override, 'electron.exe'), 'binary');
    const located = runtime.locateElectronRuntime({
      electronDir,
      env: { ELECTRON_OVERRIDE_DIST_PATH: override },
      platform: 'win32',
    });
    expect(located).toEqual({
      executable: path.join(override, 'electron.exe'),
      candidate: path.join(override, 'electron.exe'),
      source: 'override',
    });
  });

  it('uses path.txt inside the override folder when present', () => {
    const electronDir = fakeElectronPackage({ pathTxt: 'Electron.app/Contents/MacOS/Electron' });
    const override = tempDir();
    mkdirSync(path.join(override, 'Electron.app/Contents/MacOS'), { recursive: true });
    writeFileSync(path.join(override, 'Electron.app/Contents/MacOS/Electron'), 'binary');
    const located = runtime.locateElectronRuntime({
      electronDir,
      env: { ELECTRON_OVERRIDE_DIST_PATH: override },
      platform: 'darwin',
    });
    expect(located.executable).toBe(path.join(override, 'Electron.app/Contents/MacOS/Electron'));
  });

  it('lets an empty override win over an installed package runtime', () => {
    const electronDir = fakeElectronPackage({ pathTxt: 'electron', binary: 'electron' });
    const override = tempDir();
    const located = runtime.locateElectronRuntime({
      electronDir,
      env: { ELECTRON_OVERRIDE_DIST_PATH: override },
      platform: 'linux',
    });
    expect(located).toEqual({ executable: null, candidate: path.join(override, 'electron'), source: 'override' });
  });
});

describe('tryInstallElectron', () => {
  it('runs install.js with ELECTRON_CACHE passed on as electron_config_cache', () => {
    const electronDir = tempDir();
    // A stand-in for electron/install.js that "extracts" from the cache it is given.
    writeFileSync(
      path.join(electronDir, 'install.js'),
      [
        "const fs = require('fs'); const path = require('path');",
        "if (process.env.electron_config_cache !== '/seeded/cache') process.exit(3);",
        "fs.mkdirSync(path.join(__dirname, 'dist'), { recursive: true });",
        "fs.writeFileSync(path.join(__dirname, 'dist', 'electron'), 'binary');",
        "fs.writeFileSync(path.join(__dirname, 'path.txt'), 'electron');",
      ].join('\n'),
    );
    writeFileSync(path.join(electronDir, 'package.json'), '{"type":"commonjs"}');
    expect(runtime.tryInstallElectron({ electronDir, env: { ...process.env, ELECTRON_CACHE: '/seeded/cache' } })).toBe(true);
    expect(runtime.locateElectronRuntime({ electronDir, env: {}, platform: 'linux' }).executable).toBe(
      path.join(electronDir, 'dist', 'electron'),
    );
  });

  it('reports failure when install.js fails, hangs past the timeout or is absent', () => {
    const failing = tempDir();
    writeFileSync(path.join(failing, 'install.js'), 'process.exit(1)');
    expect(runtime.tryInstallElectron({ electronDir: failing, env: process.env })).toBe(false);

    const hanging = tempDir();
    writeFileSync(path.join(hanging, 'install.js'), 'setTimeout(() => {}, 60000)');
    const started = Date.now();
    expect(runtime.tryInstallElectron({ electronDir: hanging, env: process.env, timeoutMs: 300 })).toBe(false);
    expect(Date.now() - started).toBeLessThan(10_000);

    expect(runtime.tryInstallElectron({ electronDir: tempDir(), env: process.env })).toBe(false);
  });
});

describe.skipIf(process.platform === 'win32')('runElectron', () => {
  it('passes the app folder and the extra arguments, and returns the exit code', async () => {
    const dir = tempDir();
    const fake = path.join(dir, 'electron');
    const record = path.join(dir, 'args.txt');
    writeFileSync(fake, `#!/bin/sh\nprintf '%s\\n' "$@" > '${record}'\necho "run-as-node=\${ELECTRON_RUN_AS_NODE:-unset}" >> '${record}'\nexit 7\n`);
    chmodSync(fake, 0o755);
    const code = await runtime.runElectron({
      executable: fake,
      appDir: '/app dir',
      args: ['--data', '/tmp/数据'],
      env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    });
    expect(code).toBe(7);
    expect(readFileSync(record, 'utf8').split('\n')).toEqual(['/app dir', '--data', '/tmp/数据', 'run-as-node=unset', '']);
  });

  it('returns 1 when the executable cannot be started', async () => {
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const code = await runtime.runElectron({ executable: path.join(tempDir(), 'missing'), appDir: '.', env: process.env });
    const written = stderr.mock.calls.map(([chunk]) => String(chunk)).join('');
    stderr.mockRestore();
    expect(code).toBe(1);
    expect(written).toContain('无法启动 Electron');
  });
});

describe('node build/start.mjs without a runtime', () => {
  it('prints exactly one line pointing to npm run serve and exits 1', () => {
    const emptyDist = tempDir();
    const result = spawnSync(process.execPath, [path.join(repoRoot, 'build', 'start.mjs'), '--data', emptyDist], {
      cwd: repoRoot,
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: emptyDist, WENMI_NO_ELECTRON_DOWNLOAD: '1' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    const lines = result.stderr.split('\n').filter((line) => line !== '');
    expect(lines).toHaveLength(1);
    expect(result.stderr.endsWith('\n')).toBe(true);
    expect(lines[0]).toBe(runtime.MISSING_RUNTIME_MESSAGE);
    expect(lines[0]).toContain('npm run serve');
    expect(lines[0]).toContain('未找到 Electron 运行时');
    expect(lines[0]).toContain('Electron runtime not found');
    expect(result.stdout).toBe('');
  });
});
