/**
 * A customer's orders, newest first, cursor-paginated: by the customer service's id (customer_id) or by
 * e-mail (case-insensitive, guests included). The cursor is the last row's (created_at, magento_id), so a
 * page never repeats or skips an order while orders are added; orders without a date come last.
 */
import { HttpError, type Queryable } from '../kit/index.ts';
import { lifecycleOf } from './lifecycle.ts';
import { iso, num } from './repository-shape.ts';

export interface ListQuery {
  customerId?: string;
  email?: string;
  limit: number;
  cursor?: string;
}

interface Cursor {
  t: string | null;
  m: number;
}

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify([c.t, c.m])).toString('base64url');
}

export function decodeCursor(s: string): Cursor {
  try {
    const v = JSON.parse(Buffer.from(s, 'base64url').toString('utf8'));
    if (Array.isArray(v) && v.length === 2 && (v[0] === null || (typeof v[0] === 'string' && !Number.isNaN(Date.parse(v[0])))) && Number.isSafeInteger(v[1])) {
      return { t: v[0], m: v[1] };
    }
  } catch {
    // fall through
  }
  throw new HttpError(400, 'BAD_CURSOR', "'cursor' is not a cursor this service gave");
}

export async function listOrders(db: Queryable, q: ListQuery) {
  const params: unknown[] = [];
  const where: string[] = [];
  if (q.customerId) {
    params.push(q.customerId);
    where.push(`o.customer_id = $${params.length}`);
  } else {
    params.push(q.email);
    where.push(`lower(o.customer_email) = lower($${params.length})`);
  }
  if (q.cursor) {
    const c = decodeCursor(q.cursor);
    params.push(c.m);
    const m = `$${params.length}`;
    if (c.t === null) where.push(`o.created_at IS NULL AND o.magento_id < ${m}`);
    else {
      params.push(c.t);
      const t = `$${params.length}::timestamptz`;
      where.push(`(o.created_at < ${t} OR (o.created_at = ${t} AND o.magento_id < ${m}) OR o.created_at IS NULL)`);
    }
  }
  params.push(q.limit + 1);
  const { rows } = await db.query(
    `SELECT o.id, o.magento_id, o.increment_id, o.store_code, o.store_magento_id, o.state, o.status, o.created_at, o.order_currency, o.base_currency,
            o.grand_total, o.base_grand_total, o.total_paid, o.total_refunded, o.customer_id, o.customer_email
       FROM sales_order o WHERE ${where.join(' AND ')}
      ORDER BY o.created_at DESC NULLS LAST, o.magento_id DESC
      LIMIT $${params.length}`,
    params,
  );
  const page = rows.slice(0, q.limit);
  const last = page[page.length - 1];
  return {
    orders: page.map((o) => ({
      id: o.id, magento_id: num(o.magento_id), increment_id: o.increment_id, store: o.store_code, store_id: o.store_magento_id, state: o.state,
      status: o.status, lifecycle: lifecycleOf(o.state), created_at: iso(o.created_at), customer: { id: o.customer_id, email: o.customer_email },
      currency: { order: o.order_currency, base: o.base_currency },
      totals: { grand_total: o.grand_total, base_grand_total: o.base_grand_total, total_paid: o.total_paid, total_refunded: o.total_refunded },
    })),
    next_cursor: rows.length > q.limit && last ? encodeCursor({ t: last.created_at ? (last.created_at as Date).toISOString() : null, m: Number(last.magento_id) }) : null,
  };
}
