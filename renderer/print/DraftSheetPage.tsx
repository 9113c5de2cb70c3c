import { useSession } from '../app/session';
import { useHashPath } from '../app/useHashPath';
import { useQuery } from '../common/useQuery';
import { DraftSheet } from './DraftSheet';
import { PrintDesk } from './PrintDesk';

const PREFIX = '/print/draft-sheet/';

/** #/print/draft-sheet/<id>: the 发文稿纸 of one outgoing document. */
export function DraftSheetPage() {
  const { status } = useSession();
  const path = useHashPath();
  const id = path.startsWith(PREFIX) ? decodeURIComponent(path.slice(PREFIX.length)) : '';
  const record = useQuery('outgoing.get', { id });
  return (
    <PrintDesk
      what="发文稿纸"
      recordId={id}
      sheet={record.data ? <DraftSheet record={record.data} officeName={status.officeName} /> : null}
      error={record.error}
      onRetry={record.reload}
      back={{ href: `#/outgoing?id=${encodeURIComponent(id)}`, label: '返回发文' }}
      hint="A4 纸，一页；打印时只打印下面的稿纸。"
    />
  );
}
