// Small statistics helpers: quantiles by linear interpolation (numpy's default).
export function quantile(values, q) {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const pos = (v.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return v[lo] + (v[hi] - v[lo]) * (pos - lo);
}

export function summarize(values) {
  const v = values.filter((x) => Number.isFinite(x));
  return {
    n: v.length,
    median: quantile(v, 0.5),
    p75: quantile(v, 0.75),
    min: v.length ? Math.min(...v) : null,
    max: v.length ? Math.max(...v) : null,
    values: values.map((x) => (Number.isFinite(x) ? round(x, 3) : null)),
  };
}

export function round(x, digits = 1) {
  if (x === null || x === undefined || !Number.isFinite(x)) return x ?? null;
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

export function ratio(a, b) {
  return a === null || b === null || !b ? null : a / b;
}
