// Plain SVG charts: the compliance trend line, bars for shares.
import { date, pct } from './format.js';

// points: [{as_of, value (0..100 or null)}]
export function TrendChart({ points, title }) {
  const W = 640; const H = 220; const L = 44; const R = 12; const T = 12; const B = 36;
  const pts = points.filter((p) => p.value !== null && p.value !== undefined);
  const n = points.length;
  const x = (i) => L + (n <= 1 ? (W - L - R) / 2 : (i * (W - L - R)) / (n - 1));
  const y = (v) => T + (H - T - B) * (1 - v / 100);
  const path = points.map((p, i) => (p.value === null || p.value === undefined ? null : `${x(i).toFixed(1)},${y(p.value).toFixed(1)}`))
    .filter(Boolean).join(' ');
  const last = pts[pts.length - 1];
  const desc = pts.length
    ? `${title}: от ${pct(pts[0].value / 100)} на ${date(pts[0].as_of)} до ${pct(last.value / 100)} на ${date(last.as_of)}.`
    : `${title}: нет данных.`;
  const step = Math.max(1, Math.ceil(n / 6));
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={desc} preserveAspectRatio="xMidYMid meet">
        {[0, 25, 50, 75, 100].map((v) => (
          <g key={v}>
            <line x1={L} x2={W - R} y1={y(v)} y2={y(v)} class="grid" />
            <text x={L - 6} y={y(v) + 4} class="axis" text-anchor="end">{v} %</text>
          </g>
        ))}
        {points.map((p, i) => (i % step === 0 || i === n - 1) && (
          <text key={p.as_of} x={x(i)} y={H - 12} class="axis" text-anchor="middle">{date(p.as_of).slice(0, 5)}</text>
        ))}
        {path && <polyline points={path} class="line" fill="none" />}
        {points.map((p, i) => (p.value === null || p.value === undefined ? null : (
          <circle key={p.as_of} cx={x(i)} cy={y(p.value)} r="4" class="dot"><title>{`${date(p.as_of)}: ${pct(p.value / 100)}`}</title></circle>
        )))}
      </svg>
      <figcaption class="sr-only">{desc}</figcaption>
    </figure>
  );
}

// A horizontal share bar (value 0..100) with its text.
export function ShareBar({ value, label }) {
  const v = value === null || value === undefined ? null : Math.max(0, Math.min(100, value));
  return (
    <span class="sharebar" title={label}>
      <svg viewBox="0 0 100 8" aria-hidden="true" preserveAspectRatio="none" class="sharebar-svg">
        <rect x="0" y="0" width="100" height="8" class="sharebar-bg" />
        {v !== null && <rect x="0" y="0" width={v} height="8" class={`sharebar-fg ${heatClass(v)}`} />}
      </svg>
    </span>
  );
}

// Colour class for a compliance share; null when nothing was due.
export function heatClass(v) {
  if (v === null || v === undefined) return 'hc-none';
  if (v >= 90) return 'hc4';
  if (v >= 75) return 'hc3';
  if (v >= 50) return 'hc2';
  if (v >= 25) return 'hc1';
  return 'hc0';
}
