/** The value axis: a round top at or above `max`, ticks in steps of 1, 2 or 5 × 10ⁿ (whole numbers: these are counts). */
export function niceScale(max: number, maxTicks = 5): { top: number; ticks: number[] } {
  if (!(max > 0)) return { top: 1, ticks: [0, 1] };
  const rough = max / maxTicks;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const fraction = rough / magnitude;
  const step = Math.max(1, (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * magnitude);
  const top = Math.ceil(max / step) * step;
  return { top, ticks: Array.from({ length: top / step + 1 }, (_, i) => i * step) };
}

export interface Bar {
  group: number;
  series: number;
  value: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Share of each group's width left empty between groups. */
const GROUP_GAP = 0.2;

/**
 * Grouped bars in a plot `width` × `height` (y down, as in SVG): values[group][series], each
 * group a slot of equal width with its series side by side, heights in proportion to `top`.
 */
export function groupedBars(values: readonly (readonly number[])[], width: number, height: number, top: number): Bar[] {
  if (values.length === 0) return [];
  const slot = width / values.length;
  return values.flatMap((group, g) => {
    const barWidth = (slot * (1 - GROUP_GAP)) / Math.max(1, group.length);
    return group.map((value, s) => {
      const barHeight = top > 0 ? (Math.min(value, top) / top) * height : 0;
      return { group: g, series: s, value, x: g * slot + (slot * GROUP_GAP) / 2 + s * barWidth, y: height - barHeight, width: barWidth, height: barHeight };
    });
  });
}
