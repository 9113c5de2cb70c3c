// Bundles the Electron main process, the sandboxed preload and the host CLI.
//   electron/main/index.ts    -> dist/electron/main.cjs    (CJS; electron + better-sqlite3 external)
//   electron/preload/index.ts -> dist/electron/preload.cjs (CJS; only electron external: a
//                                sandboxed preload can require nothing else)
//   electron/host/cli.ts      -> dist/host/cli.mjs         (ESM; all packages external)
// Usage: node build/esbuild.mjs
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const r = (p) => path.join(root, p);

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node22',
  logLevel: 'warning',
  legalComments: 'none',
  sourcemap: false,
};

/** @type {Record<'main' | 'preload' | 'host', import('esbuild').BuildOptions>} */
export const bundles = {
  main: {
    ...common,
    entryPoints: [r('electron/main/index.ts')],
    outfile: r('dist/electron/main.cjs'),
    format: 'cjs',
    external: ['electron', 'better-sqlite3'],
  },
  preload: {
    ...common,
    entryPoints: [r('electron/preload/index.ts')],
    outfile: r('dist/electron/preload.cjs'),
    format: 'cjs',
    external: ['electron'],
  },
  host: {
    ...common,
    entryPoints: [r('electron/host/cli.ts')],
    outfile: r('dist/host/cli.mjs'),
    format: 'esm',
    packages: 'external',
    banner: {
      js: "import { createRequire as __wenmiCreateRequire } from 'node:module'; const require = __wenmiCreateRequire(import.meta.url);",
    },
  },
};

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  // esbuild has already printed each error; just fail the build.
  const results = await Promise.allSettled(Object.values(bundles).map((options) => build(options)));
  if (results.some((result) => result.status === 'rejected')) process.exit(1);
  console.log('esbuild: dist/electron/main.cjs, dist/electron/preload.cjs, dist/host/cli.mjs');
}
