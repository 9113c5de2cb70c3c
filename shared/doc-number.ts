/**
 * 来文字号 / 发文字号 per GB/T 9704-2012 7.2.4: 机关代字 + 〔year〕 + serial + 号,
 * e.g. 湘西政办发〔2026〕12号. The year is written in full inside 六角括号 〔〕
 * (U+3014/U+3015), the serial has no leading zeros and no 第.
 *
 * checkDocNumber names every deviation in Chinese and offers the corrected form
 * when only one reading is possible, so the clerk can accept it with one key.
 */

export interface DocNumber {
  /** 机关代字, e.g. 凤政办发. */
  agency: string;
  year: number;
  serial: number;
}

export type DocNumberCheck =
  | { ok: true; parsed: DocNumber }
  | { ok: false; problems: string[]; corrected: string | null };

export const MIN_DOC_YEAR = 1949;
export const MAX_DOC_YEAR = 2100;
// No office issues a million documents a year under one 代字; a longer serial is a typo.
export const MAX_DOC_SERIAL = 999_999;

const OPEN = '〔';
const CLOSE = '〕';

// Look-alikes people type for 〔〕: ASCII and full-width square and round brackets,
// 【】, the small ﹝﹞, angle brackets, 〘〙 and 〖〗 from input-method symbol tables.
const WRONG_OPEN = '［[(（【﹝〈<＜《{｛〖〘';
const WRONG_CLOSE = '］])）】﹞〉>＞》}｝〗〙';
const ALL_OPEN = OPEN + WRONG_OPEN;
const ALL_CLOSE = CLOSE + WRONG_CLOSE;

// Escapes what is special inside a character class.
function escapeClass(chars: string): string {
  return chars.replace(/[\]\\^-]/g, '\\$&');
}
const BRACKETS = escapeClass(ALL_OPEN + ALL_CLOSE);

// Every part optional so any string matches and the gaps can be named one by one.
// The agency stops at the first digit or bracket, so 凤政发2026年12号 splits as
// 凤政发 | 2026 | 年 | 12 | 号.
const SHAPE = new RegExp(
  `^([^0-9${BRACKETS}]*)([${escapeClass(ALL_OPEN)}]?)([0-9]*)(年?)([${escapeClass(ALL_CLOSE)}]?)(第?)([0-9]*)(号?)(.*)$`,
  'u',
);
// What a stored agency may not contain: it would make the formatted number unparseable.
const BAD_AGENCY = new RegExp(`[\\u0000-\\u0020\\s0-9${BRACKETS}]`, 'u');

// \s covers the ideographic space U+3000 and NBSP; zero-width characters come
// along when a number is pasted from a web page or a Word document.
const SPACES = /[\s\u200b-\u200d\u2060]/g;
const FULL_WIDTH_DIGITS = /[０-９]/g;

function toHalfWidthDigits(s: string): string {
  return s.replace(FULL_WIDTH_DIGITS, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

// Two-digit years: 00–49 are read as 2000–2049 and 50–99 as 1950–1999, the
// pivot that keeps every PRC-era year reachable.
function expandTwoDigitYear(yy: number): number {
  return yy <= 49 ? 2000 + yy : 1900 + yy;
}

export function checkDocNumber(input: string): DocNumberCheck {
  const problems: string[] = [];
  let correctable = true;
  const fail = (problem: string): void => {
    problems.push(problem);
    correctable = false;
  };

  const raw = typeof input === 'string' ? input : '';
  const compact = raw.replace(SPACES, '');
  if (compact === '') return { ok: false, problems: ['来文字号为空'], corrected: null };
  if (compact !== raw) problems.push('不应包含空格');
  const s = toHalfWidthDigits(compact);
  if (s !== compact) problems.push('数字应使用半角阿拉伯数字');

  const m = SHAPE.exec(s);
  if (!m) {
    return { ok: false, problems: [...problems, '无法识别，应写作“机关代字〔2026〕12号”'], corrected: null };
  }
  const [, agency, open, yearDigits, yearChar, close, ordinal, serialDigits, suffix, rest] = m;

  if (agency === '') fail('缺少机关代字');

  // 〔二〇二六〕 or 十二号: the parts after it cannot be located, so say only this.
  if (/^[〇○零一二三四五六七八九十百千]/u.test(rest)) {
    fail('年份和序号应使用阿拉伯数字');
    return { ok: false, problems, corrected: null };
  }

  // Without a delimiter after the year, year and serial run together (凤政发202612号,
  // 凤政发〔202612号): any split is a guess, and the checks below would only add noise.
  if (close === '' && yearChar === '' && ordinal === '') {
    fail(open === '' ? '缺少年份，应写作“机关代字〔2026〕12号”' : '括号不完整，无法区分年份和序号');
    return { ok: false, problems, corrected: null };
  }

  if (yearChar !== '') problems.push('年份应写在六角括号〔〕内，不加“年”字');
  else if (open === '' && close === '') problems.push('年份应写在六角括号〔〕内');
  else if (open === '' || close === '') problems.push('括号不完整，年份应写在六角括号〔〕内');
  const wrongBracket = (open !== '' && open !== OPEN) || (close !== '' && close !== CLOSE);
  // Also with 年 or a missing half: 凤政发(2026年)12号 has two separate mistakes.
  if (wrongBracket) problems.push('括号应为六角括号〔〕');

  let year = NaN;
  if (yearDigits === '') {
    fail('缺少年份，应写作〔2026〕');
  } else if (yearDigits.length === 4) {
    year = Number(yearDigits);
    if (year < MIN_DOC_YEAR || year > MAX_DOC_YEAR) fail(`年份应在${MIN_DOC_YEAR}至${MAX_DOC_YEAR}之间`);
  } else if (yearDigits.length === 2) {
    year = expandTwoDigitYear(Number(yearDigits));
    problems.push('年份应写全四位');
  } else if (yearDigits.length < 4) {
    // 〔026〕 or 〔6〕: which century and decade is a guess.
    fail('年份应写全四位');
  } else {
    fail('年份不正确');
  }

  if (ordinal !== '') problems.push('序号前不应加“第”');

  let serial = NaN;
  if (serialDigits === '') {
    fail('缺少序号');
  } else {
    const significant = serialDigits.replace(/^0+/, '');
    if (significant === '') {
      fail('序号不能为0');
    } else if (significant.length > String(MAX_DOC_SERIAL).length) {
      fail('序号位数过多');
    } else {
      serial = Number(significant);
      if (significant !== serialDigits) problems.push('序号不应有前导零');
    }
  }

  if (suffix === '') problems.push('缺少“号”字');
  if (rest !== '') fail(`“号”字后有多余内容“${rest}”`);

  if (problems.length === 0) return { ok: true, parsed: { agency, year, serial } };
  return { ok: false, problems, corrected: correctable ? formatDocNumber({ agency, year, serial }) : null };
}

function assertDocNumber(d: DocNumber): void {
  if (typeof d.agency !== 'string' || d.agency === '' || BAD_AGENCY.test(d.agency)) {
    throw new RangeError(`Invalid 机关代字 ${JSON.stringify(d.agency)}`);
  }
  if (!Number.isInteger(d.year) || d.year < MIN_DOC_YEAR || d.year > MAX_DOC_YEAR) {
    throw new RangeError(`Invalid document year ${d.year}`);
  }
  if (!Number.isInteger(d.serial) || d.serial < 1 || d.serial > MAX_DOC_SERIAL) {
    throw new RangeError(`Invalid document serial ${d.serial}`);
  }
}

/** { 凤政发, 2026, 12 } -> '凤政发〔2026〕12号'. Throws RangeError on an impossible number. */
export function formatDocNumber(d: DocNumber): string {
  assertDocNumber(d);
  return `${d.agency}${OPEN}${d.year}${CLOSE}${d.serial}号`;
}

/**
 * A string that sorts by agency, then year, then serial as a number, with plain
 * string comparison (and SQLite's BINARY collation, which orders BMP text the
 * same way): 凤政发〔2026〕9号 before 凤政发〔2026〕10号. The space separator sorts
 * below every character an agency can contain, so 凤政发 comes before 凤政发函.
 */
export function docNumberSortKey(d: DocNumber): string {
  assertDocNumber(d);
  return `${d.agency} ${String(d.year).padStart(4, '0')} ${String(d.serial).padStart(6, '0')}`;
}

/** Array#sort comparator in docNumberSortKey order. */
export function compareDocNumbers(a: DocNumber, b: DocNumber): number {
  const ka = docNumberSortKey(a);
  const kb = docNumberSortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
