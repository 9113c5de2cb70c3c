import './print.css';
import { Button, Group, Text } from '@mantine/core';
import { useEffect } from 'react';
import { invoke } from '../api/client';
import { useSession } from '../app/session';
import { useHashPath } from '../app/useHashPath';
import { LoadError } from '../common/LoadError';
import { useQuery } from '../common/useQuery';
import { DraftSheet } from './DraftSheet';

const PREFIX = '/print/draft-sheet/';

/** #/print/draft-sheet/<id>: the 发文稿纸 preview is the page that prints; only the sheet goes on paper. */
export function DraftSheetPage() {
  const { status } = useSession();
  const path = useHashPath();
  const id = path.startsWith(PREFIX) ? decodeURIComponent(path.slice(PREFIX.length)) : '';
  const record = useQuery('outgoing.get', { id });

  // Also for Ctrl+P and the browser's own menu: every print of the form is in the audit trail.
  useEffect(() => {
    if (!record.data) return;
    const log = () => void invoke('audit.recordOutput', { kind: 'print', what: '发文稿纸', recordId: id });
    window.addEventListener('beforeprint', log);
    return () => window.removeEventListener('beforeprint', log);
  }, [record.data, id]);

  return (
    <div className="paper-desk">
      <Group className="no-print" justify="center" gap="sm" mb="sm">
        <Button onClick={() => window.print()} disabled={!record.data}>
          打印
        </Button>
        <Button component="a" href={`#/outgoing?id=${encodeURIComponent(id)}`} variant="default">
          返回发文
        </Button>
        <Text size="sm" c="dimmed">
          A4 纸，一页；打印时只打印下面的稿纸。
        </Text>
      </Group>
      {record.error && (
        <div className="no-print" style={{ maxWidth: 640, margin: '0 auto' }}>
          <LoadError message={record.error} onRetry={record.reload} />
        </div>
      )}
      {record.data && <DraftSheet record={record.data} officeName={status.officeName} />}
    </div>
  );
}
