/**
 * Value checks shared by the flat-table contexts (content, review, promotion): Magento's zero dates, NUL
 * bytes and invalid UTF-8 (mysql2 decodes it to U+FFFD) found in real stores. Pure.
 */
import type { Reject } from '../core/batch.ts';

/** A DATETIME/TIMESTAMP read as a string (dateStrings) -> ISO 8601 UTC; null for NULL; undefined for a zero date. */
export function utcTimestamp(s: string | null | undefined): string | null | undefined {
  if (s === null || s === undefined || s === '') return null;
  if (s.startsWith('0000') || /^\d{4}-00|^\d{4}-\d{2}-00/.test(s)) return undefined;
  return `${s.slice(0, 10)}T${s.length > 10 ? s.slice(11, 19) : '00:00:00'}Z`;
}

/** A DATE read as a string -> 'YYYY-MM-DD'; null for NULL; undefined for a zero date. */
export function isoDate(s: string | null | undefined): string | null | undefined {
  if (s === null || s === undefined || s === '') return null;
  const d = s.slice(0, 10);
  if (d.startsWith('0000') || /^\d{4}-00|^\d{4}-\d{2}-00/.test(d)) return undefined;
  return d;
}

/**
 * A date or timestamp column of a row: the ISO value, or NULL with a value-level ZERO_DATE reject
 * (Postgres has no year 0; the entity still loads).
 */
export function dateValue(kind: 'date' | 'timestamp', raw: string | null | undefined, sourceKey: string, column: string, rejects: Reject[]): string | null {
  const v = kind === 'date' ? isoDate(raw) : utcTimestamp(raw);
  if (v === undefined) {
    rejects.push({ sourceKey: `${sourceKey},column=${column}`, reason: 'ZERO_DATE', detail: String(raw) });
    return null;
  }
  return v;
}

export const hasNul = (s: unknown): boolean => typeof s === 'string' && s.includes('\u0000');
export const hasInvalidUtf8 = (s: unknown): boolean => typeof s === 'string' && s.includes('\uFFFD');

/** The first text column of a row holding a NUL byte (Postgres text cannot), or null. */
export function nulColumn(row: Record<string, unknown>, columns: readonly string[]): string | null {
  for (const c of columns) if (hasNul(row[c])) return c;
  return null;
}

/** Counts text columns holding U+FFFD (invalid UTF-8 in the source, kept as decoded) as value-level rejects. */
export function invalidUtf8Rejects(row: Record<string, unknown>, columns: readonly string[], sourceKey: string, rejects: Reject[]): void {
  for (const c of columns) if (hasInvalidUtf8(row[c])) rejects.push({ sourceKey: `${sourceKey},column=${c}`, reason: 'INVALID_UTF8', detail: 'kept with U+FFFD in place of the invalid bytes' });
}

export const bool = (v: unknown): boolean => Number(v) !== 0 && v !== null && v !== undefined;
export const intOrNull = (v: unknown): number | null => (v === null || v === undefined || v === '' ? null : Number(v));
export const decimalOrNull = (v: unknown): string | null => (v === null || v === undefined || v === '' ? null : String(v));
