import type { SealStats } from '../../shared/seals/api';
import { groupedBars, niceScale } from './chart-scale';

const WIDTH = 760;
const HEIGHT = 240;
const MARGIN = { top: 10, right: 8, bottom: 24, left: 36 };
/** Told apart by hue only, none of them red: red is kept for what is wrong (ui.md). */
const COLOURS = ['#1c7ed6', '#0ca678', '#f08c00', '#7048e8', '#868e96', '#1098ad'];
const MONTHS = Array.from({ length: 12 }, (_, i) => `${i + 1}月`);

/** 用印次数 per month, one bar per seal; drawn here as plain SVG, so it prints and needs no chart library. */
export function UsesChart({ stats }: { stats: SealStats }) {
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const values = MONTHS.map((_, m) => stats.seals.map((s) => s.months[m]?.uses ?? 0));
  const { top, ticks } = niceScale(Math.max(0, ...values.flat()));
  const bars = groupedBars(values, plotWidth, plotHeight, top);
  const slot = plotWidth / MONTHS.length;
  const colour = (series: number) => COLOURS[series % COLOURS.length];

  return (
    <figure style={{ margin: 0 }}>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" style={{ maxWidth: WIDTH }} role="img" aria-label={`${stats.year}年各印章每月用印次数`}>
        <g transform={`translate(${MARGIN.left},${MARGIN.top})`} fontSize={12}>
          {ticks.map((t) => {
            const y = plotHeight - (t / top) * plotHeight;
            return (
              <g key={t}>
                <line x1={0} x2={plotWidth} y1={y} y2={y} stroke="#dee2e6" />
                <text x={-6} y={y} dy="0.35em" textAnchor="end" fill="#495057">
                  {t}
                </text>
              </g>
            );
          })}
          {bars
            .filter((b) => b.value > 0)
            .map((b) => (
              <rect key={`${b.group}-${b.series}`} x={b.x} y={b.y} width={b.width} height={b.height} fill={colour(b.series)}>
                <title>{`${stats.seals[b.series].sealName} ${MONTHS[b.group]}：${b.value}次`}</title>
              </rect>
            ))}
          {MONTHS.map((m, i) => (
            <text key={m} x={i * slot + slot / 2} y={plotHeight + 16} textAnchor="middle" fill="#495057">
              {m}
            </text>
          ))}
          <line x1={0} x2={plotWidth} y1={plotHeight} y2={plotHeight} stroke="#868e96" />
        </g>
      </svg>
      <figcaption style={{ display: 'flex', gap: 16, flexWrap: 'wrap', fontSize: 14 }}>
        {stats.seals.map((s, i) => (
          <span key={s.sealId}>
            <span aria-hidden style={{ display: 'inline-block', width: 12, height: 12, marginRight: 4, background: colour(i), verticalAlign: -1 }} />
            {s.sealName}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
