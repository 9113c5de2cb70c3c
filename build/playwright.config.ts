import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';

const NODE = 'node_modules/.bin/node';

// Runs the BUILT app (npm test builds first): the host serves dist/renderer and the real core.
// Each spec file gets its own host on a fresh data folder, so each meets the first-run screen
// and none depends on what another left behind.
const SPECS = [
  { name: 'foundation', file: 'foundation.spec.ts', port: 4517 },
  { name: 'incoming', file: 'incoming.spec.ts', port: 4518 },
  { name: 'incoming-workflow', file: 'incoming-workflow.spec.ts', port: 4519 },
  { name: 'incoming-list', file: 'incoming-list.spec.ts', port: 4520 },
  { name: 'outgoing', file: 'outgoing.spec.ts', port: 4521 },
  { name: 'seals', file: 'seals.spec.ts', port: 4522 },
  { name: 'classified', file: 'classified.spec.ts', port: 4523 },
  // Two PCs of one office: a second host on its own data folder (the spec reads its address from the project's metadata).
  { name: 'sync', file: 'sync.spec.ts', port: 4524, secondPort: 4525 },
  { name: 'import', file: 'import.spec.ts', port: 4526 },
  { name: 'backup', file: 'backup.spec.ts', port: 4527 },
];

// A spec without a host here would silently not run: refuse to start instead.
const unhosted = readdirSync(fileURLToPath(new URL('../test/e2e', import.meta.url))).filter(
  (f) => f.endsWith('.spec.ts') && !SPECS.some((s) => s.file === f),
);
if (unhosted.length) throw new Error(`test/e2e/${unhosted.join(', ')}: add to SPECS in build/playwright.config.ts`);
export default defineConfig({
  testDir: '../test/e2e',
  outputDir: '../test-results/e2e',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1366, height: 768 },
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: SPECS.map((spec) => ({
    name: spec.name,
    testMatch: spec.file,
    use: { baseURL: `http://127.0.0.1:${spec.port}` },
    metadata: spec.secondPort ? { secondBaseURL: `http://127.0.0.1:${spec.secondPort}` } : {},
  })),
  webServer: SPECS.flatMap((spec) => (spec.secondPort ? [spec.port, spec.secondPort] : [spec.port])).map((port) => ({
    command: `${NODE} dist/host/cli.mjs --port ${port} --data "$(mktemp -d)"`,
    cwd: '..',
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: 'ignore' as const,
    stderr: 'pipe' as const,
  })),
});
