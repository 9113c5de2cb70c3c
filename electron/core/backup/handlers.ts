import type { BackupEntry, BackupOverview } from '../../../shared/backup/api';
import type { CallContext } from '../api/context';
import type { Handlers } from '../api/dispatcher';
import { invalid, refuse } from '../api/errors';
import { backupsOf, folderProblem } from './service';

function overview(ctx: CallContext): BackupOverview {
  const service = backupsOf(ctx.sqlite);
  return { settings: service.settings(), last: service.last(), jobs: service.list() };
}

/** A job that cannot start (or a folder that cannot be read) says why in the refusal; one that is running already says so. */
function starting<T>(ctx: CallContext, start: () => T, exclusive = true): T {
  if (exclusive && backupsOf(ctx.sqlite).busy) throw refuse('CONFLICT', '正在备份或恢复，请等它完成。');
  try {
    return start();
  } catch (error) {
    throw refuse('CONFLICT', (error as Error).message);
  }
}

export const backupHandlers: Pick<Handlers, `backup.${string}` & keyof Handlers> = {
  'backup.overview': (ctx) => overview(ctx),

  'backup.configure': (ctx, { folder, keep, daily, passphrase }) => {
    const problem = folderProblem(folder);
    if (problem) throw invalid('folder', problem);
    backupsOf(ctx.sqlite).configure({ folder, keep, daily }, passphrase);
    ctx.audit({ detail: `备份文件夹 ${folder}，保留 ${keep} 份，${daily ? '每日自动备份' : '不自动备份'}${passphrase === null ? '，不加密' : passphrase ? '，加密' : ''}` });
    return overview(ctx);
  },

  'backup.now': (ctx) => {
    const job = starting(ctx, () => backupsOf(ctx.sqlite).backup());
    ctx.audit({ detail: `开始备份 ${job.file}` });
    return job;
  },

  'backup.exportAll': (ctx) => {
    const job = starting(ctx, () => backupsOf(ctx.sqlite).exportAll());
    ctx.audit({ detail: `开始全库导出 ${job.file}` });
    return job;
  },

  'backup.list': (ctx) =>
    starting(ctx, () => backupsOf(ctx.sqlite).entries(), false)
      .map(({ file, createdAt, deviceId, officeName, bytes, encrypted, counts, problem }): BackupEntry => ({ file, createdAt, deviceId, officeName, bytes, encrypted, counts, problem })),

  'backup.restore': (ctx, { file, passphrase }) => {
    const job = starting(ctx, () => backupsOf(ctx.sqlite).restore(file, passphrase, { userId: ctx.user!.id, userName: ctx.user!.displayName }));
    ctx.audit({ detail: `开始恢复备份 ${file}` });
    return job;
  },
};
