import { useHashPath } from '../app/useHashPath';
import { useQuery } from '../common/useQuery';
import { DestructionSheet } from './DestructionSheet';
import { PrintDesk } from './PrintDesk';

const PREFIX = '/print/destruction-sheet/';

/** #/print/destruction-sheet/<id>: the 销毁清单 of one batch, with the office name the core puts on it. */
export function DestructionSheetPage() {
  const path = useHashPath();
  const id = path.startsWith(PREFIX) ? decodeURIComponent(path.slice(PREFIX.length)) : '';
  const sheet = useQuery('destruction.sheet', { id });
  return (
    <PrintDesk
      what="销毁清单"
      recordId={id}
      sheet={sheet.data ? <DestructionSheet sheet={sheet.data} /> : null}
      error={sheet.error}
      onRetry={sheet.reload}
      back={{ href: `#/destruction?id=${encodeURIComponent(id)}`, label: '返回销毁登记' }}
      hint="A4 纸，竖放；打印时只打印下面的清单，签名栏由各人手签。"
    />
  );
}
