const WIDTH = 120;
const HEIGHT = 28;

/** A tiny trend line of monthly values; a dozen points do not need the charting library. */
export function Sparkline({ values, color = '#1677ff' }: { values: number[]; color?: string }) {
  if (values.length < 2) return null;
  const top = Math.max(...values, 0);
  const bottom = Math.min(...values, 0);
  const range = top - bottom || 1;
  const step = WIDTH / (values.length - 1);
  const points = values.map((value, index) => `${(index * step).toFixed(1)},${(HEIGHT - ((value - bottom) / range) * HEIGHT).toFixed(1)}`);
  return (
    <svg width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true" data-testid="sparkline">
      <polyline points={points.join(' ')} fill="none" stroke={color} strokeWidth={1.5} />
    </svg>
  );
}
