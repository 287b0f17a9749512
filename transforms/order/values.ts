/**
 * Value rules shared by the order context's transforms (pure): dates, damaged text, exact decimals, and
 * the Magento key every rejected value names.
 *
 *  - ZERO_DATE: '0000-00-00 ...' or a zero month/day, which Postgres cannot hold: the value is rejected
 *    (NULL in the target), the row is kept.
 *  - NUL_BYTE / INVALID_UTF8: a text holding U+0000 (Postgres text refuses it) or U+FFFD (how bytes that
 *    are not UTF-8 arrive through the driver): the value is rejected, the row kept.
 * Only free-text columns are checked (names, addresses, comments): codes and amounts cannot hold either,
 * and the loader strips any NUL left over (loader.nul_bytes_stripped).
 */
import type { Reject } from '../../core/batch.ts';
import type { GiftMessageRow } from '../../sql/source/order/index.ts';

const SUSPECT = /[\u0000\uFFFD]/;

/** Collects value-level rejects of one page. */
export class ValueIssues {
  readonly rejects: Reject[] = [];

  // `where` names the Magento table and key column ('sales_order.entity_id'), `id` the row's key: the reject's
  // key is only built when there is a reject (no string per row otherwise).

  /** A datetime as Magento stores it (UTC text), or null; a zero date is rejected. */
  date(v: string | null | undefined, where: string, id: number | string, field: string): string | null {
    if (v === null || v === undefined || v === '') return null;
    if (isZeroDate(v)) {
      this.rejects.push({ sourceKey: `${where}=${id},field=${field}`, reason: 'ZERO_DATE', detail: v });
      return null;
    }
    return v;
  }

  /** A free text, or null when it is damaged (rejected as a value). */
  text(v: string | number | null | undefined, where: string, id: number | string, field: string): string | null {
    if (v === null || v === undefined) return null;
    const s = typeof v === 'string' ? v : String(v);
    if (!SUSPECT.test(s)) return s;
    this.rejects.push({ sourceKey: `${where}=${id},field=${field}`, reason: s.includes('\u0000') ? 'NUL_BYTE' : 'INVALID_UTF8' });
    return null;
  }
}

export function isZeroDate(s: string): boolean {
  return s.length < 10 || s.startsWith('0000') || (s[5] === '0' && s[6] === '0') || (s[8] === '0' && s[9] === '0');
}

/** The problem with a key text (an increment id): missing, NUL byte, invalid UTF-8, or none. */
export function keyTextProblem(s: string | null | undefined): 'MISSING' | 'NUL_BYTE' | 'INVALID_UTF8' | null {
  if (s === null || s === undefined || s === '') return 'MISSING';
  if (!SUSPECT.test(s)) return null;
  return s.includes('\u0000') ? 'NUL_BYTE' : 'INVALID_UTF8';
}

/**
 * A DECIMAL(x,4) text as an integer number of ten-thousandths ("36.3900" -> 363900), exactly: parsed as
 * digits, never through a float. Sums of these stay exact up to 2^53 (about 9 * 10^11 currency units).
 */
export function units(v: string | number | null | undefined): number {
  if (v === null || v === undefined || v === '') return 0;
  const s = typeof v === 'string' ? v : String(v);
  const neg = s.charCodeAt(0) === 45;
  const body = neg ? s.slice(1) : s;
  const dot = body.indexOf('.');
  const int = dot === -1 ? body : body.slice(0, dot);
  const frac = dot === -1 ? '' : body.slice(dot + 1);
  const n = Number(int || '0') * 10000 + Number((frac + '0000').slice(0, 4));
  return neg ? -n : n;
}

/** Ten-thousandths back to a decimal text with four places (363900 -> "36.3900"). */
export function fromUnits(n: number): string {
  const neg = n < 0;
  const a = Math.abs(n);
  const int = Math.floor(a / 10000);
  const frac = String(a % 10000).padStart(4, '0');
  return `${neg ? '-' : ''}${int}.${frac}`;
}

/**
 * The children of parent after parent, from rows sorted by their parent's id (every child query orders by it,
 * as the pages order by their key), asked for in increasing id order: rows[from, to) belong to the last id
 * asked. No map and no array per parent; children of ids never asked for are passed over.
 */
export class Walk<R> {
  from = 0;
  to = 0;
  readonly rows: readonly R[];
  private readonly key: (r: R) => number | null;

  constructor(rows: readonly R[], key: (r: R) => number | null) {
    this.rows = rows;
    this.key = key;
  }

  at(id: number): this {
    const { rows, key } = this;
    let i = this.to;
    while (i < rows.length && Number(key(rows[i]) ?? -1) < id) i++;
    this.from = i;
    while (i < rows.length && Number(key(rows[i])) === id) i++;
    this.to = i;
    return this;
  }
}

/** Rows grouped by a key column (children of a page, by their parent's id); rows without a key are left out. */
export function groupBy<R, K = number>(rows: readonly R[], key: (r: R) => K | null): Map<K, R[]> {
  const out = new Map<K, R[]>();
  for (const r of rows) {
    const k = key(r);
    if (k === null) continue;
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  return out;
}

const NONE: never[] = [];
export function childrenOf<R>(groups: Map<number, R[]>, id: number): readonly R[] {
  return groups.get(id) ?? NONE;
}

/** A number column as a number (mysql2 gives strings for BIGINT beyond 2^53: kept as text). */
export function int(v: string | number | null | undefined): number | null {
  if (v === null || v === undefined || v === '') return null;
  return typeof v === 'number' ? v : Number(v);
}

/** A gift message (gift_message, by the order's or item's gift_message_id) as JSON, its texts checked. */
export function giftMessage(g: GiftMessageRow | undefined, issues: ValueIssues): Record<string, unknown> | null {
  if (!g) return null;
  const key = g.gift_message_id;
  return {
    magento_id: g.gift_message_id,
    sender: issues.text(g.sender, 'gift_message.gift_message_id', key, 'sender'),
    recipient: issues.text(g.recipient, 'gift_message.gift_message_id', key, 'recipient'),
    message: issues.text(g.message, 'gift_message.gift_message_id', key, 'message'),
  };
}

