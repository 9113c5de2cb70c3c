const LOOSE_DATE = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;

/** 2026/10/8, 2026.10.8, 2026年10月8日 and 20261008 become 2026-10-08; anything else is left for the validator to name. */
export function normalizeDateText(text: string): string {
  const t = text.trim();
  const m = LOOSE_DATE.exec(t) ?? COMPACT_DATE.exec(t);
  if (!m) return t;
  return `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
}
