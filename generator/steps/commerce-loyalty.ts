/**
 * Adobe Commerce only: reward points (balances and their history), store credit (balances and history),
 * gift card accounts (codes, balances, history) and returns (RMA with items, their EAV values of the
 * rma_item entity type, status history and shipping labels). Tables: sql/magento/commerce/loyalty_rma.sql.
 * Some rows belong to deleted customers or orders (the row stayed behind), as real stores hold them.
 */
import { insertRows, rnd, run, type SeedContext } from '../session.ts';

/** The rma_item entity type and its attributes (Magento_Rma's data patch): four select/text attributes. */
export const RMA_ITEM_TYPE_ID = 9;
export const RMA_ATTRIBUTES = [
  { id: 901, code: 'resolution', type: 'int', input: 'select', options: ['Exchange', 'Refund', 'Store Credit'] },
  { id: 902, code: 'condition', type: 'int', input: 'select', options: ['Unopened', 'Opened', 'Damaged'] },
  { id: 903, code: 'reason', type: 'int', input: 'select', options: ['Wrong Color', 'Wrong Size', 'Out of Service'] },
  { id: 904, code: 'reason_other', type: 'varchar', input: 'text', options: [] },
] as const;
/** Option ids: 9000 + attribute index * 10 + option index. */
export const rmaOptionId = (attr: number, option: number) => 9000 + attr * 10 + option;

export async function createLoyaltyAndReturns(ctx: SeedContext): Promise<void> {
  if (!ctx.commerce) return;
  const cust = (salt: string, mod: number) => rnd(ctx, salt, 'c.entity_id', mod);
  const gone = '(SELECT MAX(entity_id) FROM customer_entity)';
  // Reward points: every 3rd customer, on their website, earned then partly spent (the history adds up to it).
  await run(ctx, 'magento_reward', `INSERT INTO magento_reward (customer_id, website_id, points_balance, website_currency_code)
    SELECT c.entity_id, c.website_id, 100 + ${cust('pts', 900)}, 'USD' FROM customer_entity c WHERE MOD(c.entity_id, 3) = 0 ORDER BY c.entity_id`);
  await run(ctx, 'magento_reward', `INSERT INTO magento_reward (customer_id, website_id, points_balance, website_currency_code) SELECT ${gone} + 1, 1, 50, 'USD'`);
  await run(ctx, 'magento_reward_history', `INSERT INTO magento_reward_history (reward_id, website_id, store_id, action, entity, points_balance, points_delta, points_used,
      currency_amount, currency_delta, base_currency_code, additional_data, comment, created_at)
    SELECT r.reward_id, r.website_id, NULL, x.action, NULL, IF(x.action = 3, r.points_balance + 40, r.points_balance), IF(x.action = 3, r.points_balance + 40, -40), IF(x.action = 3, 0, 40),
      ROUND(IF(x.action = 3, r.points_balance + 40, r.points_balance) / 100, 4), ROUND(IF(x.action = 3, r.points_balance + 40, -40) / 100, 4), 'USD', '{}',
      IF(x.action = 3, 'Order #reward', NULL), TIMESTAMPADD(DAY, x.action, '2024-02-01')
    FROM magento_reward r JOIN (SELECT 3 AS action UNION ALL SELECT 8) x ORDER BY r.reward_id, x.action`);
  // Store credit: every 4th customer, in the website's base currency (USD), credited then partly used.
  await run(ctx, 'magento_customerbalance', `INSERT INTO magento_customerbalance (customer_id, website_id, amount, base_currency_code)
    SELECT c.entity_id, c.website_id, ROUND((500 + ${cust('credit', 20000)}) / 100, 2), 'USD' FROM customer_entity c WHERE MOD(c.entity_id, 4) = 0 ORDER BY c.entity_id`);
  await run(ctx, 'magento_customerbalance', `INSERT INTO magento_customerbalance (customer_id, website_id, amount, base_currency_code) SELECT ${gone} + 2, 1, 25.5, 'USD'`);
  await run(ctx, 'magento_customerbalance_history', `INSERT INTO magento_customerbalance_history (balance_id, updated_at, action, balance_amount, balance_delta, additional_info, is_customer_notified)
    SELECT b.balance_id, TIMESTAMPADD(DAY, x.action, '2024-03-01'), x.action, IF(x.action = 1, b.amount + 5.25, b.amount), IF(x.action = 1, b.amount + 5.25, -5.25),
      IF(x.action = 1, 'By admin: admin.', 'Order #credit'), 0
    FROM magento_customerbalance b JOIN (SELECT 1 AS action UNION ALL SELECT 3) x ORDER BY b.balance_id, x.action`);
  // Gift card accounts: 12 per website, a few used, one expired, one disabled.
  const cards: unknown[][] = [];
  for (let w = 1; w <= ctx.stores.length; w++) {
    for (let i = 1; i <= 12; i++) cards.push([`GC-${w}${String(i).padStart(3, '0')}-${(ctx.seed * 7 + i * 13 + w) % 9973}`, i === 12 ? 0 : 1, '2024-01-15', i === 11 ? '2024-06-30' : null, w, `${(i * 12.5).toFixed(4)}`, i % 4 === 0 ? 1 : 0, 1]);
  }
  await insertRows(ctx, 'magento_giftcardaccount', ['code', 'status', 'date_created', 'date_expires', 'website_id', 'balance', 'state', 'is_redeemable'], cards);
  await run(ctx, 'magento_giftcardaccount_history', `INSERT INTO magento_giftcardaccount_history (giftcardaccount_id, updated_at, action, balance_amount, balance_delta, additional_info)
    SELECT g.giftcardaccount_id, '2024-01-15 10:00:00', 0, g.balance, g.balance, NULL FROM magento_giftcardaccount g ORDER BY g.giftcardaccount_id`);
  await createReturns(ctx);
}

async function createReturns(ctx: SeedContext): Promise<void> {
  await insertRows(ctx, 'eav_entity_type', ['entity_type_id', 'entity_type_code', 'entity_model', 'entity_table', 'value_table_prefix', 'default_attribute_set_id'], [
    [RMA_ITEM_TYPE_ID, 'rma_item', 'Magento\\Rma\\Model\\ResourceModel\\Item', 'magento_rma_item_entity', 'magento_rma_item_entity', 0],
  ]);
  await insertRows(ctx, 'eav_attribute', ['attribute_id', 'entity_type_id', 'attribute_code', 'backend_type', 'frontend_input', 'frontend_label', 'is_required', 'is_user_defined'],
    RMA_ATTRIBUTES.map((a) => [a.id, RMA_ITEM_TYPE_ID, a.code, a.type, a.input, a.code.replace('_', ' '), 0, 0]));
  const options = RMA_ATTRIBUTES.flatMap((a, ai) => a.options.map((_, oi) => [rmaOptionId(ai, oi), a.id, oi]));
  await insertRows(ctx, 'eav_attribute_option', ['option_id', 'attribute_id', 'sort_order'], options);
  await insertRows(ctx, 'eav_attribute_option_value', ['option_id', 'store_id', 'value'], RMA_ATTRIBUTES.flatMap((a, ai) => a.options.map((label, oi) => [rmaOptionId(ai, oi), 0, label])));
  // A return for every 3rd order (of a customer or a guest), plus one of an order that no longer exists.
  await run(ctx, 'magento_rma', `INSERT INTO magento_rma (status, is_active, increment_id, date_requested, order_id, order_increment_id, store_id, customer_id, customer_custom_email, protect_code)
    SELECT ELT(1 + ${rnd(ctx, 'rmast', 'o.entity_id', 4)}, 'pending', 'authorized', 'processed_closed', 'closed'), 1, LPAD(o.entity_id, 9, '0'),
      TIMESTAMPADD(DAY, 10, o.created_at), o.entity_id, o.increment_id, o.store_id, o.customer_id, NULL, SUBSTR(MD5(CONCAT('rma', o.entity_id)), 1, 6)
    FROM sales_order o WHERE MOD(o.entity_id, 3) = 0 ORDER BY o.entity_id`);
  await run(ctx, 'magento_rma', `INSERT INTO magento_rma (status, is_active, increment_id, date_requested, order_id, order_increment_id, store_id, customer_id, protect_code)
    SELECT 'pending', 1, 'GONE-1', '2024-05-01 00:00:00', (SELECT MAX(entity_id) FROM sales_order) + 1, 'GONE', 1, NULL, 'abc123'`);
  await run(ctx, 'magento_rma_item_entity', `INSERT INTO magento_rma_item_entity (entity_type_id, attribute_set_id, rma_entity_id, is_qty_decimal, qty_requested, qty_authorized, qty_approved, status,
      order_item_id, product_name, qty_returned, product_sku, product_options)
    SELECT ${RMA_ITEM_TYPE_ID}, 0, r.entity_id, 0, i.qty_ordered, IF(r.status = 'pending', NULL, i.qty_ordered), IF(r.status IN ('processed_closed', 'closed'), i.qty_ordered, NULL),
      IF(r.status = 'pending', 'pending', 'authorized'), i.item_id, i.name, IF(r.status = 'closed', i.qty_ordered, NULL), i.sku, NULL
    FROM magento_rma r JOIN sales_order_item i ON i.order_id = r.order_id AND i.parent_item_id IS NULL ORDER BY r.entity_id, i.item_id`);
  for (const [ai, a] of RMA_ATTRIBUTES.entries()) {
    if (a.type === 'int') {
      await run(ctx, 'magento_rma_item_entity_int', `INSERT INTO magento_rma_item_entity_int (attribute_id, entity_id, value)
        SELECT ${a.id}, e.entity_id, ${rmaOptionId(ai, 0)} + ${rnd(ctx, `rma${a.code}`, 'e.entity_id', a.options.length)} FROM magento_rma_item_entity e ORDER BY e.entity_id`);
    } else {
      await run(ctx, 'magento_rma_item_entity_varchar', `INSERT INTO magento_rma_item_entity_varchar (attribute_id, entity_id, value)
        SELECT ${a.id}, e.entity_id, 'Arrived too late' FROM magento_rma_item_entity e WHERE MOD(e.entity_id, 4) = 0 ORDER BY e.entity_id`);
    }
  }
  await run(ctx, 'magento_rma_status_history', `INSERT INTO magento_rma_status_history (rma_entity_id, is_customer_notified, is_visible_on_front, comment, status, created_at, is_admin)
    SELECT r.entity_id, 1, 1, IF(x.n = 1, 'Return requested', 'Return authorized'), IF(x.n = 1, 'pending', r.status), TIMESTAMPADD(HOUR, x.n, r.date_requested), x.n - 1
    FROM magento_rma r JOIN (SELECT 1 AS n UNION ALL SELECT 2) x ON x.n = 1 OR r.status <> 'pending' ORDER BY r.entity_id, x.n`);
  // Labels of authorized returns: a PDF's bytes (binary, with NULs) as carriers deliver them.
  await run(ctx, 'magento_rma_shipping_label', `INSERT INTO magento_rma_shipping_label (rma_entity_id, shipping_label, packages, track_number, carrier_title, method_title, carrier_code, method_code, price, is_admin)
    SELECT r.entity_id, CONCAT('%PDF-1.4', CHAR(10), CHAR(0), CHAR(255), UNHEX(MD5(r.entity_id)), '%%EOF'), '[]', CONCAT('1Z', LPAD(r.entity_id, 16, '0')), 'United Parcel Service', 'Ground', 'ups', '03', 7.5, 1
    FROM magento_rma r WHERE r.status <> 'pending' ORDER BY r.entity_id`);
}
