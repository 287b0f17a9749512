/**
 * Active carts worth recovering (the checkout context, `migrate --carts-since`): customer carts beside the guest
 * carts generator/steps/sales-extras.ts leaves, every active cart given lines (quote_item: product, SKU, name,
 * quantity, price, row total as exact decimals), a billing and a shipping address (quote_address) and, for every
 * third customer cart, the coupon WELCOME10. Carts are updated across 2024 (the date --carts-since filters on).
 * Planted: a recent cart of a deleted customer (cartCustomerGone), and checkout password hashes (quote.password_hash,
 * a secret a guest's "create an account" leaves) that must never be copied.
 */
import { currentRow, run, type SeedContext } from '../session.ts';

export const CUSTOMER_CART_BASE = 2_100_000_000;
export const customerCartCount = (ctx: Pick<SeedContext, 'profile'>): number => Math.min(ctx.profile.customers, Math.max(6, Math.floor(ctx.profile.customers / 5)));
/** The customer id of the planted cart of a deleted customer. */
export const cartCustomerGone = (ctx: Pick<SeedContext, 'profile'>): number => ctx.profile.customers + 500;

export async function createCarts(ctx: SeedContext): Promise<void> {
  const n = customerCartCount(ctx);
  await run(ctx, 'quote (customer carts)', `INSERT INTO quote (entity_id, store_id, created_at, updated_at, is_active, items_count, items_qty, grand_total, base_grand_total,
      subtotal, base_subtotal, customer_id, customer_group_id, customer_email, customer_firstname, customer_lastname, customer_is_guest, coupon_code, password_hash, remote_ip,
      base_currency_code, quote_currency_code)
    SELECT ${CUSTOMER_CART_BASE} + s.n, GREATEST(c.store_id, 1), TIMESTAMPADD(DAY, MOD(s.n * 37, 360), '2024-01-01'), IF(s.n = ${n}, '2024-12-01 10:00:00', TIMESTAMPADD(DAY, MOD(s.n * 37, 360) + 1, '2024-01-01')), 1,
      0, 0, 0, 0, 0, 0, IF(s.n = ${n}, ${cartCustomerGone(ctx)}, c.entity_id), c.group_id, c.email, c.firstname, c.lastname, 0, IF(MOD(s.n, 3) = 0, 'WELCOME10', NULL),
      IF(MOD(s.n, 4) = 0, CONCAT(SHA2(CONCAT('cart', s.n), 256), ':cartsalt:1'), NULL), '10.0.0.9', 'USD', 'USD'
    FROM magemig_seq s JOIN customer_entity c ON c.entity_id = s.n WHERE s.n <= ${n} ORDER BY s.n`);
  const product = `${ctx.layout.simple.first} + MOD(q.entity_id * 7 + k.k, ${Math.max(1, ctx.layout.simple.count)})`;
  await run(ctx, 'quote_item', `INSERT INTO quote_item (quote_id, created_at, updated_at, product_id, store_id, parent_item_id, is_virtual, sku, name, qty, price, base_price,
      row_total, base_row_total, price_incl_tax, row_total_incl_tax, product_type)
    SELECT q.entity_id, q.created_at, q.updated_at, p.entity_id, q.store_id, NULL, 0, p.sku, CONCAT('Product ', p.sku), 1 + MOD(q.entity_id + k.k, 3),
      10.5 + k.k, 10.5 + k.k, (1 + MOD(q.entity_id + k.k, 3)) * (10.5 + k.k), (1 + MOD(q.entity_id + k.k, 3)) * (10.5 + k.k),
      10.5 + k.k, (1 + MOD(q.entity_id + k.k, 3)) * (10.5 + k.k), 'simple'
    FROM quote q JOIN (SELECT 1 AS k UNION ALL SELECT 2 UNION ALL SELECT 3) k ON k.k <= 1 + MOD(q.entity_id, 3)
    JOIN catalog_product_entity p ON p.entity_id = ${product} AND ${currentRow(ctx, 'p')}
    WHERE q.is_active = 1 ORDER BY q.entity_id, k.k`);
  await run(ctx, 'quote (totals)', `UPDATE quote q JOIN (SELECT quote_id, COUNT(*) AS n, SUM(qty) AS qty, SUM(row_total) AS total FROM quote_item GROUP BY quote_id) t ON t.quote_id = q.entity_id
    SET q.updated_at = q.updated_at, q.items_count = t.n, q.items_qty = t.qty, q.subtotal = t.total, q.base_subtotal = t.total, q.grand_total = t.total + 5, q.base_grand_total = t.total + 5
    WHERE q.is_active = 1`);
  await run(ctx, 'quote_address', `INSERT INTO quote_address (quote_id, created_at, updated_at, customer_id, address_type, email, firstname, lastname, street, city, region, region_id,
      postcode, country_id, telephone, same_as_billing, shipping_method, shipping_amount, base_shipping_amount, grand_total, base_grand_total)
    SELECT q.entity_id, q.created_at, q.updated_at, q.customer_id, t.t, q.customer_email, COALESCE(q.customer_firstname, 'Guest'), COALESCE(q.customer_lastname, 'Shopper'),
      CONCAT(q.entity_id MOD 1000, ' Main Street\nSuite 2'), 'Los Angeles', 'California', 12, '90210', 'US', '555-0100', IF(t.t = 'shipping', 1, 0),
      IF(t.t = 'shipping', 'flatrate_flatrate', NULL), IF(t.t = 'shipping', 5, 0), IF(t.t = 'shipping', 5, 0), IF(t.t = 'shipping', q.grand_total, 0), IF(t.t = 'shipping', q.base_grand_total, 0)
    FROM quote q JOIN (SELECT 'billing' AS t UNION ALL SELECT 'shipping') t WHERE q.is_active = 1 ORDER BY q.entity_id, t.t`);
}
