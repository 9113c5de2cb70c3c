import { builtinModules } from 'node:module';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { bundles } from '../../../build/esbuild.mjs';

/** Bundles in memory (nothing written) and returns the external imports and the code. */
async function bundle(name: 'main' | 'preload') {
  const result = await build({ ...bundles[name], write: false, metafile: true, logLevel: 'silent' });
  const externals = new Set<string>();
  for (const output of Object.values(result.metafile.outputs)) {
    for (const imported of output.imports) if (imported.external) externals.add(imported.path);
  }
  return { externals: [...externals].sort(), code: result.outputFiles[0].text };
}

const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

describe('esbuild bundles', () => {
  it('preload: one CommonJS file whose only require is electron (sandbox-safe)', async () => {
    const { externals, code } = await bundle('preload');
    expect(externals).toEqual(['electron']);
    const requires = [...code.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]);
    expect(new Set(requires)).toEqual(new Set(['electron']));
    expect(code).toContain('wenmi:invoke');
    expect(code).toContain('exposeInMainWorld');
  }, 30_000);

  it('main: CommonJS with only electron, better-sqlite3 and Node built-ins left external', async () => {
    const { externals, code } = await bundle('main');
    const unexpected = externals.filter((p) => p !== 'electron' && p !== 'better-sqlite3' && !builtins.has(p));
    expect(unexpected).toEqual([]);
    expect(externals).toContain('electron');
    expect(code).toContain('preload.cjs');
    expect(code).toContain('../renderer/index.html');
  }, 30_000);

  it('writes to the paths main and package.json expect', () => {
    expect(bundles.main.outfile).toMatch(/dist[\\/]electron[\\/]main\.cjs$/);
    expect(bundles.preload.outfile).toMatch(/dist[\\/]electron[\\/]preload\.cjs$/);
    expect(bundles.host.outfile).toMatch(/dist[\\/]host[\\/]cli\.mjs$/);
    expect(bundles.main.format).toBe('cjs');
    expect(bundles.preload.format).toBe('cjs');
    expect(bundles.host.format).toBe('esm');
    expect(bundles.host.packages).toBe('external');
  });
});
