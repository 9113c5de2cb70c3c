import { closeSync, existsSync, fsyncSync, linkSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What sync needs of a folder: a network share or a USB stick that can vanish, be slow,
 * refuse permission or hold half-copied files. Tests put faults between the engine and
 * the disk through this interface.
 */
export interface SyncFs {
  /** Names in a directory; throws ENOENT when it is missing. */
  list(dir: string): string[];
  read(file: string): Buffer;
  /** The folder's clock: when the file was last written, in ms. */
  mtime(file: string): number;
  isDirectory(path: string): boolean;
  mkdir(dir: string): void;
  /**
   * Publishes a file whole or not at all, never over an existing one: written to a temp
   * name, flushed to disk, then linked to its final name (which fails if the name exists).
   * Returns the folder's modification time of the file (the folder's clock).
   */
  publish(file: string, bytes: Buffer): number;
}

export const nodeFs: SyncFs = {
  list: (dir) => readdirSync(dir),
  read: (file) => readFileSync(file),
  mtime: (file) => statSync(file).mtimeMs,
  isDirectory: (path) => {
    try {
      return statSync(path).isDirectory();
    } catch {
      return false;
    }
  },
  mkdir: (dir) => {
    mkdirSync(dir, { recursive: true });
  },
  publish: (file, bytes) => {
    const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
    const fd = openSync(temp, 'wx');
    try {
      writeSync(fd, bytes);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    publishTemp(temp, file);
    return statSync(file).mtimeMs;
  },
};

/**
 * Link, then drop the temp name: atomic and never overwrites. FAT-formatted USB sticks and
 * some shares have no hard links; there a rename does it, after checking the name is free —
 * only this device writes in its directory, so nobody else can take the name meanwhile.
 */
function publishTemp(temp: string, file: string): void {
  try {
    linkSync(temp, file);
    unlinkSync(temp);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS' && code !== 'EXDEV') {
      unlinkSync(temp);
      throw error;
    }
    if (existsSync(file)) {
      unlinkSync(temp);
      throw Object.assign(new Error(`${file} exists`), { code: 'EEXIST' });
    }
    renameSync(temp, file);
  }
}

export const devicesDir = (folder: string, setId: string) => join(folder, setId, 'devices');
export const deviceDir = (folder: string, setId: string, deviceId: string) => join(devicesDir(folder, setId), deviceId);
export const ROOT_FILE = 'wenmi-sync.json';
