/**
 * 份号: each copy of a classified document carries its own number, printed with
 * six digits (GB/T 9704-2012 7.2.1), e.g. 000001. A register row lists the copies
 * received, typed as ranges and lists: '1-5', '000001-000005、000007', '1至3，8'.
 */

export const MAX_COPY_NUMBER = 999_999;
// More copies than any county office receives of one document; also keeps a
// typo like 1-999999 from expanding into a million-element array.
export const MAX_COPIES = 10_000;

const RANGE_MARKS = /\s*(?:-|－|—|–|~|～|〜|至|到)\s*/g;
const SEPARATORS = /[,，、;；\s]+/;
const FULL_WIDTH_DIGITS = /[０-９]/g;

/** 7 -> '000007'. Throws RangeError outside 1..999999. */
export function formatCopyNumber(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > MAX_COPY_NUMBER) {
    throw new RangeError(`Copy number must be an integer in 1..${MAX_COPY_NUMBER}, got ${n}`);
  }
  return String(n).padStart(6, '0');
}

function parseOne(digits: string): number | string {
  const n = Number(digits);
  if (n === 0) return '份号从1开始，不能为0';
  if (n > MAX_COPY_NUMBER) return `份号不能超过${MAX_COPY_NUMBER}`;
  return n;
}

/**
 * The copy numbers in ascending order, or a Chinese message saying what is wrong.
 * Accepts ranges (1-5, 1～5, 1至5), lists (、，, ; and spaces), leading zeros and
 * full-width digits.
 */
export function parseCopyNumbers(text: string): number[] | string {
  const normalized = (typeof text === 'string' ? text : '')
    .replace(FULL_WIDTH_DIGITS, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .trim()
    .replace(RANGE_MARKS, '-');
  if (normalized === '') return '请填写份号';

  const seen = new Set<number>();
  for (const token of normalized.split(SEPARATORS)) {
    if (token === '') continue;
    const m = /^(\d+)(?:-(\d+))?$/.exec(token);
    if (!m) return `无法识别“${token}”，份号应写成 1-5 或 1、3、7 这样`;
    const from = parseOne(m[1]);
    if (typeof from === 'string') return from;
    const to = m[2] === undefined ? from : parseOne(m[2]);
    if (typeof to === 'string') return to;
    if (to < from) return `范围“${token}”起止颠倒，应写作${to}-${from}`;
    // Checked before expanding so a huge range costs nothing.
    if (seen.size + (to - from + 1) > MAX_COPIES) return `份号超过${MAX_COPIES}个，请核对`;
    for (let n = from; n <= to; n++) {
      if (seen.has(n)) return `份号${formatCopyNumber(n)}重复`;
      seen.add(n);
    }
  }
  if (seen.size === 0) return '请填写份号';
  return [...seen].sort((a, b) => a - b);
}

/**
 * [1, 2, 3, 4, 5, 7] -> '000001-000005、000007'. Sorts and drops duplicates first,
 * so the output always reads back through parseCopyNumbers.
 */
export function formatCopyRanges(numbers: readonly number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const parts: string[] = [];
  let i = 0;
  while (i < sorted.length) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    parts.push(
      j === i ? formatCopyNumber(sorted[i]) : `${formatCopyNumber(sorted[i])}-${formatCopyNumber(sorted[j])}`,
    );
    i = j + 1;
  }
  return parts.join('、');
}
