import { useSession } from '../app/session';
import { useHashPath } from '../app/useHashPath';
import { classifiedHref } from '../classified/linked-id';
import { useQuery } from '../common/useQuery';
import { CirculationSlipSheet } from './CirculationSlipSheet';
import { PrintDesk } from './PrintDesk';

const PREFIX = '/print/circulation-slip/';

/** #/print/circulation-slip/<id>: the 密件传阅单 of one classified document. */
export function CirculationSlipPage() {
  const { status } = useSession();
  const path = useHashPath();
  const id = path.startsWith(PREFIX) ? decodeURIComponent(path.slice(PREFIX.length)) : '';
  const doc = useQuery('classified.get', { id });
  return (
    <PrintDesk
      what="密件传阅单"
      recordId={id}
      sheet={doc.data ? <CirculationSlipSheet doc={doc.data} officeName={status.officeName} /> : null}
      error={doc.error}
      onRetry={doc.reload}
      back={{ href: classifiedHref(id), label: '返回密件' }}
      hint="A4 纸，竖放；打印时只打印下面的传阅单，空行留给手写。"
    />
  );
}
