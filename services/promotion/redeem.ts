/**
 * POST /promotion/coupons/{code}/redeem: one use of a coupon by an order, idempotent per order. Inside one
 * transaction that locks the coupon's rule (so "once per customer" holds across the rule's coupons under
 * concurrent redemptions): the order's earlier redemption is answered again; otherwise the limits are
 * checked and the counters bumped as Magento's Coupon\Usage\Processor bumps them (coupon times_used, coupon
 * usage per customer, rule times_used, rule usage per customer).
 */
import pg from 'pg';
import { entityUuid } from '../../core/ids.ts';
import { HttpError, type Queryable } from '../kit/index.ts';
import { couponVerdict, findCoupon, setting } from './repository.ts';

type Tx = Pick<pg.PoolClient, 'query'> & { release?: () => void };

async function transaction<T>(db: Queryable, fn: (tx: Tx) => Promise<T>): Promise<T> {
  const pool = db as Partial<pg.Pool>;
  const tx: Tx = typeof pool.connect === 'function' ? await pool.connect() : (db as Tx);
  try {
    await tx.query('BEGIN');
    const out = await fn(tx);
    await tx.query('COMMIT');
    return out;
  } catch (err) {
    await tx.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    tx.release?.();
  }
}

export async function redeemCoupon(db: Queryable, code: string, orderId: string, customer: number | null, date: string) {
  const honourExpiration = (await setting(db, 'coupon_expiration')) === 'honoured';
  return transaction(db, async (tx) => {
    const coupon = await findCoupon(tx, code, true);
    if (!coupon) throw new HttpError(404, 'UNKNOWN_COUPON', `no coupon '${code}'`);
    const { rows: earlier } = await tx.query('SELECT coupon_id, customer_magento_id, redeemed_at FROM coupon_redemption WHERE order_id = $1', [orderId]);
    if (earlier[0]) {
      if (earlier[0].coupon_id !== coupon.id) throw new HttpError(409, 'ORDER_ALREADY_REDEEMED', `order '${orderId}' already redeemed another coupon`);
      const v = await couponVerdict(tx, coupon, date, earlier[0].customer_magento_id, honourExpiration);
      return { code: coupon.code, order_id: orderId, redeemed: true, repeated: true, uses_left: v.usesLeft };
    }
    const v = await couponVerdict(tx, coupon, date, customer, honourExpiration);
    if (!v.valid) throw new HttpError(409, v.reason ?? 'COUPON_NOT_VALID', `coupon '${code}' cannot be redeemed: ${v.reason}`);
    await tx.query('INSERT INTO coupon_redemption (order_id, coupon_id, customer_magento_id) VALUES ($1, $2, $3)', [orderId, coupon.id, customer]);
    await tx.query('UPDATE coupon SET times_used = times_used + 1 WHERE id = $1', [coupon.id]);
    await tx.query('UPDATE sales_rule SET times_used = times_used + 1 WHERE id = $1', [coupon.rule_id]);
    if (customer !== null) {
      const cid = entityUuid('customer', customer);
      await tx.query(
        `INSERT INTO coupon_usage (coupon_id, customer_magento_id, customer_id, times_used) VALUES ($1, $2, $3, 1)
         ON CONFLICT (coupon_id, customer_magento_id) DO UPDATE SET times_used = coupon_usage.times_used + 1`,
        [coupon.id, customer, cid],
      );
      await tx.query(
        `INSERT INTO rule_customer (rule_id, customer_magento_id, customer_id, times_used) VALUES ($1, $2, $3, 1)
         ON CONFLICT (rule_id, customer_magento_id) DO UPDATE SET times_used = rule_customer.times_used + 1`,
        [coupon.rule_id, customer, cid],
      );
    }
    return { code: coupon.code, order_id: orderId, redeemed: true, repeated: false, uses_left: v.usesLeft === null ? null : Math.max(0, v.usesLeft - 1) };
  });
}
