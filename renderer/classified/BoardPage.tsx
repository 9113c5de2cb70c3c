import { Button, Text } from '@mantine/core';
import { LedgerTable } from '../common/LedgerTable';
import { LoadError } from '../common/LoadError';
import { Page } from '../common/Page';
import { useQuery } from '../common/useQuery';
import { COPY_OUT_COLUMNS } from './columns';
import { openClassified } from './linked-id';

/** 传阅看板 (R26): every copy out with a reader, how long it has been out, and which are past their return time. */
export function BoardPage() {
  const board = useQuery('classified.board', {});
  const rows = board.data ?? [];
  const overdue = rows.filter((c) => c.overdue).length;
  return (
    <Page
      title="传阅看板"
      actions={
        <>
          <Button variant="default" onClick={board.reload}>
            刷新
          </Button>
          <Button component="a" href="#/classified" variant="default">
            返回密件传阅
          </Button>
        </>
      }
    >
      {board.error && <LoadError message={board.error} onRetry={board.reload} />}
      <Text size="sm" c="dimmed">
        {board.data ? `传阅中 ${rows.length} 份${overdue > 0 ? `，其中 ${overdue} 份已过当日退回时间` : ''}。点击一行查看该密件。` : board.error ? '' : '正在载入…'}
      </Text>
      <LedgerTable
        label="传阅中的密件"
        columns={COPY_OUT_COLUMNS}
        rows={rows}
        rowKey={(c) => c.copyId}
        empty={board.data ? '没有传阅中的密件：每一份都在保密员处。' : ''}
        onOpen={(c) => openClassified(c.docId)}
      />
    </Page>
  );
}
