import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DataDirInUseError, openCore, resolveDataDir, SchemaTooNewError } from '../core';
import { seedDemo } from '../core/demo/seed';
import { ROLE_LABELS } from '../../shared/auth/roles';
import { startHost } from './server';

/** The repository (or unpacked app) root: the folder holding migrations/, found from wherever this file was built to. */
function appRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'migrations', 'meta'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('migrations/ not found above the host');
    dir = up;
  }
  return dir;
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { port: { type: 'string', default: '4391' }, data: { type: 'string' }, demo: { type: 'boolean', default: false } },
    allowPositionals: false,
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 1 || port > 65535) fail(`端口号无效：${values.port}（应为 1–65535 的整数）`);
  const root = appRoot();
  const staticDir = join(root, 'dist', 'renderer');
  if (!existsSync(join(staticDir, 'index.html'))) fail('找不到界面文件 dist/renderer，请先运行 npm run build（npm run serve 会自动构建）。');
  const dataDir = resolve(resolveDataDir(values.data ? ['--data', values.data] : [], process.env, process.platform, homedir()));

  let core;
  try {
    core = openCore({ dataDir, migrationsDir: join(root, 'migrations') });
  } catch (error) {
    if (error instanceof SchemaTooNewError || error instanceof DataDirInUseError) fail(error.message);
    throw error;
  }

  if (values.demo) {
    const status = core.dispatch(core.newSession(), 'auth.status', {});
    if (status.ok && (status.value as { setupNeeded: boolean }).setupNeeded) {
      console.log('已生成演示数据。演示账户：');
      for (const u of seedDemo(core)) console.log(`  ${u.username} / ${u.password}  （${u.roles.map((r) => ROLE_LABELS[r]).join('、')}，${u.displayName}）`);
    } else {
      console.log('数据目录中已有数据，未生成演示数据。');
    }
  }

  core.startAutoSync();
  core.startAutoBackup();
  const server = await startHost({ core, staticDir, port }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRINUSE') fail(`端口 ${port} 已被占用，请用 --port 指定其他端口。`);
    throw error;
  });
  console.log(`数据目录：${dataDir}`);
  console.log(`文秘台账已启动：http://127.0.0.1:${port}`);

  const stop = () => {
    server.close();
    core.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
