/** Pure arithmetic of the benchmark: medians, throughputs, ratios. No I/O, so it is tested directly. */

/** Median of the finite values (mean of the two middle ones for an even count); null when there are none. */
export function median(values: Array<number | null | undefined>): number | null {
  const xs = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (xs.length === 0) return null;
  const mid = xs.length >> 1;
  return xs.length % 2 === 1 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
}

/** Units per second; null when either side is unknown or the time is not positive. */
export function perSecond(amount: number | null, seconds: number | null): number | null {
  if (amount === null || seconds === null || !(seconds > 0)) return null;
  return amount / seconds;
}

/**
 * Throughput of magemig relative to a baseline on the same input: baselineSeconds / magemigSeconds.
 * 1.0 = as fast, 0.85 = 85 % of the baseline's rows/s, 3.0 = three times as fast.
 */
export function throughputRatio(magemigSeconds: number | null, baselineSeconds: number | null): number | null {
  if (magemigSeconds === null || baselineSeconds === null || !(magemigSeconds > 0) || !(baselineSeconds > 0)) return null;
  return baselineSeconds / magemigSeconds;
}

/**
 * Linearity between two sizes: (time ratio) / (row ratio). 1.0 = time grows exactly with rows;
 * above 1 = superlinear (something grows faster than the data), below 1 = fixed costs amortised.
 */
export function linearity(smallRows: number, smallSeconds: number, bigRows: number, bigSeconds: number): number | null {
  if (!(smallRows > 0) || !(smallSeconds > 0) || !(bigRows > 0) || !(bigSeconds > 0)) return null;
  return bigSeconds / smallSeconds / (bigRows / smallRows);
}

export const MB = 1024 * 1024;
