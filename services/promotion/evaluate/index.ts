/**
 * POST /promotion/evaluate: which rules apply to a cart, in Magento's order, and the discount per line and
 * for shipping. Lines' missing facts (categories, attribute set, weight, attributes) come from the service's
 * own copy of the catalog (the product table), never from another service.
 */
import { Decimal } from 'decimal.js';
import type { Queryable } from '../../kit/index.ts';
import { candidateRules, findCoupon, couponVerdict, productFacts, ruleUsage, setting } from '../repository.ts';
import type { CartFacts, CartLine, RuleNode } from './conditions.ts';
import { applyRules, type EvalRule } from './discounts.ts';

export interface EvaluateRequest {
  website: number;
  customer_group: number;
  customer_id?: number;
  coupon?: string;
  date?: string;
  subtotal: string;
  subtotal_incl_tax?: string;
  shipping_amount?: string;
  payment_method?: string;
  shipping?: { country_id?: string; region_id?: string; region?: string; postcode?: string; method?: string };
  items: Array<{ sku: string; qty: string; price: string; categories?: number[]; attribute_set?: number; weight?: string }>;
}

const money = (d: Decimal): string => d.toFixed(2);

export async function evaluateCart(db: Queryable, req: EvaluateRequest) {
  const date = req.date ?? new Date().toISOString().slice(0, 10);
  const scope = (await setting(db, 'stop_rules_scope')) === 'cart' ? 'cart' : 'item';
  const honourExpiration = (await setting(db, 'coupon_expiration')) === 'honoured';
  const facts = await productFacts(db, [...new Set(req.items.map((i) => i.sku))]);
  const lines: CartLine[] = req.items.map((it, index) => {
    const f = facts.get(it.sku);
    return {
      index, sku: it.sku, qty: new Decimal(it.qty), price: new Decimal(it.price),
      categories: it.categories ?? f?.categories ?? [], attributeSetId: it.attribute_set ?? f?.attributeSetId ?? null,
      weight: it.weight !== undefined ? new Decimal(it.weight) : f?.weight ? new Decimal(f.weight) : null, attributes: f?.attributes ?? {},
    };
  });
  const cart: CartFacts = {
    subtotal: new Decimal(req.subtotal), subtotalInclTax: new Decimal(req.subtotal_incl_tax ?? req.subtotal),
    totalQty: lines.reduce((n, l) => n.add(l.qty), new Decimal(0)),
    weight: lines.reduce((n, l) => n.add(l.weight ? l.weight.mul(l.qty) : 0), new Decimal(0)),
    paymentMethod: req.payment_method ?? null, shippingMethod: req.shipping?.method ?? null, postcode: req.shipping?.postcode ?? null,
    region: req.shipping?.region ?? null, regionId: req.shipping?.region_id ?? null, countryId: req.shipping?.country_id ?? null, lines,
  };
  let rows = await candidateRules(db, req.website, req.customer_group, date, req.coupon ?? null, honourExpiration);
  // Utility::canProcessRule: coupon usage limits (coupon rules), per-customer rule usage (every rule).
  let couponOk = true;
  let couponReason: string | null = null;
  if (req.coupon) {
    const coupon = await findCoupon(db, req.coupon);
    if (!coupon) { couponOk = false; couponReason = 'UNKNOWN_COUPON'; }
    else {
      const v = await couponVerdict(db, coupon, date, req.customer_id ?? null, honourExpiration);
      if (v.reason === 'USAGE_LIMIT_REACHED' || v.reason === 'CUSTOMER_LIMIT_REACHED') { couponOk = false; couponReason = v.reason; }
    }
    if (!couponOk) rows = rows.filter((r) => r.coupon_type === 1);
  }
  if (req.customer_id !== undefined) {
    const usage = await ruleUsage(db, rows.map((r) => r.id), req.customer_id);
    rows = rows.filter((r) => !r.uses_per_customer || (usage.get(r.id) ?? 0) < r.uses_per_customer);
  }
  const rules: EvalRule[] = rows.map((r) => ({
    id: r.id, magentoId: r.magento_id, name: r.name, label: r.label, simpleAction: r.simple_action, discountAmount: new Decimal(r.discount_amount),
    discountQty: r.discount_qty === null ? null : new Decimal(r.discount_qty), discountStep: r.discount_step, applyToShipping: r.apply_to_shipping,
    stopRulesProcessing: r.stop_rules_processing, simpleFreeShipping: r.simple_free_shipping, couponType: r.coupon_type,
    conditions: r.conditions as RuleNode, actions: r.actions as RuleNode,
  }));
  const result = applyRules(cart, rules, scope, req.shipping_amount === undefined ? null : new Decimal(req.shipping_amount));
  const itemsDiscount = result.lines.reduce((n, l) => n.add(l.discount), new Decimal(0));
  return {
    date,
    stop_rules_scope: scope,
    rules_applied: result.applied.map((r) => ({ id: r.id, magento_id: r.magentoId, name: r.name, label: r.label })),
    discount: money(itemsDiscount.add(result.shippingDiscount)),
    items_discount: money(itemsDiscount),
    shipping_discount: money(result.shippingDiscount),
    free_shipping: result.freeShipping,
    coupon: req.coupon === undefined ? null : { code: req.coupon, applied: result.applied.some((r) => r.couponType !== 1), reason: couponReason },
    items: result.lines.map((l) => ({
      sku: l.line.sku, qty: l.line.qty.toString(), price: l.line.price.toString(), known: facts.has(l.line.sku), discount: money(l.discount),
      rules: l.rules, free_shipping: l.freeShipping,
    })),
  };
}
