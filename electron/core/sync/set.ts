import { createHmac, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { refuse } from '../api/errors';
import { ROOT_FILE, type SyncFs } from './folder';

/** The root file naming the sync set: its id, format version, and a check of the key (never the key). */
export const SET_FORMAT = 'wenmi-sync-set';
export const SET_VERSION = 1;

interface RootFile {
  format: typeof SET_FORMAT;
  version: number;
  setId: string;
  createdAt: string;
  keyCheck: string;
}

const keyCheck = (key: string, setId: string) => createHmac('sha256', key).update(`wenmi-sync-key:${setId}`).digest('hex');

/** Why a folder cannot be used, in the words the administrator reads; null when it is the set. */
export type FolderProblem = { kind: 'unreachable' | 'empty' | 'foreign' | 'badKey' | 'newer'; message: string };

function readRoot(fs: SyncFs, folder: string): RootFile | FolderProblem {
  if (!fs.isDirectory(folder)) {
    return { kind: 'unreachable', message: `找不到同步文件夹 ${folder}：网络盘未连接或U盘未插入？` };
  }
  let names: string[];
  try {
    names = fs.list(folder);
  } catch (error) {
    return { kind: 'unreachable', message: `无法读取同步文件夹 ${folder}（${(error as NodeJS.ErrnoException).code ?? '无权限'}）` };
  }
  if (!names.includes(ROOT_FILE)) {
    return { kind: 'empty', message: `文件夹 ${folder} 中没有同步数据：可能选错了文件夹，或网络盘、U盘没有正确连接。不会在这里新建或重置。` };
  }
  try {
    const root = JSON.parse(fs.read(join(folder, ROOT_FILE)).toString('utf8')) as RootFile;
    if (root.format !== SET_FORMAT) return { kind: 'foreign', message: `文件夹 ${folder} 不是文秘台账的同步文件夹` };
    if (root.version > SET_VERSION) return { kind: 'newer', message: '这个同步文件夹由更新版本的文秘台账创建，请先升级本机程序' };
    return root;
  } catch {
    return { kind: 'unreachable', message: `同步文件夹 ${folder} 的标识文件无法读取` };
  }
}

/** The set in `folder` if the key matches (and it is the expected set); otherwise why not. */
export function checkSet(fs: SyncFs, folder: string, key: string, expectedSetId: string | null): { setId: string } | FolderProblem {
  const root = readRoot(fs, folder);
  if ('kind' in root) return root;
  if (expectedSetId && root.setId !== expectedSetId) {
    return { kind: 'foreign', message: `文件夹 ${folder} 属于另一个同步组，本机不会向其中写入` };
  }
  if (root.keyCheck !== keyCheck(key, root.setId)) return { kind: 'badKey', message: '同步密钥不正确：请输入与其他电脑相同的同步密钥' };
  return { setId: root.setId };
}

/** Creates a new set in an existing folder that holds none; refuses anything else. */
export function createSet(fs: SyncFs, folder: string, key: string, nowIso: string): string {
  const root = readRoot(fs, folder);
  if (!('kind' in root) || root.kind !== 'empty') {
    const why = 'kind' in root ? root.message : `文件夹 ${folder} 已经是同步文件夹，请选择“加入”而不是新建`;
    throw refuse('CONFLICT', why);
  }
  const setId = randomUUID();
  const file: RootFile = { format: SET_FORMAT, version: SET_VERSION, setId, createdAt: nowIso, keyCheck: keyCheck(key, setId) };
  fs.mkdir(join(folder, setId, 'devices'));
  fs.publish(join(folder, ROOT_FILE), Buffer.from(`${JSON.stringify(file, null, 2)}\n`, 'utf8'));
  return setId;
}
