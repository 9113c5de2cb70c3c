/**
 * Where a copy of a 密件 is (R27: always exactly one of these). Work rules art. 22–23.
 *   inStock 在库 — with the confidential officer; out 传阅中 — with one reader, in a numbered folder;
 *   surrendered 已清退 — returned to the issuer; destroyed 已销毁 — in a completed destruction batch.
 */
export const COPY_PLACES = ['inStock', 'out', 'surrendered', 'destroyed'] as const;
export type CopyPlace = (typeof COPY_PLACES)[number];
export const COPY_PLACE_LABELS: Record<CopyPlace, string> = {
  inStock: '在库',
  out: '传阅中',
  surrendered: '已清退',
  destroyed: '已销毁',
};

/** A line of a copy's history (insert-only): sent to a reader, back from the reader, 清退 to the issuer. */
export const COPY_EVENT_KINDS = ['send', 'back', 'surrender', 'destroy'] as const;
export type CopyEventKind = (typeof COPY_EVENT_KINDS)[number];
export const COPY_EVENT_LABELS: Record<CopyEventKind, string> = {
  send: '送阅',
  back: '退回',
  surrender: '清退',
  destroy: '销毁',
};

/** Default time of day by which a copy sent out must be back (R26, [config] in settings). */
export const DEFAULT_RETURN_BY = '17:30';
