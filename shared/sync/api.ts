import { z } from 'zod';
import { method, type MethodSpec } from '../api/define';
import { flag, noInput, optionalText, recordId, requiredText } from '../api/fields';
import { STAFF } from '../auth/roles';

export interface SyncReport {
  /** ISO time of the attempt. */
  at: string;
  /** Could the folder be used? When not, nothing was read or written. */
  reachable: boolean;
  problem: string | null;
  /** Changes and audit entries written to the folder. */
  published: number;
  /** Files of other devices applied, and changes in them. */
  filesApplied: number;
  received: number;
  /** Files that failed their checks: skipped and retried at every sync. */
  quarantined: { deviceId: string; seq: number; reason: string }[];
  /** Changes waiting for a row or an upgrade. */
  pending: number;
  /** Open conflicts for a person to review. */
  conflicts: number;
  /** Clock differences over 5 minutes, in words; sync goes on regardless. */
  clockWarnings: string[];
  /** This PC was copied from another and took a new device id. */
  newDeviceId: string | null;
}

export interface SyncStatus {
  configured: boolean;
  folder: string;
  setId: string;
  deviceId: string;
  last: SyncReport | null;
}

export interface SyncDevice {
  deviceId: string;
  /** The name given in 设置 — 同步, '' when none. */
  name: string;
  isThis: boolean;
  /** When a file of it was last applied here (null for this PC or one not heard from). */
  lastHeard: string | null;
}

export interface SyncConflict {
  id: string;
  kind: 'field' | 'duplicate';
  tableName: string;
  rowId: string;
  /** What people call the record: its 收文号, 发文字号, name or title ('' when none is known). */
  recordName: string;
  field: string;
  /** JSON of the value that stands, and of the one that lost (the whole record for a duplicate). */
  keptValue: string;
  lostValue: string;
  lostDeviceId: string;
  detectedAt: string;
  resolvedAt: string | null;
  resolution: string;
}

const folderField = requiredText('同步文件夹', 500);
const keyField = z
  .string({ error: '请填写同步密钥' })
  .min(8, '同步密钥至少 8 个字符')
  .max(200, '同步密钥不能超过 200 个字符');

export const syncApi = {
  'sync.status': method<SyncStatus>()({ input: noInput, access: STAFF, title: '查看同步状态' }),
  /** 新建同步组: the first PC, in an existing folder that holds no set. */
  'sync.create': method<SyncStatus>()({ input: z.object({ folder: folderField, key: keyField }), access: ['admin'], title: '新建同步组' }),
  /** 加入同步组: the folder must hold the set and the key must match; nothing is created or reset. */
  'sync.join': method<SyncStatus>()({ input: z.object({ folder: folderField, key: keyField }), access: ['admin'], title: '加入同步组' }),
  /**
   * A new PC's first run: join the office's set instead of setting up a new office. The key
   * vouches for the PC; the office, its users and registers arrive from the folder.
   */
  'sync.joinAtSetup': method<SyncStatus>()({ input: z.object({ folder: folderField, key: keyField }), access: 'public', title: '加入同步组（首次使用）' }),
  'sync.now': method<SyncReport>()({ input: noInput, access: STAFF, title: '立即同步' }),
  /** The PCs of the set: this one, every one heard from, and every one named or issuing numbers. */
  'sync.devices': method<SyncDevice[]>()({ input: noInput, access: ['admin'], title: '查看同步电脑' }),
  /** 生成同步快照 (compaction): PCs joining later start from it instead of replaying every file. */
  'sync.snapshot': method<{ seq: number; entries: number }>()({ input: noInput, access: ['admin'], title: '生成同步快照' }),
  'sync.conflicts': method<SyncConflict[]>()({
    input: z.object({ includeResolved: flag('包括已处理的').default(false) }),
    access: ['admin'],
    title: '查看同步冲突',
  }),
  'sync.resolveConflict': method<SyncConflict>()({
    input: z.object({ id: recordId('冲突'), useLost: flag('改用另一台电脑的值').default(false), note: optionalText('处理说明', 200) }),
    access: ['admin'],
    title: '处理同步冲突',
  }),
} satisfies Record<string, MethodSpec>;
