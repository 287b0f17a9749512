/**
 * Reads and writes of the promotion service's database: the candidate rules of a cart
 * (Magento\SalesRule\Model\ResourceModel\Rule\Collection::setValidationFilter), coupons and their usage,
 * products' facts, redemptions.
 */
import type { Queryable } from '../kit/index.ts';

export async function setting(db: Queryable, key: string): Promise<string | null> {
  const { rows } = await db.query('SELECT value FROM promotion_setting WHERE key = $1', [key]);
  return rows[0]?.value ?? null;
}

/** A website by code or Magento id (through the store views this service knows). */
export async function findWebsite(db: Queryable, website: string): Promise<number | null> {
  const { rows } = await db.query(
    'SELECT website_magento_id FROM store WHERE website_code = $1 OR ($1 ~ \'^[0-9]+$\' AND website_magento_id = $1::int) LIMIT 1',
    [website],
  );
  return rows[0] ? rows[0].website_magento_id : null;
}

export const couponKey = (code: string): string => code.replace(/ +$/, '').toLowerCase();

export interface CouponRow {
  id: string;
  magento_id: number;
  code: string;
  usage_limit: number | null;
  usage_per_customer: number | null;
  times_used: number;
  expiration_date: Date | null;
  type: string;
  rule_id: string;
  rule_magento_id: number;
  rule_name: string | null;
  is_active: boolean;
  from_date: string | null;
  to_date: string | null;
  coupon_type: number;
  use_auto_generation: boolean;
  uses_per_customer: number;
  website_ids: number[];
  customer_group_ids: number[];
}

const COUPON_SELECT = `SELECT c.id, c.magento_id, c.code, c.usage_limit, c.usage_per_customer, c.times_used, c.expiration_date, c.type,
       r.id AS rule_id, r.magento_id AS rule_magento_id, r.name AS rule_name, r.is_active, r.from_date::text AS from_date, r.to_date::text AS to_date,
       r.coupon_type, r.use_auto_generation, r.uses_per_customer, r.website_ids, r.customer_group_ids
  FROM coupon c JOIN sales_rule r ON r.id = c.rule_id WHERE c.code_key = $1`;

export async function findCoupon(db: Queryable, code: string, lock = false): Promise<CouponRow | null> {
  const { rows } = await db.query(`${COUPON_SELECT}${lock ? ' FOR UPDATE OF r, c' : ''}`, [couponKey(code)]);
  return rows[0] ?? null;
}

export async function customerUsage(db: Queryable, coupon: CouponRow, customer: number): Promise<{ coupon: number; rule: number }> {
  const { rows } = await db.query(
    `SELECT coalesce((SELECT times_used FROM coupon_usage WHERE coupon_id = $1 AND customer_magento_id = $3), 0) AS coupon,
            coalesce((SELECT times_used FROM rule_customer WHERE rule_id = $2 AND customer_magento_id = $3), 0) AS rule`,
    [coupon.id, coupon.rule_id, customer],
  );
  return { coupon: Number(rows[0].coupon), rule: Number(rows[0].rule) };
}

export interface CouponVerdict { valid: boolean; reason: string | null; usesLeft: number | null }

/**
 * Whether a coupon applies for a date (and customer): the rule is active and in its dates, the coupon is of
 * a kind the rule accepts (setValidationFilter), its usage limits are not reached (Utility::canProcessRule),
 * and, for a Magento 2.1 source only, it has not expired.
 */
export async function couponVerdict(db: Queryable, c: CouponRow, date: string, customer: number | null, honourExpiration: boolean): Promise<CouponVerdict> {
  const left: number[] = [];
  if (c.usage_limit) left.push(c.usage_limit - c.times_used);
  let usage = { coupon: 0, rule: 0 };
  if (customer !== null) {
    usage = await customerUsage(db, c, customer);
    if (c.usage_per_customer) left.push(c.usage_per_customer - usage.coupon);
    if (c.uses_per_customer) left.push(c.uses_per_customer - usage.rule);
  }
  const usesLeft = left.length ? Math.max(0, Math.min(...left)) : null;
  const kindOk = c.coupon_type === 3 ? c.type === 'generated' : c.coupon_type === 2 ? (c.use_auto_generation ? c.type === 'generated' : c.type === 'manual') : false;
  let reason: string | null = null;
  if (!c.is_active) reason = 'RULE_INACTIVE';
  else if (c.from_date && c.from_date > date) reason = 'NOT_YET_VALID';
  else if (c.to_date && c.to_date < date) reason = 'EXPIRED';
  else if (!kindOk) reason = 'NOT_ACCEPTED_BY_RULE';
  else if (honourExpiration && c.expiration_date && c.expiration_date.toISOString().slice(0, 10) < date) reason = 'EXPIRED';
  else if (c.usage_limit && c.times_used >= c.usage_limit) reason = 'USAGE_LIMIT_REACHED';
  else if (customer !== null && c.usage_per_customer && usage.coupon >= c.usage_per_customer) reason = 'CUSTOMER_LIMIT_REACHED';
  else if (customer !== null && c.uses_per_customer && usage.rule >= c.uses_per_customer) reason = 'CUSTOMER_LIMIT_REACHED';
  return { valid: reason === null, reason, usesLeft };
}

export interface RuleRow {
  id: string; magento_id: number; name: string | null; label: string | null; simple_action: string; discount_amount: string; discount_qty: string | null;
  discount_step: number; apply_to_shipping: boolean; stop_rules_processing: boolean; simple_free_shipping: number; coupon_type: number;
  uses_per_customer: number; conditions: unknown; actions: unknown;
}

/**
 * setValidationFilter: active, on the website, for the customer group, in its dates; no-coupon rules always,
 * coupon rules only with a coupon they accept; sort_order, then rule id (Magento leaves ties to the database).
 */
export async function candidateRules(db: Queryable, website: number, group: number, date: string, couponCode: string | null, honourExpiration: boolean): Promise<RuleRow[]> {
  const { rows } = await db.query(
    `SELECT r.id, r.magento_id, r.name, (SELECT l.label FROM sales_rule_label l WHERE l.rule_id = r.id AND l.store_magento_id = 0) AS label,
            r.simple_action, r.discount_amount::text, r.discount_qty::text, r.discount_step, r.apply_to_shipping, r.stop_rules_processing,
            r.simple_free_shipping, r.coupon_type, r.uses_per_customer, r.conditions, r.actions
       FROM sales_rule r
      WHERE r.is_active AND $1 = ANY(r.website_ids) AND $2 = ANY(r.customer_group_ids)
        AND (r.from_date IS NULL OR r.from_date <= $3::date) AND (r.to_date IS NULL OR r.to_date >= $3::date)
        AND (r.coupon_type = 1 OR ($4::text IS NOT NULL AND EXISTS (
              SELECT 1 FROM coupon c WHERE c.rule_id = r.id AND c.code_key = $4
                AND ((r.coupon_type = 3 AND c.type = 'generated')
                  OR (r.coupon_type = 2 AND ((r.use_auto_generation AND c.type = 'generated') OR (NOT r.use_auto_generation AND c.type = 'manual'))))
                AND (NOT $5::boolean OR c.expiration_date IS NULL OR c.expiration_date::date >= $3::date))))
      ORDER BY r.sort_order, r.magento_id`,
    [website, group, date, couponCode === null ? null : couponKey(couponCode), honourExpiration],
  );
  return rows;
}

export async function productFacts(db: Queryable, skus: string[]): Promise<Map<string, { categories: number[]; attributeSetId: number; weight: string | null; attributes: Record<string, unknown> }>> {
  const { rows } = await db.query('SELECT sku, category_ids, attribute_set_id, weight::text, attributes FROM product WHERE sku = ANY($1::text[])', [skus]);
  return new Map(rows.map((r) => [r.sku, { categories: r.category_ids, attributeSetId: r.attribute_set_id, weight: r.weight, attributes: r.attributes }]));
}

/** Per-customer rule usage (Utility::canProcessRule: salesrule_customer.times_used >= uses_per_customer). */
export async function ruleUsage(db: Queryable, ruleIds: string[], customer: number): Promise<Map<string, number>> {
  const { rows } = await db.query('SELECT rule_id, times_used FROM rule_customer WHERE rule_id = ANY($1::uuid[]) AND customer_magento_id = $2', [ruleIds, customer]);
  return new Map(rows.map((r) => [r.rule_id, Number(r.times_used)]));
}
