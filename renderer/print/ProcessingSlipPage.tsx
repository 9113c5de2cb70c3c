import { useSession } from '../app/session';
import { useHashPath } from '../app/useHashPath';
import { useQuery } from '../common/useQuery';
import { PrintDesk } from './PrintDesk';
import { ProcessingSlipSheet } from './ProcessingSlipSheet';

const PREFIX = '/print/processing-slip/';

/** #/print/processing-slip/<id>: the 收文处理单 of one incoming document. */
export function ProcessingSlipPage() {
  const { status } = useSession();
  const path = useHashPath();
  const id = path.startsWith(PREFIX) ? decodeURIComponent(path.slice(PREFIX.length)) : '';
  const record = useQuery('incoming.get', { id });
  return (
    <PrintDesk
      what="收文处理单"
      recordId={id}
      sheet={record.data ? <ProcessingSlipSheet record={record.data} officeName={status.officeName} /> : null}
      error={record.error}
      onRetry={record.reload}
      back={{ href: `#/incoming?id=${encodeURIComponent(id)}`, label: '返回收文' }}
      hint="A4 纸，一页；打印时只打印下面的处理单。"
    />
  );
}
