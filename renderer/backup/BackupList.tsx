import { Badge, Button, Text } from '@mantine/core';
import type { BackupEntry } from '../../shared/backup/api';
import { LedgerTable, type Column } from '../common/LedgerTable';
import { shanghaiDateTime } from '../common/time';
import type { DeviceName } from '../sync/conflict-text';
import { countsText, fileSize } from './backup-text';

interface Props {
  entries: readonly BackupEntry[];
  /** No folder chosen yet: the empty list then says to choose one first. */
  folderChosen: boolean;
  device: DeviceName;
  /** A job is running: the core would refuse a restore until it ends. */
  busy: boolean;
  onRestore: (entry: BackupEntry) => void;
}

/** The backups in the folder, newest first, each with what it holds and whether it can be restored here. */
export function BackupList({ entries, folderChosen, device, busy, onRestore }: Props) {
  const columns: Column<BackupEntry>[] = [
    { header: '备份时间', cell: (e) => shanghaiDateTime(e.createdAt), width: 160 },
    { header: '电脑', cell: (e) => device(e.deviceId), width: 140 },
    { header: '大小', cell: (e) => fileSize(e.bytes), kind: 'num', width: 90 },
    {
      header: '加密',
      cell: (e) =>
        e.encrypted ? (
          <Badge variant="light" color="gray" radius="sm" fw={500}>
            加密
          </Badge>
        ) : (
          '不加密'
        ),
      width: 70,
    },
    { header: '内容（条数）', cell: (e) => countsText(e.counts), kind: 'wrap' },
    {
      header: '能否恢复',
      cell: (e) =>
        e.problem ? (
          <Text size="sm" c="red.8">
            {e.problem}
          </Text>
        ) : (
          '可以恢复'
        ),
      kind: 'wrap',
      width: 220,
    },
    {
      header: '操作',
      cell: (e) => (
        <Button size="compact-sm" variant="default" disabled={e.problem !== null || busy} onClick={() => onRestore(e)}>
          恢复
        </Button>
      ),
      width: 70,
    },
  ];
  return (
    <LedgerTable
      label="备份文件"
      columns={columns}
      rows={entries}
      rowKey={(e) => e.file}
      empty={folderChosen ? '备份文件夹中没有找到备份。备份在U盘或移动硬盘上的，请先插好；要做一份新的，点“立即备份”。' : '还没有选择备份文件夹。请在“备份设置”中填写并保存。'}
    />
  );
}
