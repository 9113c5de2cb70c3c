import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/core';

const ROOT = resolve(__dirname, '../../..');
const OXLINT = join(ROOT, 'node_modules', '.bin', 'oxlint');

/** Lints a throw-away tree laid out like the project, with the project's own lint config. */
function lint(files: Record<string, string>): { code: number; output: string } {
  const dir = tempDir('wenmi-lint-');
  dirs.push(dir);
  mkdirSync(join(dir, 'build'));
  copyFileSync(join(ROOT, 'build', 'oxlintrc.json'), join(dir, 'build', 'oxlintrc.json'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  try {
    const output = execFileSync(OXLINT, ['-c', 'build/oxlintrc.json', '--deny-warnings', '.'], { cwd: dir, encoding: 'utf8' });
    return { code: 0, output };
  } catch (error) {
    const e = error as { status: number; stdout: string };
    return { code: e.status, output: e.stdout };
  }
}

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('layer boundaries (npm run lint)', () => {
  it('lets electron/main and electron/preload import electron', () => {
    const r = lint({
      'electron/main/index.ts': "import { app } from 'electron';\nexport const a = app;\n",
      'electron/preload/index.ts': "import { contextBridge } from 'electron';\nexport const c = contextBridge;\n",
    });
    expect(r.output).not.toContain('no-restricted-imports');
    expect(r.code).toBe(0);
  });

  it.each([
    ['electron/core/db.ts', "import { app } from 'electron';\nexport const a = app;\n", "'electron' import is restricted"],
    ['electron/host/server.ts', "import { app } from 'electron';\nexport const a = app;\n", "'electron' import is restricted"],
    ['electron/core/x.ts', "import { App } from '../../renderer/app';\nexport const a = App;\n", 'renderer/app'],
    ['renderer/app.tsx', "import { openCore } from '../electron/core';\nexport const o = openCore;\n", '../electron/core'],
    ['renderer/app.tsx', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n", "'node:fs'"],
    ['renderer/app.tsx', "import { ipcRenderer } from 'electron';\nexport const i = ipcRenderer;\n", "'electron' import is restricted"],
    ['shared/x.ts', "import { createHash } from 'node:crypto';\nexport const h = createHash;\n", "'node:crypto'"],
    ['shared/x.ts', "import { join } from 'path';\nexport const j = join;\n", "'path'"],
    ['shared/x.ts', "import { openCore } from '../electron/core';\nexport const o = openCore;\n", '../electron/core'],
    ['shared/x.ts', 'export const title = () => document.title;\n', "'document'"],
    ['shared/x.ts', 'export const w = () => window.innerWidth;\n', "'window'"],
  ])('refuses %s importing across a boundary (%#)', (path, text, expected) => {
    const r = lint({ [path]: text });
    expect(r.code).not.toBe(0);
    expect(r.output).toContain(expected);
  });
});
