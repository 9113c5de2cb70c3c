import { describe, it, expect } from 'vitest';
import {
  checkDocNumber,
  compareDocNumbers,
  docNumberSortKey,
  formatDocNumber,
  type DocNumber,
} from '../../../shared/doc-number';
import { seededRandom } from '../../../shared/random';


const BRACKETS = '括号应为六角括号〔〕';
const YEAR_CHAR = '年份应写在六角括号〔〕内，不加“年”字';
const NO_BRACKETS = '年份应写在六角括号〔〕内';
const HALF_BRACKET = '括号不完整，年份应写在六角括号〔〕内';
const TWO_DIGIT_YEAR = '年份应写全四位';
const LEADING_ZERO = '序号不应有前导零';
const ORDINAL = '序号前不应加“第”';
const NO_HAO = '缺少“号”字';
const SPACES = '不应包含空格';
const FULL_WIDTH = '数字应使用半角阿拉伯数字';

describe('checkDocNumber: valid numbers', () => {
  it.each([
    ['湘西政办发〔2026〕12号', '湘西政办发', 2026, 12],
    ['凤政办发〔2023〕6号', '凤政办发', 2023, 6],
    ['国办发〔2016〕80号', '国办发', 2016, 80],
    ['凤政函〔2021〕57号', '凤政函', 2021, 57],
    ['凤政发〔1949〕1号', '凤政发', 1949, 1],
    ['凤政发〔2100〕999999号', '凤政发', 2100, 999999],
    ['凤政发〔2026〕10号', '凤政发', 2026, 10],
  ])('%s', (input, agency, year, serial) => {
    expect(checkDocNumber(input)).toEqual({ ok: true, parsed: { agency, year, serial } });
  });
});

describe('checkDocNumber: correctable mistakes', () => {
  it.each([
    // brackets, each look-alike and mixed pairs
    ['凤政发［2026］12号', [BRACKETS]],
    ['凤政发[2026]12号', [BRACKETS]],
    ['凤政发(2026)12号', [BRACKETS]],
    ['凤政发（2026）12号', [BRACKETS]],
    ['凤政发【2026】12号', [BRACKETS]],
    ['凤政发﹝2026﹞12号', [BRACKETS]],
    ['凤政发〈2026〉12号', [BRACKETS]],
    ['凤政发〖2026〗12号', [BRACKETS]],
    ['凤政发〘2026〙12号', [BRACKETS]],
    ['凤政发《2026》12号', [BRACKETS]],
    ['凤政发〔2026]12号', [BRACKETS]],
    ['凤政发(2026〕12号', [BRACKETS]],
    ['凤政发【2026）12号', [BRACKETS]],
    // a missing half, when the other half still separates year and serial
    ['凤政发2026〕12号', [HALF_BRACKET]],
    ['凤政发2026)12号', [HALF_BRACKET, BRACKETS]],
    ['凤政发〔2026第12号', [HALF_BRACKET, ORDINAL]],
    // year
    ['凤政发〔26〕12号', [TWO_DIGIT_YEAR]],
    ['凤政发2026年12号', [YEAR_CHAR]],
    ['凤政发26年12号', [YEAR_CHAR, TWO_DIGIT_YEAR]],
    ['凤政发〔2026年〕12号', [YEAR_CHAR]],
    ['凤政发(2026年)12号', [YEAR_CHAR, BRACKETS]],
    ['凤政发2026第12号', [NO_BRACKETS, ORDINAL]],
    // serial
    ['凤政发〔2026〕012号', [LEADING_ZERO]],
    ['凤政发〔2026〕00012号', [LEADING_ZERO]],
    ['凤政发〔2026〕第12号', [ORDINAL]],
    ['凤政发〔2026〕第012号', [ORDINAL, LEADING_ZERO]],
    ['凤政发〔2026〕12', [NO_HAO]],
    // characters
    ['凤政发〔２０２６〕１２号', [FULL_WIDTH]],
    ['凤政发 〔2026〕 12 号', [SPACES]],
    ['  凤政发〔2026〕12号\n', [SPACES]],
    ['凤政\u3000发〔2026〕12号', [SPACES]],
    ['凤政发〔2026〕1\u200b2号', [SPACES]],
    // everything at once
    ['凤政发 （２６） 第 ００12', [SPACES, FULL_WIDTH, BRACKETS, TWO_DIGIT_YEAR, ORDINAL, LEADING_ZERO, NO_HAO]],
  ])('%j', (input, problems) => {
    expect(checkDocNumber(input)).toEqual({ ok: false, problems, corrected: '凤政发〔2026〕12号' });
  });

  it('reads two-digit years 00–49 as 20xx and 50–99 as 19xx', () => {
    expect(checkDocNumber('凤政发〔00〕1号')).toMatchObject({ corrected: '凤政发〔2000〕1号' });
    expect(checkDocNumber('凤政发〔49〕1号')).toMatchObject({ corrected: '凤政发〔2049〕1号' });
    expect(checkDocNumber('凤政发〔50〕1号')).toMatchObject({ corrected: '凤政发〔1950〕1号' });
    expect(checkDocNumber('凤政发〔98〕1号')).toMatchObject({ corrected: '凤政发〔1998〕1号' });
  });
});

describe('checkDocNumber: mistakes with no single correction', () => {
  it.each([
    ['', ['来文字号为空']],
    ['   ', ['来文字号为空']],
    ['〔2026〕12号', ['缺少机关代字']],
    ['（2026）12号', ['缺少机关代字', BRACKETS]],
    ['凤政发〔1948〕12号', ['年份应在1949至2100之间']],
    ['凤政发〔2101〕12号', ['年份应在1949至2100之间']],
    ['凤政发〔0026〕12号', ['年份应在1949至2100之间']],
    ['凤政发〔026〕12号', [TWO_DIGIT_YEAR]],
    ['凤政发〔6〕12号', [TWO_DIGIT_YEAR]],
    ['凤政发〔20266〕12号', ['年份不正确']],
    ['凤政发〔〕12号', ['缺少年份，应写作〔2026〕']],
    ['凤政发12号', ['缺少年份，应写作“机关代字〔2026〕12号”']],
    ['凤政发202612号', ['缺少年份，应写作“机关代字〔2026〕12号”']],
    ['凤政发〔202612号', ['括号不完整，无法区分年份和序号']],
    ['凤政发〔2026〕号', ['缺少序号']],
    ['凤政发〔2026〕', ['缺少序号', NO_HAO]],
    ['凤政发〔2026〕0号', ['序号不能为0']],
    ['凤政发〔2026〕000号', ['序号不能为0']],
    ['凤政发〔2026〕1234567号', ['序号位数过多']],
    ['凤政发〔2026〕12号文', ['“号”字后有多余内容“文”']],
    ['凤政发〔2026〕十二号', ['年份和序号应使用阿拉伯数字']],
    ['凤政发〔二〇二六〕12号', ['年份和序号应使用阿拉伯数字']],
    ['凤政发〔2026〕第十二号', ['年份和序号应使用阿拉伯数字']],
    ['凤政发 〔26〕0号', [SPACES, TWO_DIGIT_YEAR, '序号不能为0']],
  ])('%j', (input, problems) => {
    expect(checkDocNumber(input)).toEqual({ ok: false, problems, corrected: null });
  });

  it('copes with a non-string from untyped callers', () => {
    expect(checkDocNumber(undefined as unknown as string)).toEqual({
      ok: false,
      problems: ['来文字号为空'],
      corrected: null,
    });
  });
});

describe('formatDocNumber', () => {
  it('writes the GB/T 9704 form with U+3014/U+3015', () => {
    const s = formatDocNumber({ agency: '凤政办发', year: 2023, serial: 6 });
    expect(s).toBe('凤政办发〔2023〕6号');
    expect([...s].map((c) => c.codePointAt(0)!.toString(16))).toContain('3014');
    expect([...s].map((c) => c.codePointAt(0)!.toString(16))).toContain('3015');
  });

  it.each([
    { agency: '', year: 2026, serial: 1 },
    { agency: '凤 政发', year: 2026, serial: 1 },
    { agency: '凤政发2', year: 2026, serial: 1 },
    { agency: '凤政[发', year: 2026, serial: 1 },
    { agency: '凤政发', year: 1948, serial: 1 },
    { agency: '凤政发', year: 2026.5, serial: 1 },
    { agency: '凤政发', year: 2026, serial: 0 },
    { agency: '凤政发', year: 2026, serial: 1_000_000 },
  ])('refuses %j', (d) => {
    expect(() => formatDocNumber(d)).toThrow(RangeError);
    expect(() => docNumberSortKey(d)).toThrow(RangeError);
  });
});

describe('docNumberSortKey and compareDocNumbers', () => {
  const parse = (s: string): DocNumber => {
    const r = checkDocNumber(s);
    if (!r.ok) throw new Error(`${s}: ${r.problems.join('; ')}`);
    return r.parsed;
  };

  it('sorts by agency, then year, then serial as a number', () => {
    const sorted = [
      '凤政发〔2026〕100号',
      '凤政发函〔2020〕1号',
      '凤政发〔2026〕10号',
      '凤政发〔2025〕200号',
      '凤政办发〔2026〕3号',
      '凤政发〔2026〕9号',
      '凤政发〔2026〕1号',
    ]
      .map(parse)
      .sort(compareDocNumbers)
      .map(formatDocNumber);
    expect(sorted).toEqual([
      '凤政办发〔2026〕3号', // 办 U+529E sorts before 发 U+53D1
      '凤政发〔2025〕200号',
      '凤政发〔2026〕1号',
      '凤政发〔2026〕9号',
      '凤政发〔2026〕10号',
      '凤政发〔2026〕100号',
      '凤政发函〔2020〕1号', // a longer agency after its prefix, whatever the year
    ]);
  });

  it('gives the documented key', () => {
    expect(docNumberSortKey({ agency: '凤政发', year: 2026, serial: 10 })).toBe('凤政发 2026 000010');
    expect(docNumberSortKey(parse('凤政发〔2026〕9号')) < docNumberSortKey(parse('凤政发〔2026〕10号'))).toBe(true);
  });

  it('orders keys like the (agency, year, serial) tuple, for random numbers', () => {
    const rnd = seededRandom(7);
    const agencies = ['凤政发', '凤政发函', '凤政办发', '凤政', '湘政发', '凤'];
    const pick = (): DocNumber => ({
      agency: agencies[Math.floor(rnd() * agencies.length)],
      year: 2020 + Math.floor(rnd() * 8),
      serial: 1 + Math.floor(rnd() * 1200),
    });
    const sign = (n: number) => Math.sign(n);
    for (let i = 0; i < 2000; i++) {
      const a = pick();
      const b = pick();
      const tuple = a.agency !== b.agency ? (a.agency < b.agency ? -1 : 1) : a.year - b.year || a.serial - b.serial;
      expect(sign(compareDocNumbers(a, b)), `${formatDocNumber(a)} vs ${formatDocNumber(b)}`).toBe(sign(tuple));
    }
  });
});

describe('checkDocNumber: properties', () => {
  const AGENCIES = ['凤政发', '凤政办发', '凤政函', '凤政办函', '凤政纪', '湘西政办发', '湘政发', '国办发', '凤财预'];

  function randomValid(rnd: () => number): DocNumber {
    let agency = AGENCIES[Math.floor(rnd() * AGENCIES.length)];
    if (rnd() < 0.3) {
      // any CJK ideographs, including 年 第 号 inside an agency
      agency = Array.from({ length: 1 + Math.floor(rnd() * 6) }, () =>
        String.fromCharCode(0x4e00 + Math.floor(rnd() * (0x9fa5 - 0x4e00))),
      ).join('');
    }
    const year = 1949 + Math.floor(rnd() * (2100 - 1949 + 1));
    const serial = rnd() < 0.7 ? 1 + Math.floor(rnd() * 120) : 1 + Math.floor(rnd() * 999_999);
    return { agency, year, serial };
  }

  it('round-trips every valid number: format(parse(x)) === x', () => {
    const rnd = seededRandom(2026);
    for (let i = 0; i < 3000; i++) {
      const d = randomValid(rnd);
      const x = formatDocNumber(d);
      const r = checkDocNumber(x);
      expect(r, x).toEqual({ ok: true, parsed: d });
      if (r.ok) expect(formatDocNumber(r.parsed)).toBe(x);
    }
  });

  it('finds every corruption of a valid number and corrects back to it', () => {
    const rnd = seededRandom(9704);
    const chance = (p: number) => rnd() < p;
    const pickChar = (s: string) => [...s][Math.floor(rnd() * [...s].length)];
    const WRONG_OPEN = '［[(（【﹝〈〖';
    const WRONG_CLOSE = '］])）】﹞〉〗';
    let corrupted = 0;

    for (let i = 0; i < 4000; i++) {
      const d = randomValid(rnd);
      const x = formatDocNumber(d);
      const expected = new Set<string>();

      let yearText = String(d.year);
      if (d.year >= 1950 && d.year <= 2049 && chance(0.25)) {
        yearText = yearText.slice(2);
        expected.add(TWO_DIGIT_YEAR);
      }
      let serialText = String(d.serial);
      if (chance(0.25)) {
        serialText = '0'.repeat(1 + Math.floor(rnd() * 3)) + serialText;
        expected.add(LEADING_ZERO);
      }
      let ordinal = '';
      if (chance(0.2)) {
        ordinal = '第';
        expected.add(ORDINAL);
      }

      let open = '〔';
      let close = '〕';
      let yearChar = '';
      const form = rnd();
      if (form < 0.25) {
        // wrong brackets, possibly a mixed pair, possibly with the correct half
        do {
          open = chance(0.3) ? '〔' : pickChar(WRONG_OPEN);
          close = chance(0.3) ? '〕' : pickChar(WRONG_CLOSE);
        } while (open === '〔' && close === '〕');
        expected.add(BRACKETS);
      } else if (form < 0.35) {
        open = '';
        close = '';
        yearChar = '年';
        expected.add(YEAR_CHAR);
      } else if (form < 0.42) {
        open = '';
        expected.add(HALF_BRACKET);
      }

      let digitsFullWidth = false;
      let s = `${d.agency}${open}${yearText}${yearChar}${close}${ordinal}${serialText}`;
      if (chance(0.2)) {
        s = s.replace(/[0-9]/g, (c) => (chance(0.6) ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c));
        digitsFullWidth = /[０-９]/.test(s);
        if (digitsFullWidth) expected.add(FULL_WIDTH);
      }
      if (chance(0.2)) {
        expected.add(NO_HAO);
      } else {
        s += '号';
      }
      if (chance(0.25)) {
        const chars = [...s];
        const spaces = 1 + Math.floor(rnd() * 3);
        for (let k = 0; k < spaces; k++) {
          chars.splice(Math.floor(rnd() * (chars.length + 1)), 0, pickChar(' \u3000\t\u00a0'));
        }
        s = chars.join('');
        expected.add(SPACES);
      }

      const r = checkDocNumber(s);
      if (expected.size === 0) {
        expect(s).toBe(x);
        expect(r.ok).toBe(true);
        continue;
      }
      corrupted++;
      expect(r.ok, s).toBe(false);
      if (!r.ok) {
        expect(r.corrected, s).toBe(x);
        expect(new Set(r.problems), s).toEqual(expected);
      }
    }
    expect(corrupted).toBeGreaterThan(2500);
  });
});
