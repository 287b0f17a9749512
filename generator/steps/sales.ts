import { rnd, run, ts, type SeedContext } from '../session.ts';
import { COLORS, FIRST_COLOR_OPTION, FIRST_SIZE_OPTION, SIZES } from './attributes.ts';
import { eltSql, FIRST_NAMES, LAST_NAMES } from './customers.ts';
import { productNameSql } from './product-values.ts';
import { createSalesDocuments } from './sales-documents.ts';
import { ORDER_KINDS } from './order-kinds.ts';
import { createSalesExtras } from './sales-extras.ts';
import { createNumbering, incrementIdSql } from './sales-numbering.ts';

export { ORDER_KINDS } from './order-kinds.ts';


/**
 * magemig_order: per order its customer (or guest), store, kind, currency and, after the items, its totals.
 * Orders of customers are placed in the first store view of the customer's website; guests anywhere.
 */
async function createOrderHelper(ctx: SeedContext): Promise<void> {
  await ctx.conn.query(`CREATE TABLE magemig_order (order_id INT UNSIGNED PRIMARY KEY, customer_id INT UNSIGNED NULL, store_id SMALLINT UNSIGNED,
    website_id SMALLINT UNSIGNED, created_at DATETIME, kind TINYINT UNSIGNED, line_count TINYINT UNSIGNED, rate DECIMAL(12,4), currency CHAR(3),
    coupon TINYINT UNSIGNED, method VARCHAR(32), subtotal DECIMAL(20,4) NULL, tax DECIMAL(20,4) NULL, qty DECIMAL(12,4) NULL,
    weight DECIMAL(12,4) NULL, items SMALLINT UNSIGNED NULL, physical TINYINT UNSIGNED NULL, seq INT UNSIGNED NULL,
    inv_sub DECIMAL(20,4) NULL, inv_tax DECIMAL(20,4) NULL, ship_qty DECIMAL(12,4) NULL) ENGINE=InnoDB`);
  const allStores = ctx.stores.flat();
  const guest = `${rnd(ctx, 'guest', 's.n', 100)} < 20`;
  const customer = `1 + ${rnd(ctx, 'ocust', 's.n', ctx.profile.customers)}`;
  const kind = `CASE ${ORDER_KINDS.map((k, i) => `WHEN ${rnd(ctx, 'okind', 's.n', 100)} < ${k.cut} THEN ${i}`).join(' ')} END`;
  const guestStore = eltSql(allStores, rnd(ctx, 'ostore', 's.n', allStores.length));
  const method = eltSql(['checkmo', 'checkmo', 'checkmo', 'checkmo', 'braintree', 'braintree', 'braintree', 'paypal_express', 'paypal_express', 'banktransfer'], rnd(ctx, 'pay', 's.n', 10));
  await run(ctx, 'magemig_order', `INSERT INTO magemig_order (order_id, customer_id, store_id, website_id, created_at, kind, line_count, rate, currency, coupon, method)
    SELECT x.n, x.customer_id, x.store_id, st.website_id, x.created_at, x.kind, x.line_count,
      IF(st.website_id = 1, 1, 0.9200), IF(st.website_id = 1, 'USD', 'EUR'), x.coupon, x.method
    FROM (SELECT s.n, IF(${guest}, NULL, c.entity_id) AS customer_id, IF(${guest}, ${guestStore}, c.store_id) AS store_id,
        ${ts(`40000000 + ${rnd(ctx, 'ocreated', 's.n', 150_000_000)}`)} AS created_at, ${kind} AS kind,
        1 + ${rnd(ctx, 'lines', 's.n', 4)} AS line_count, IF(${rnd(ctx, 'coupon', 's.n', 10)} = 0, 1, 0) AS coupon, ${method} AS method
      FROM magemig_seq s JOIN customer_entity c ON c.entity_id = ${customer} WHERE s.n <= ${ctx.profile.orders}) x
    JOIN store st ON st.store_id = x.store_id ORDER BY x.n`);
  // Magento numbers orders per store view (sequence_order_<store>): the n-th order of a store has value n.
  await ctx.conn.query(`UPDATE magemig_order o JOIN (SELECT order_id, ROW_NUMBER() OVER (PARTITION BY store_id ORDER BY order_id) AS seq FROM magemig_order) x
    ON x.order_id = o.order_id SET o.seq = x.seq`);
}

/**
 * Order items. Line 1 is always a standalone simple product (the dirt step points some of them at deleted products);
 * other lines are configurable (a parent row and a child row, parent_item_id linking them), simple, virtual or
 * downloadable. quote_item_id = order_id * 10 + line (+5 for configurable children) identifies a line.
 */
async function createItems(ctx: SeedContext): Promise<void> {
  const L = ctx.layout, K = ctx.profile.childrenPerConfigurable;
  const ltype = `IF(s.n = 1, 'simple', ${eltSql(['configurable', 'configurable', 'configurable', 'configurable', 'simple', 'simple', 'virtual', 'downloadable', 'simple', 'simple'], rnd(ctx, 'ltype', ['o.order_id', 's.n'], 10))})`;
  const pick = (r: { first: number; count: number }, salt: string) => `${r.first} + ${rnd(ctx, salt, ['x.order_id', 'x.line'], Math.max(1, r.count))}`;
  const product = `CASE x.ltype WHEN 'configurable' THEN ${pick(L.configurable, 'lcfg')} WHEN 'virtual' THEN ${pick(L.virtual, 'lvirt')}
    WHEN 'downloadable' THEN ${pick(L.downloadable, 'ldl')} ELSE ${pick(L.simple, 'lsimple')} END`;
  const lineSql = `SELECT y.order_id, y.line, y.ltype, y.product_id,
      IF(y.ltype = 'configurable', ${L.children.first} + (y.product_id - ${L.configurable.first}) * ${K} + ${rnd(ctx, 'lchild', ['y.order_id', 'y.line'], K)}, NULL),
      1 + ${rnd(ctx, 'lqty', ['y.order_id', 'y.line'], 3)}
    FROM (SELECT x.order_id, x.line, x.ltype, ${product} AS product_id
      FROM (SELECT o.order_id, s.n AS line, ${ltype} AS ltype FROM magemig_order o JOIN magemig_small s ON s.n <= o.line_count) x) y`;
  await ctx.conn.query(`CREATE TABLE magemig_line (order_id INT UNSIGNED, line TINYINT UNSIGNED, ltype VARCHAR(16), product_id INT UNSIGNED,
    child_id INT UNSIGNED NULL, qty DECIMAL(12,4), PRIMARY KEY (order_id, line)) ENGINE=InnoDB`);
  await run(ctx, 'magemig_line', `INSERT INTO magemig_line ${lineSql} ORDER BY 1, 2`);

  const kindCol = (col: 'invoiced' | 'shipped' | 'refunded') => `(CASE o.kind ${ORDER_KINDS.map((k, i) => `WHEN ${i} THEN ${k[col]}`).join(' ')} END)`;
  const soldId = 'COALESCE(l.child_id, l.product_id)';
  const name = (id: string) => productNameSql(ctx, id);
  const options = `IF(l.ltype = 'configurable' AND x.sub = 0, CONCAT('{"info_buyRequest":{"qty":', CAST(l.qty AS UNSIGNED), ',"super_attribute":{"',
      (SELECT attribute_id FROM eav_attribute WHERE entity_type_id = 4 AND attribute_code = 'color'), '":"', c.color, '","',
      (SELECT attribute_id FROM eav_attribute WHERE entity_type_id = 4 AND attribute_code = 'size'), '":"', c.size,
      '"}},"attributes_info":[{"label":"Color","value":"', ${eltSql(COLORS, `c.color - ${FIRST_COLOR_OPTION}`)},
      '"},{"label":"Size","value":"', ${eltSql(SIZES, `c.size - ${FIRST_SIZE_OPTION}`)}, '"}],"simple_name":"', ${name('c.entity_id')},
      '","simple_sku":"', c.sku, '"}'), CONCAT('{"info_buyRequest":{"qty":', CAST(l.qty AS UNSIGNED), '}}'))`;
  const virtual = "l.ltype IN ('virtual', 'downloadable')";
  // Kinds with 2 invoice or ship line 1 only (order-kinds.ts).
  const invoicedLine = `(${kindCol('invoiced')} = 1 OR (${kindCol('invoiced')} = 2 AND l.line = 1))`;
  const shippedLine = `(${kindCol('shipped')} = 1 OR (${kindCol('shipped')} = 2 AND l.line = 1))`;
  const price = 'IF(x.sub = 1, 0, c.price)';
  const refundedQty = `IF(${kindCol('refunded')} = 2 OR (${kindCol('refunded')} = 1 AND l.line = 1), l.qty, 0)`;
  await run(ctx, 'sales_order_item', `INSERT INTO sales_order_item (item_id, order_id, parent_item_id, quote_item_id, store_id, created_at, updated_at,
      product_id, product_type, product_options, weight, is_virtual, sku, name, is_qty_decimal, no_discount, qty_canceled, qty_invoiced,
      qty_ordered, qty_refunded, qty_shipped, base_cost, price, base_price, original_price, base_original_price, tax_percent, tax_amount,
      base_tax_amount, tax_invoiced, base_tax_invoiced, discount_percent, discount_amount, base_discount_amount, amount_refunded,
      base_amount_refunded, row_total, base_row_total, row_invoiced, base_row_invoiced, row_weight, price_incl_tax, base_price_incl_tax,
      row_total_incl_tax, base_row_total_incl_tax, free_shipping)
    SELECT ROW_NUMBER() OVER (ORDER BY l.order_id, l.line, x.sub), l.order_id,
      IF(x.sub = 1, ROW_NUMBER() OVER (ORDER BY l.order_id, l.line, x.sub) - 1, NULL), l.order_id * 10 + l.line + x.sub * 5, o.store_id,
      o.created_at, o.created_at,
      IF(x.sub = 1, l.child_id, l.product_id), IF(x.sub = 1, 'simple', l.ltype), ${options}, IF(${virtual}, 0, 1), IF(${virtual}, 1, 0),
      c.sku, ${name('IF(x.sub = 1, l.child_id, l.product_id)')}, 0, 0,
      IF(o.kind = 3, l.qty, 0), IF(${invoicedLine}, l.qty, 0), l.qty, ${refundedQty}, IF(${shippedLine} AND NOT ${virtual}, l.qty, 0),
      ROUND(c.price * 0.45, 4), ROUND(${price} * o.rate, 4), ${price}, ROUND(${price} * o.rate, 4), ${price}, IF(x.sub = 1, 0, 10),
      ROUND(${price} * l.qty * 0.1 * o.rate, 4), ROUND(${price} * l.qty * 0.1, 4),
      IF(${invoicedLine}, ROUND(${price} * l.qty * 0.1 * o.rate, 4), 0), IF(${invoicedLine}, ROUND(${price} * l.qty * 0.1, 4), 0),
      0, 0, 0, ROUND(${price} * ${refundedQty} * o.rate, 4), ROUND(${price} * ${refundedQty}, 4),
      ROUND(${price} * l.qty * o.rate, 4), ROUND(${price} * l.qty, 4),
      IF(${invoicedLine}, ROUND(${price} * l.qty * o.rate, 4), 0), IF(${invoicedLine}, ROUND(${price} * l.qty, 4), 0),
      IF(${virtual}, 0, l.qty), ROUND(${price} * 1.1 * o.rate, 4), ROUND(${price} * 1.1, 4),
      ROUND(${price} * l.qty * 1.1 * o.rate, 4), ROUND(${price} * l.qty * 1.1, 4), 0
    FROM magemig_line l JOIN (SELECT 0 AS sub UNION ALL SELECT 1) x ON x.sub = 0 OR l.ltype = 'configurable'
    JOIN magemig_order o ON o.order_id = l.order_id
    JOIN magemig_product c ON c.entity_id = ${soldId}
    ORDER BY l.order_id, l.line, x.sub`);
  await ctx.conn.query(`UPDATE magemig_order o JOIN (
      SELECT i.order_id, SUM(i.base_row_total) AS subtotal, SUM(i.base_tax_amount) AS tax, SUM(i.qty_ordered) AS qty,
        SUM(i.row_weight) AS weight, COUNT(*) AS items, MAX(1 - i.is_virtual) AS physical,
        SUM(i.base_row_invoiced) AS inv_sub, SUM(i.base_tax_invoiced) AS inv_tax, SUM(i.qty_shipped) AS ship_qty
      FROM sales_order_item i WHERE i.parent_item_id IS NULL GROUP BY i.order_id) t ON t.order_id = o.order_id
    SET o.subtotal = t.subtotal, o.tax = t.tax, o.qty = t.qty, o.weight = t.weight, o.items = t.items, o.physical = t.physical,
      o.inv_sub = t.inv_sub, o.inv_tax = t.inv_tax, o.ship_qty = t.ship_qty`);
}

export async function createSales(ctx: SeedContext): Promise<void> {
  if (ctx.profile.orders === 0) return;
  await createOrderHelper(ctx);
  await createItems(ctx);
  await createOrders(ctx);
  await createSalesDocuments(ctx);
  await createSalesExtras(ctx);
  await createNumbering(ctx);
}

/** sales_order rows from the helper; totals in base currency (USD) and order currency (EUR outside website 1). */
async function createOrders(ctx: SeedContext): Promise<void> {
  const kind = (col: 'state' | 'status') => `(CASE o.kind ${ORDER_KINDS.map((k, i) => `WHEN ${i} THEN '${k[col]}'`).join(' ')} END)`;
  const flag = (col: 'invoiced' | 'shipped' | 'refunded') => `(CASE o.kind ${ORDER_KINDS.map((k, i) => `WHEN ${i} THEN ${k[col]}`).join(' ')} END)`;
  const ship = 'IF(o.physical = 1, 5 * o.items, 0)';
  const discount = 'IF(o.coupon = 1, ROUND(o.subtotal * 0.1, 4), 0)';
  const grand = `(o.subtotal + o.tax + ${ship} - ${discount})`;
  const refunded = `IF(${flag('refunded')} = 2, ${grand}, IF(${flag('refunded')} = 1, (SELECT SUM(i.base_amount_refunded) FROM sales_order_item i WHERE i.order_id = o.order_id), 0))`;
  // A partial invoice bills line 1 and the shipping, without the discount.
  const paid = `IF(${flag('invoiced')} = 1, ${grand}, IF(${flag('invoiced')} = 2, o.inv_sub + o.inv_tax + ${ship}, NULL))`;
  const guestFirst = eltSql(FIRST_NAMES, rnd(ctx, 'gfirst', 'o.order_id', FIRST_NAMES.length));
  const guestLast = eltSql(LAST_NAMES, rnd(ctx, 'glast', 'o.order_id', LAST_NAMES.length));
  await run(ctx, 'sales_order', `INSERT INTO sales_order (entity_id, state, status, coupon_code, protect_code, shipping_description, is_virtual, store_id,
      customer_id, base_discount_amount, base_grand_total, base_shipping_amount, base_subtotal, base_tax_amount, base_to_global_rate,
      base_to_order_rate, base_total_invoiced, base_total_paid, base_total_qty_ordered, base_total_refunded, base_total_due, discount_amount,
      grand_total, shipping_amount, subtotal, tax_amount, total_invoiced, total_paid, total_qty_ordered, total_refunded, total_due,
      store_to_base_rate, store_to_order_rate, customer_is_guest, customer_note_notify, billing_address_id, customer_group_id, email_sent,
      send_email, quote_id, shipping_address_id, base_subtotal_incl_tax, subtotal_incl_tax, weight, increment_id, applied_rule_ids,
      base_currency_code, customer_email, customer_firstname, customer_lastname, global_currency_code, order_currency_code,
      remote_ip, shipping_method, store_currency_code, store_name, total_item_count, customer_gender, shipping_incl_tax,
      base_shipping_incl_tax, coupon_rule_name, created_at, updated_at)
    SELECT o.order_id, ${kind('state')}, ${kind('status')}, IF(o.coupon = 1, 'WELCOME10', NULL), SUBSTR(MD5(CONCAT('protect', o.order_id)), 1, 6),
      IF(o.physical = 1, 'Flat Rate - Fixed', NULL), 1 - o.physical, o.store_id, o.customer_id,
      -${discount}, ${grand}, ${ship}, o.subtotal, o.tax, 1, o.rate, ${paid}, ${paid}, o.qty, NULLIF(${refunded}, 0),
      ${grand} - COALESCE(${paid}, 0), ROUND(-${discount} * o.rate, 4), ROUND(${grand} * o.rate, 4), ROUND(${ship} * o.rate, 4),
      ROUND(o.subtotal * o.rate, 4), ROUND(o.tax * o.rate, 4), ROUND(${paid} * o.rate, 4), ROUND(${paid} * o.rate, 4), o.qty,
      NULLIF(ROUND(${refunded} * o.rate, 4), 0), ROUND((${grand} - COALESCE(${paid}, 0)) * o.rate, 4),
      1, o.rate, IF(o.customer_id IS NULL, 1, 0), 1, o.order_id * 2 - 1, COALESCE(c.group_id, 0), 1,
      1, o.order_id + 1000, IF(o.physical = 1, o.order_id * 2, NULL), o.subtotal + o.tax, ROUND((o.subtotal + o.tax) * o.rate, 4), o.weight,
      ${incrementIdSql(ctx, 'o.store_id', 'o.seq')}, IF(o.coupon = 1, '1', NULL),
      'USD', COALESCE(c.email, CONCAT('guest', o.order_id, '@example.net')), COALESCE(c.firstname, ${guestFirst}),
      COALESCE(c.lastname, ${guestLast}), 'USD', o.currency, CONCAT('10.', MOD(o.order_id, 250), '.', MOD(o.order_id * 7, 250), '.1'),
      IF(o.physical = 1, 'flatrate_flatrate', NULL), o.currency,
      CONCAT(w.name, '\\n', g.name, '\\n', st.name), o.items, c.gender, ${ship}, ${ship}, IF(o.coupon = 1, 'Welcome 10%', NULL),
      o.created_at, TIMESTAMPADD(HOUR, ${rnd(ctx, 'oupd', 'o.order_id', 500)}, o.created_at)
    FROM magemig_order o LEFT JOIN customer_entity c ON c.entity_id = o.customer_id
    JOIN store st ON st.store_id = o.store_id JOIN store_group g ON g.group_id = st.group_id JOIN store_website w ON w.website_id = st.website_id
    ORDER BY o.order_id`);
}
