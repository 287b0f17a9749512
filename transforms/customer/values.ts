/**
 * Pure conversions of customer_entity / customer_address_entity columns (static attributes, not EAV rows):
 * text that Postgres can hold, dates and timestamps that exist on a calendar. A value that cannot be kept is
 * a Bad value: the caller rejects that value (the row still loads, the column reads NULL).
 */

export type BadReason = 'ZERO_DATE' | 'INVALID_DATE' | 'NUL_BYTE' | 'INVALID_UTF8';

export class Bad {
  readonly reason: BadReason;
  constructor(reason: BadReason) {
    this.reason = reason;
  }
}

const ZERO_DATE = new Bad('ZERO_DATE');
const INVALID_DATE = new Bad('INVALID_DATE');
const NUL_BYTE = new Bad('NUL_BYTE');
const INVALID_UTF8 = new Bad('INVALID_UTF8');
const SUSPECT = /[\u0000\uFFFD]/;
const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A string column: NUL bytes (Postgres text refuses them) and U+FFFD (bytes that were not UTF-8) are Bad. */
export function text(v: unknown): string | null | Bad {
  if (v === null || v === undefined) return null;
  const s = typeof v === 'string' ? v : Buffer.isBuffer(v) ? v.toString('utf8') : String(v);
  if (SUSPECT.test(s)) return s.includes('\u0000') ? NUL_BYTE : INVALID_UTF8;
  return s;
}

function calendarDay(s: string): Bad | null {
  // 'YYYY-MM-DD...': MySQL's zero-date family (year, month or day 0) first, then days no calendar has.
  if (s.length < 10 || s[4] !== '-' || s[7] !== '-') return INVALID_DATE;
  const y = Number(s.slice(0, 4));
  const m = Number(s.slice(5, 7));
  const d = Number(s.slice(8, 10));
  if (y === 0 || m === 0 || d === 0) return ZERO_DATE;
  if (!(m >= 1 && m <= 12) || !(d >= 1 && d <= DAYS[m - 1])) return INVALID_DATE;
  if (m === 2 && d === 29 && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0))) return INVALID_DATE;
  return null;
}

/** A DATE column ('YYYY-MM-DD'), e.g. dob. */
export function date(v: string | null | undefined): string | null | Bad {
  if (v === null || v === undefined) return null;
  return calendarDay(v) ?? v.slice(0, 10);
}

/** A TIMESTAMP / DATETIME column, UTC as Magento stores it: 'YYYY-MM-DD HH:MM:SS' -> ISO 8601 'Z'. */
export function timestamp(v: string | null | undefined): string | null | Bad {
  if (v === null || v === undefined) return null;
  const bad = calendarDay(v);
  if (bad) return bad;
  return v.length === 10 ? `${v}T00:00:00Z` : `${v.slice(0, 10)}T${v.slice(11, 19)}Z`;
}

export function flag(v: unknown): boolean {
  return v !== null && v !== undefined && Number(v) !== 0;
}

export function int(v: unknown): number | null {
  if (v === null || v === undefined || v === '') return null;
  const n = Number(v);
  return Number.isFinite(n) ? n : null;
}
