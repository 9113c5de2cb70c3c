import { describe, expect, it } from 'vitest';
import { groupedBars, niceScale } from '../../../renderer/seals/chart-scale';

describe('niceScale (the value axis of the 用印统计 chart)', () => {
  it('rounds the top up to a step of 1, 2 or 5 × 10ⁿ and lists the ticks from 0', () => {
    expect(niceScale(7)).toEqual({ top: 8, ticks: [0, 2, 4, 6, 8] });
    expect(niceScale(10)).toEqual({ top: 10, ticks: [0, 2, 4, 6, 8, 10] });
    expect(niceScale(23)).toEqual({ top: 25, ticks: [0, 5, 10, 15, 20, 25] });
    expect(niceScale(480).top).toBe(500);
  });

  it('counts in whole numbers: a small maximum steps by one', () => {
    expect(niceScale(3)).toEqual({ top: 3, ticks: [0, 1, 2, 3] });
    expect(niceScale(1)).toEqual({ top: 1, ticks: [0, 1] });
  });

  it('has an axis even for a year without uses', () => {
    expect(niceScale(0)).toEqual({ top: 1, ticks: [0, 1] });
  });
});

describe('groupedBars (one bar per seal within each month)', () => {
  it('splits the width into equal month slots with the seals side by side and a gap between months', () => {
    const bars = groupedBars(
      [
        [2, 4],
        [0, 1],
      ],
      200,
      100,
      4,
    );
    expect(bars).toHaveLength(4);
    // Slot 100 wide, 10 empty either side, two bars of 40.
    expect(bars[0]).toMatchObject({ group: 0, series: 0, x: 10, width: 40, height: 50, y: 50 });
    expect(bars[1]).toMatchObject({ group: 0, series: 1, x: 50, width: 40, height: 100, y: 0 });
    expect(bars[2]).toMatchObject({ group: 1, series: 0, x: 110, height: 0, y: 100 });
    expect(bars[3]).toMatchObject({ group: 1, series: 1, x: 150, height: 25, y: 75 });
  });

  it('draws nothing for no months, and never above the top of the axis', () => {
    expect(groupedBars([], 100, 100, 5)).toEqual([]);
    expect(groupedBars([[9]], 100, 100, 5)[0]).toMatchObject({ height: 100, y: 0 });
  });
});
