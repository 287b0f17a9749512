/**
 * One canonical form for a value read from either side, so that MySQL's and Postgres's spellings of the same
 * value compare equal and nothing else does:
 *  - decimals as exact strings without trailing fractional zeros ("12.5000" and "12.5" are 12.5; never a float);
 *  - booleans as 1 / 0 (Magento's tinyint flags);
 *  - dates as "YYYY-MM-DD HH:MM:SS" in UTC (Magento stores UTC; the verify target SQL formats timestamptz so);
 *  - JSON with its keys sorted;
 *  - what a migration must not copy as a value (a zero date, a NUL byte, bytes that were not UTF-8) as absent,
 *    as the rejected value is absent in the target.
 */

const DECIMAL = /^(-?\d+)\.(\d+)$/;

export function canonical(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'boolean') return v ? '1' : '0';
  if (typeof v === 'number' || typeof v === 'bigint') return canonicalDecimal(String(v));
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString().slice(0, 19).replace('T', ' ');
  if (Buffer.isBuffer(v)) return canonical(v.toString('utf8'));
  if (typeof v === 'object') return JSON.stringify(sortKeys(v));
  const s = String(v);
  if (s.includes('\u0000') || s.includes('\uFFFD')) return null;
  if (/^0000-00-00/.test(s)) return null;
  return canonicalDecimal(s);
}

/** "12.5000" -> "12.5", "3.000" -> "3", "-0.00" -> "0"; anything else unchanged. */
export function canonicalDecimal(s: string): string {
  const m = DECIMAL.exec(s);
  if (!m) return s === '-0' ? '0' : s;
  const frac = m[2].replace(/0+$/, '');
  const out = frac ? `${m[1]}.${frac}` : m[1];
  return out === '-0' ? '0' : out;
}

export function canonicalRecord(r: Record<string, unknown>): Record<string, string | null> {
  return Object.fromEntries(Object.entries(r).map(([k, v]) => [k, canonical(v)]));
}

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object') return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortKeys((v as Record<string, unknown>)[k])]));
  return v;
}
