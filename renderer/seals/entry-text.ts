import type { LedgerEntry } from '../../shared/seals/api';
import { USE_METHOD_LABELS } from '../../shared/seals/vocabulary';

type Line = Pick<LedgerEntry, 'method' | 'returnedAt'>;

/** 方式 as the paper book writes it: 盖章, or 外带 with when it came back (or that it has not). */
export function methodText(e: Line, time: (local: string) => string): string {
  if (e.method === 'stamp') return USE_METHOD_LABELS.stamp;
  return e.returnedAt ? `${USE_METHOD_LABELS.takeOut}，${time(e.returnedAt)}归还` : `${USE_METHOD_LABELS.takeOut}，未归还`;
}

/** 批准人: a 公文用印 is approved by the document's 签发, so no person is named here. */
export function approverText(e: Pick<LedgerEntry, 'useKind' | 'approverName' | 'approverTitle'>): string {
  if (e.useKind === 'document') return '公文已签发';
  return e.approverTitle ? `${e.approverName}（${e.approverTitle}）` : e.approverName;
}

/** What a 更正 line says about the line it corrects: which one, why, and whether the use happened at all (worded as the export). */
export function correctionText(e: Pick<LedgerEntry, 'correctsSerialText' | 'correctionReason' | 'cancelled'>): string | null {
  if (!e.correctsSerialText) return null;
  return `更正序号 ${e.correctsSerialText}：${e.correctionReason}${e.cancelled ? '（未实际用印）' : ''}`;
}

/** What a corrected line says: the 更正 lines that replace it (it stays in the book as written). */
export function correctedByText(e: Pick<LedgerEntry, 'correctedBy'>): string | null {
  return e.correctedBy.length ? `已由序号 ${e.correctedBy.join('、')} 更正` : null;
}
