import { useHashPath } from '../app/useHashPath';
import { useQuery } from '../common/useQuery';
import { PrintDesk } from './PrintDesk';
import { SealLedgerSheet } from './SealLedgerSheet';

/** #/print/seal-ledger?month=2026-11[&seal=<id>]: one month of the 用印登记簿, of one seal or all. */
export function SealLedgerPage() {
  const path = useHashPath();
  const query = new URLSearchParams(path.includes('?') ? path.slice(path.indexOf('?') + 1) : '');
  const month = query.get('month') ?? '';
  const sealId = query.get('seal');
  const ledger = useQuery('seals.printLedger', { month, ...(sealId ? { sealId } : {}) });
  const data = ledger.data;
  return (
    <PrintDesk
      what={`用印登记簿 ${month}${data?.sealName ? ` ${data.sealName}` : ''}`}
      recordId={sealId ?? ''}
      sheet={data ? <SealLedgerSheet print={data} /> : null}
      error={ledger.error}
      onRetry={ledger.reload}
      back={{ href: '#/seals', label: '返回用印登记' }}
      hint="A4 纸横向，每页一张；打印时只打印下面的登记簿。"
    />
  );
}
