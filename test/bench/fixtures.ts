import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openCore, type Core } from '../../electron/core';

export const MIGRATIONS_DIR = resolve(import.meta.dirname, '../../migrations');

export const tempDataDir = () => mkdtempSync(join(tmpdir(), 'wenmi-bench-'));

const PLACES = ['沱江', '阿拉营', '廖家桥', '吉信', '山江', '禾库', '腊尔山', '茶田', '新场', '千工坪', '落潮井', '麻冲', '都里', '木江坪'];
const OFFICES = ['财政所', '农业综合服务中心', '林业站', '社会事务办', '司法所', '卫生院', '中心学校', '派出所', '水利站', '村镇建设办'];

/** Realistic unit rows: distinct full names built from township and office names. */
export function unitRow(i: number, at: string) {
  const fullName = `${PLACES[i % PLACES.length]}镇${OFFICES[Math.floor(i / PLACES.length) % OFFICES.length]}第${i}分部`;
  return {
    fullName,
    shortName: fullName.slice(0, 6),
    category: 'township',
    initials: 'tjzczs',
    pinyin: 'tuojiangzhencaizhengsuo',
    initialsOverride: '',
    disabled: false,
    createdAt: at,
    updatedAt: at,
  };
}

export function openSetUpCore(dataDir = tempDataDir()): { core: Core; admin: ReturnType<Core['newSession']>; dataDir: string } {
  const core = openCore({ dataDir, migrationsDir: MIGRATIONS_DIR });
  const admin = core.newSession();
  const r = core.dispatch(admin, 'auth.setup', {
    officeName: '凤凰县人民政府办公室',
    username: 'admin',
    displayName: '王主任',
    password: 'bench-pass-1',
  });
  if (!r.ok) throw new Error(r.error.message);
  return { core, admin, dataDir };
}
