/**
 * Cart price rules as a store's marketing team leaves them: coupon rules (the WELCOME10 code orders use,
 * auto-generated codes), thresholds on subtotal, quantity, country and payment method, category and SKU
 * conditions (found / not found / subselect), every action (by_percent, by_fixed with discount_qty and
 * discount_step, cart_fixed, buy_x_get_y, free shipping), stop_rules_processing, an expired season rule, and
 * one rule with a third-party condition class (dirt: the migration loads it disabled). Usage counters from
 * the orders that used WELCOME10, with a repeated salesrule_customer pair (dirt).
 */
import { BASE_DATE, insertRows, run, type SeedContext } from '../session.ts';
import { dirtTargets } from '../dirt.ts';
import { insertVersioned } from './versioned.ts';

const NS = 'Magento\\SalesRule\\Model\\Rule\\Condition\\';
type Node = Record<string, unknown>;
const combine = (conditions: Node[] = [], aggregator = 'all', value = '1'): Node => ({ type: `${NS}Combine`, attribute: null, operator: null, value, is_value_processed: null, aggregator, conditions });
const actions = (conditions: Node[] = [], aggregator = 'all', value = '1'): Node => ({ type: `${NS}Product\\Combine`, attribute: null, operator: null, value, is_value_processed: null, aggregator, conditions });
const address = (attribute: string, operator: string, value: string): Node => ({ type: `${NS}Address`, attribute, operator, value, is_value_processed: false });
const product = (attribute: string, operator: string, value: string): Node => ({ type: `${NS}Product`, attribute, operator, value, is_value_processed: false, attribute_scope: null });
const found = (conditions: Node[], value = '1', aggregator = 'all'): Node => ({ type: `${NS}Product\\Found`, attribute: null, operator: null, value, is_value_processed: null, aggregator, conditions });
const subselect = (attribute: string, operator: string, value: string, conditions: Node[]): Node => ({ type: `${NS}Product\\Subselect`, attribute, operator, value, is_value_processed: null, aggregator: 'all', conditions });

interface RuleSpec {
  name: string; action: string; amount: number; coupon: 1 | 2 | 3; conditions: Node; actions: Node;
  from?: string | null; to?: string | null; active?: number; stop?: number; sort?: number; qty?: number | null; step?: number; freeShipping?: number; usesPerCustomer?: number; shipping?: number;
}

/** The rules of every profile; bigger stores add more seasonal coupon rules. */
export function ruleSpecs(extra: number): RuleSpec[] {
  const specs: RuleSpec[] = [
    { name: 'Welcome 10%', action: 'by_percent', amount: 10, coupon: 2, conditions: combine(), actions: actions(), usesPerCustomer: 1, sort: 1 },
    { name: 'Free shipping over $100', action: 'by_percent', amount: 0, coupon: 1, conditions: combine([address('base_subtotal', '>=', '100')]), actions: actions(), freeShipping: 2, sort: 2 },
    { name: 'Summer sale 2021', action: 'cart_fixed', amount: 15, coupon: 3, conditions: combine(), actions: actions(), from: '2021-06-01', to: '2021-08-31', active: 0, sort: 3 },
    { name: 'Buy 3, get the 4th free', action: 'buy_x_get_y', amount: 1, step: 3, coupon: 1, conditions: combine([found([product('category_ids', '()', '3,4')])]), actions: actions(), sort: 4 },
    { name: '15% off category 3 for 2 items or more', action: 'by_percent', amount: 15, coupon: 1, conditions: combine([address('total_qty', '>=', '2')]), actions: actions([product('category_ids', '==', '3')]), stop: 1, sort: 5 },
    { name: '$5 off up to 3 of the default set, in pairs', action: 'by_fixed', amount: 5, qty: 3, step: 2, coupon: 1, conditions: combine(), actions: actions([product('attribute_set_id', '==', '4')]), sort: 6 },
    { name: '$20 off US orders over $150', action: 'cart_fixed', amount: 20, coupon: 1, conditions: combine([address('base_subtotal', '>=', '150'), address('country_id', '==', 'US')]), actions: actions(), sort: 7, shipping: 1 },
    { name: '3% for check / money order', action: 'by_percent', amount: 3, coupon: 1, conditions: combine([address('payment_method', '==', 'checkmo')]), actions: actions(), sort: 8 },
    { name: '5% when 3 or more from category 4', action: 'by_percent', amount: 5, coupon: 1, conditions: combine([subselect('qty', '>=', '3', [product('category_ids', '==', '4')])]), actions: actions([product('category_ids', '==', '4')]), sort: 9 },
    { name: '2% when no gift card is in the cart', action: 'by_percent', amount: 2, coupon: 1, conditions: combine([found([product('sku', '==', 'giftcard')], '0')]), actions: actions(), sort: 10 },
    { name: 'Segment members 10% (third-party condition)', action: 'by_percent', amount: 10, coupon: 1, conditions: combine([{ type: 'Vendor\\Segment\\Model\\Rule\\Condition\\Segment', attribute: 'segment_id', operator: '==', value: '3', is_value_processed: false }]), actions: actions(), sort: 11 },
  ];
  for (let i = 0; i < extra; i++) {
    specs.push({ name: `Promotion ${specs.length + 1}`, action: i % 2 ? 'by_fixed' : 'cart_fixed', amount: 5 * (i + 2), coupon: 3, conditions: combine([address('base_subtotal', '>=', String(50 + 10 * i))]), actions: actions(), sort: 20 + i });
  }
  return specs;
}

/** Rules whose conditions the promotion service cannot evaluate (counted as dirt). */
export const UNEVALUABLE_RULES = 1;

export async function createPromotions(ctx: SeedContext): Promise<void> {
  const specs = ruleSpecs(Math.floor(ctx.profile.orders / 10_000));
  const rows = specs.map((s, i) => [
    i + 1, s.name, `Rule ${i + 1}: ${s.name}`, s.from ?? null, s.to ?? null, s.usesPerCustomer ?? 0, s.active ?? 1, JSON.stringify(s.conditions), JSON.stringify(s.actions),
    s.stop ?? 0, 1, s.sort ?? i, s.action, s.amount, s.qty ?? null, s.step ?? 0, s.shipping ?? 0, s.coupon, s.coupon === 3 ? 1 : 0, s.freeShipping ?? 0,
  ]);
  await insertVersioned(ctx, 'salesrule', 'rule_id', 'sequence_salesrule', 'rulever',
    ['name', 'description', 'from_date', 'to_date', 'uses_per_customer', 'is_active', 'conditions_serialized', 'actions_serialized', 'stop_rules_processing', 'is_advanced', 'sort_order', 'simple_action', 'discount_amount', 'discount_qty', 'discount_step', 'apply_to_shipping', 'coupon_type', 'use_auto_generation', 'simple_free_shipping'],
    rows);
  const k = ctx.commerce ? 'row_id' : 'rule_id';
  await run(ctx, 'salesrule_website', `INSERT INTO salesrule_website (${k}, website_id) SELECT r.${k}, w.website_id FROM salesrule r JOIN store_website w ON w.website_id > 0 ORDER BY 1, 2`);
  await run(ctx, 'salesrule_customer_group', `INSERT INTO salesrule_customer_group (${k}, customer_group_id) SELECT r.${k}, g.customer_group_id FROM salesrule r JOIN customer_group g ORDER BY 1, 2`);
  await run(ctx, 'salesrule_label', `INSERT INTO salesrule_label (rule_id, store_id, label)
    SELECT DISTINCT r.rule_id, st.store_id, CONCAT(r.name, IF(st.store_id = 0, '', CONCAT(' [', st.code, ']'))) FROM salesrule r JOIN store st ON st.store_id <= 1 ORDER BY 1, 2`);
  await run(ctx, 'salesrule_coupon', `INSERT INTO salesrule_coupon (rule_id, code, usage_limit, usage_per_customer, times_used, expiration_date, is_primary, created_at, type)
    SELECT 1, 'WELCOME10', NULL, 1, (SELECT COUNT(*) FROM sales_order WHERE coupon_code = 'WELCOME10'), NULL, 1, '${BASE_DATE}', 0`);
  // The codes carry 8 hex digits of an MD5: from some thousands per rule two can meet (rule 3, n = 953 and 8425
  // with seed 42), so a repeated code is skipped (IGNORE: Magento's unique code), and a 1,000,000-customer store
  // gets 10,000 per rule, not 100,000. Every profile's own count is below both.
  const perRule = Math.min(10_000, Math.max(5, Math.floor(ctx.profile.customers / 10)));
  await run(ctx, 'salesrule_coupon', `INSERT IGNORE INTO salesrule_coupon (rule_id, code, usage_limit, usage_per_customer, times_used, expiration_date, is_primary, created_at, type)
    SELECT r.rule_id, CONCAT('GEN', r.rule_id, '-', UPPER(SUBSTR(MD5(CONCAT(${ctx.seed}, r.rule_id, '-', s.n)), 1, 8))), 1, 1, IF(MOD(s.n, 3) = 0, 1, 0), NULL, NULL, '${BASE_DATE}', 1
    FROM (SELECT DISTINCT rule_id FROM salesrule WHERE coupon_type = 3) r JOIN magemig_seq s ON s.n <= ${perRule} ORDER BY r.rule_id, s.n`);
  // Usage: WELCOME10 per customer from the orders that used it; a used generated coupon by a customer.
  await run(ctx, 'salesrule_coupon_usage', `INSERT INTO salesrule_coupon_usage (coupon_id, customer_id, times_used)
    SELECT c.coupon_id, o.customer_id, COUNT(*) FROM sales_order o JOIN salesrule_coupon c ON c.code = o.coupon_code
    WHERE o.customer_id IS NOT NULL GROUP BY c.coupon_id, o.customer_id ORDER BY 1, 2`);
  await run(ctx, 'salesrule_coupon_usage', `INSERT INTO salesrule_coupon_usage (coupon_id, customer_id, times_used)
    SELECT c.coupon_id, 1 + MOD(c.coupon_id, ${Math.max(1, ctx.profile.customers)}), 1 FROM salesrule_coupon c WHERE c.type = 1 AND c.times_used = 1 ORDER BY 1`);
  await run(ctx, 'salesrule_customer', `INSERT INTO salesrule_customer (rule_id, customer_id, times_used)
    SELECT 1, o.customer_id, COUNT(*) FROM sales_order o WHERE o.coupon_code = 'WELCOME10' AND o.customer_id IS NOT NULL GROUP BY o.customer_id ORDER BY o.customer_id`);
  // Dirt: salesrule_customer has no unique key; a pair written twice (an old Magento race) is summed by the migration.
  const t = dirtTargets(ctx.profile);
  await insertRows(ctx, 'salesrule_customer', ['rule_id', 'customer_id', 'times_used'], Array.from({ length: t.duplicateRuleCustomers }, (_, i) => [4, 1 + i, 1]));
  await insertRows(ctx, 'salesrule_customer', ['rule_id', 'customer_id', 'times_used'], Array.from({ length: t.duplicateRuleCustomers }, (_, i) => [4, 1 + i, 2]));
}
