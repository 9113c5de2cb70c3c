import { describe, expect, it } from 'vitest';
import { linesOf, paginate, slotsOf, textWidth } from '../../../renderer/seals/ledger-pages';

describe('textWidth and linesOf (how much of a paper column a cell takes)', () => {
  it('counts a 汉字 as one and Latin letters, digits and ASCII punctuation as about half', () => {
    expect(textWidth('县政府办印章')).toBe(6);
    expect(textWidth('2026-12')).toBeCloseTo(7 * 0.55);
    expect(textWidth('凤政办发〔2026〕1号')).toBeCloseTo(7 + 5 * 0.55);
  });

  it('wraps at the column width, starts a line at each newline and never takes less than one line', () => {
    expect(linesOf('', 5)).toBe(1);
    expect(linesOf('一二三四五', 5)).toBe(1);
    expect(linesOf('一二三四五六', 5)).toBe(2);
    expect(linesOf('一二\n三', 5)).toBe(2);
    expect(linesOf('一二三四五六\n七', 5)).toBe(3);
  });
});

describe('slotsOf (row slots of one ledger line)', () => {
  const columns = [
    { perLine: 4, text: (t: string) => t },
    { perLine: 10, text: () => '短' },
  ];

  it('is the tallest cell in whole slots of three lines', () => {
    expect(slotsOf('一二三四', columns, 3, 10)).toBe(1);
    expect(slotsOf('一'.repeat(12), columns, 3, 10)).toBe(1);
    expect(slotsOf('一'.repeat(13), columns, 3, 10)).toBe(2);
  });

  it('never takes more than a whole sheet, so every sheet stays one page', () => {
    expect(slotsOf('一'.repeat(400), columns, 3, 10)).toBe(10);
  });
});

describe('paginate (the ledger on sheets of a fixed number of row slots)', () => {
  const one = () => 1;

  it('gives one sheet of blank rows for a month without entries', () => {
    expect(paginate([], one, 10)).toEqual([{ lines: [], blankSlots: 10 }]);
  });

  it('fills a sheet exactly and starts the next only when there is more', () => {
    const sheets = paginate([...'一二三四五六七八九十'], one, 10);
    expect(sheets).toHaveLength(1);
    expect(sheets[0].blankSlots).toBe(0);
    const more = paginate([...'一二三四五六七八九十甲'], one, 10);
    expect(more).toHaveLength(2);
    expect(more[1]).toEqual({ lines: [{ item: '甲', slots: 1 }], blankSlots: 9 });
  });

  it('keeps the order and moves a line that does not fit whole to the next sheet', () => {
    const slots: Record<string, number> = { a: 4, b: 4, c: 3, d: 1 };
    const sheets = paginate(['a', 'b', 'c', 'd'], (k) => slots[k], 10);
    expect(sheets.map((s) => s.lines.map((l) => l.item))).toEqual([['a', 'b'], ['c', 'd']]);
    expect(sheets.map((s) => s.blankSlots)).toEqual([2, 6]);
  });

  it('every sheet holds exactly the same number of slots, lines plus blank rows', () => {
    const items = Array.from({ length: 37 }, (_, i) => (i % 5) + 1);
    const sheets = paginate(items, (n) => n, 10);
    for (const s of sheets) expect(s.lines.reduce((n, l) => n + l.slots, 0) + s.blankSlots).toBe(10);
    expect(sheets.flatMap((s) => s.lines.map((l) => l.item))).toEqual(items);
  });

  it('clamps a line taller than a sheet to one whole sheet', () => {
    const sheets = paginate(['x', 'y'], (k) => (k === 'x' ? 25 : 1), 10);
    expect(sheets.map((s) => s.lines)).toEqual([[{ item: 'x', slots: 10 }], [{ item: 'y', slots: 1 }]]);
  });
});
