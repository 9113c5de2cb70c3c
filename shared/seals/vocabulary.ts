/**
 * Fixed vocabularies of the seal usage ledger (用印登记, work rules art. 21).
 * Codes are stored, labels shown.
 */

// 公文用印 (stamping a numbered outgoing document: its 签发 is the approval) or any other use (审批用印).
export const USE_KINDS = ['document', 'other'] as const;
export type UseKind = (typeof USE_KINDS)[number];
export const USE_KIND_LABELS: Record<UseKind, string> = { document: '公文用印', other: '其他用印' };

// 方式: stamped on site by the custodian, or the seal taken out (外带) until its return is recorded.
export const USE_METHODS = ['stamp', 'takeOut'] as const;
export type UseMethod = (typeof USE_METHODS)[number];
export const USE_METHOD_LABELS: Record<UseMethod, string> = { stamp: '盖章', takeOut: '外带' };

/**
 * A ledger line: a use (用印), a correction (更正, pointing at the line it corrects) or the
 * return of a seal taken out (归还). Lines are never edited or deleted.
 */
export const ENTRY_KINDS = ['use', 'correction', 'return'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];
export const ENTRY_KIND_LABELS: Record<EntryKind, string> = { use: '用印', correction: '更正', return: '归还' };

/** The ledger list's 类别 filter. */
export const LEDGER_KINDS = ['document', 'other', 'takeOut', 'correction'] as const;
export type LedgerKind = (typeof LEDGER_KINDS)[number];
export const LEDGER_KIND_LABELS: Record<LedgerKind, string> = {
  document: '公文用印',
  other: '其他用印',
  takeOut: '外带',
  correction: '更正',
};
