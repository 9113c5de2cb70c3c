import { describe, it, expect } from 'vitest';
import { formatCopyNumber, formatCopyRanges, parseCopyNumbers } from '../../../../shared/incoming/copy-numbers';
import { seededRandom } from '../../../../shared/random';


describe('formatCopyNumber', () => {
  it('pads to six digits', () => {
    expect(formatCopyNumber(1)).toBe('000001');
    expect(formatCopyNumber(42)).toBe('000042');
    expect(formatCopyNumber(999999)).toBe('999999');
  });

  it.each([0, -1, 1.5, 1_000_000, Number.NaN])('refuses %s', (n) => {
    expect(() => formatCopyNumber(n)).toThrow(RangeError);
  });
});

describe('parseCopyNumbers', () => {
  it.each([
    ['1-5', [1, 2, 3, 4, 5]],
    ['000001-000005', [1, 2, 3, 4, 5]],
    ['1,3,7', [1, 3, 7]],
    ['1～5', [1, 2, 3, 4, 5]],
    ['1~3', [1, 2, 3]],
    ['1至5', [1, 2, 3, 4, 5]],
    ['1到3', [1, 2, 3]],
    ['1—3', [1, 2, 3]],
    ['1－3', [1, 2, 3]],
    ['7', [7]],
    ['000007', [7]],
    ['999999', [999999]],
    ['1、3，7', [1, 3, 7]],
    ['1;3；7', [1, 3, 7]],
    ['1 3 7', [1, 3, 7]],
    ['  1 - 3 ,  8 ', [1, 2, 3, 8]],
    ['1 至 3、 5', [1, 2, 3, 5]],
    ['000001-000005、000007', [1, 2, 3, 4, 5, 7]],
    ['１－３、８', [1, 2, 3, 8]],
    ['5、1-3', [1, 2, 3, 5]], // returned in ascending order
    ['1,,3,', [1, 3]], // stray separators are harmless
    ['4-4', [4]],
    ['1-10000', Array.from({ length: 10000 }, (_, i) => i + 1)],
  ])('%j', (text, expected) => {
    expect(parseCopyNumbers(text)).toEqual(expected);
  });

  it.each([
    ['', '请填写份号'],
    ['   ', '请填写份号'],
    ['、，', '请填写份号'],
    ['abc', '无法识别“abc”，份号应写成 1-5 或 1、3、7 这样'],
    ['1.5', '无法识别“1.5”，份号应写成 1-5 或 1、3、7 这样'],
    ['1-', '无法识别“1-”，份号应写成 1-5 或 1、3、7 这样'],
    ['-3', '无法识别“-3”，份号应写成 1-5 或 1、3、7 这样'],
    ['1-3-5', '无法识别“1-3-5”，份号应写成 1-5 或 1、3、7 这样'],
    ['第1份', '无法识别“第1份”，份号应写成 1-5 或 1、3、7 这样'],
    ['0', '份号从1开始，不能为0'],
    ['000000-000003', '份号从1开始，不能为0'],
    ['1000000', '份号不能超过999999'],
    ['999998-1000001', '份号不能超过999999'],
    ['5-1', '范围“5-1”起止颠倒，应写作1-5'],
    ['1,3,1', '份号000001重复'],
    ['1-5、3-8', '份号000003重复'],
    ['1-10001', '份号超过10000个，请核对'],
    ['1-999999', '份号超过10000个，请核对'],
    ['1-9999、20000-20001', '份号超过10000个，请核对'],
  ])('%j -> %s', (text, message) => {
    expect(parseCopyNumbers(text)).toBe(message);
  });
});

describe('formatCopyRanges', () => {
  it('collapses runs into ranges joined with 、', () => {
    expect(formatCopyRanges([1, 2, 3, 4, 5, 7])).toBe('000001-000005、000007');
    expect(formatCopyRanges([7, 1, 3, 2])).toBe('000001-000003、000007');
    expect(formatCopyRanges([1, 2])).toBe('000001-000002');
    expect(formatCopyRanges([3, 3, 4])).toBe('000003-000004');
    expect(formatCopyRanges([9])).toBe('000009');
    expect(formatCopyRanges([1, 3, 5])).toBe('000001、000003、000005');
    expect(formatCopyRanges([])).toBe('');
  });

  it('refuses numbers that cannot be printed', () => {
    expect(() => formatCopyRanges([0, 1])).toThrow(RangeError);
  });

  it('reads back through parseCopyNumbers, for random sets', () => {
    const rnd = seededRandom(6);
    for (let i = 0; i < 300; i++) {
      const set = new Set<number>();
      const count = 1 + Math.floor(rnd() * 60);
      const base = 1 + Math.floor(rnd() * 999_000);
      while (set.size < count) set.add(base + Math.floor(rnd() * 120));
      const sorted = [...set].sort((a, b) => a - b);
      expect(parseCopyNumbers(formatCopyRanges(sorted))).toEqual(sorted);
    }
  });
});
