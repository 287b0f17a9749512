/**
 * The price rules of Magento, applied by the pricing service (pure: no I/O). Money is exact (decimal.js),
 * rounded where Magento rounds:
 *
 *  - Final price of a simple, virtual or downloadable product (Magento\Catalog\Model\ResourceModel\Product\
 *    Indexer\Price\Query\BaseFinalPrice + Magento\CatalogRule\Model\Indexer\ProductPriceIndexModifier):
 *    LEAST(price, the special price valid on the date, the best tier price for the quantity and group),
 *    then LEAST(that, the catalog rule price of the day). A product without a price costs 0.
 *  - Tier prices (BaseFinalPrice::getTotalTierPriceExpression): fixed ROUND(value * rate, 4), or, stored as
 *    value 0 with a percentage_value (2.2+), ROUND(price * (1 - ROUND(pct * rate, 4) / 100), 4); a 0 value
 *    without a percentage is ignored. Rows of all groups or of the group, of all websites or of the website,
 *    with a minimum quantity up to the one asked for (qty 1: what Magento's price index holds).
 *  - Catalog rule price (Magento\CatalogRule\Model\Indexer\IndexBuilder\ProductPriceCalculator, the daily
 *    catalogrule_product_price): from the base `price`, the rules of the website and group valid on the date
 *    applied in (sort_order, rule_id) order, each on the previous one's result and rounded to 4 decimals,
 *    until one with stop_rules_processing.
 *  - Dates are calendar dates of the website's timezone (catalog_product_index_website.website_date).
 */
import { Decimal } from 'decimal.js';
import { evaluateCondition, type ConditionFacts, type RuleCondition } from './rule-conditions.ts';

export type Money = Decimal;
const D = (v: string | number): Decimal => new Decimal(v);

export interface TierPriceRow {
  magentoId: number;
  /** 0: all websites. */
  websiteId: number;
  allGroups: boolean;
  customerGroupId: number;
  qty: string;
  value: string;
  percentageValue: string | null;
}

export interface ProductPriceFacts extends ConditionFacts {
  magentoId: number;
  /** The product's values in the website, resolved by price scope (null: no value). */
  price: string | null;
  specialPrice: string | null;
  /** YYYY-MM-DD, inclusive; null: open. */
  specialFrom: string | null;
  specialTo: string | null;
  tiers: readonly TierPriceRow[];
  /** Configurable parents (a child matches a rule its parent matches: ConfigurableProductHandler). */
  parents: readonly ConditionFacts[];
}

export type RuleAction = 'by_percent' | 'by_fixed' | 'to_percent' | 'to_fixed';

export interface CatalogRule {
  magentoId: number;
  name: string;
  sortOrder: number;
  stop: boolean;
  action: RuleAction | string;
  amount: string;
  /** YYYY-MM-DD or null (open). */
  fromDate: string | null;
  toDate: string | null;
  websiteIds: readonly number[];
  customerGroupIds: readonly number[];
  conditions: RuleCondition | null;
}

export interface PriceContext {
  websiteId: number;
  customerGroupId: number;
  qty: string;
  /** YYYY-MM-DD in the website's timezone. */
  date: string;
  /** directory_currency_rate from the global base currency to the website's (1 when the same). */
  rate: string;
}

export interface AppliedRule {
  magentoId: number;
  name: string;
  action: string;
  amount: string;
  price: Decimal;
}

export interface SimplePrice {
  regular: Decimal;
  special: Decimal | null;
  specialValid: boolean;
  tier: Decimal | null;
  rulePrice: Decimal | null;
  rulesApplied: AppliedRule[];
  final: Decimal;
}

/** PHP round($x, 4) and MySQL ROUND(x, 4) on decimals: half away from zero. */
export const round4 = (x: Decimal): Decimal => x.toDecimalPlaces(4, Decimal.ROUND_HALF_UP);

function inWindow(date: string, from: string | null, to: string | null): boolean {
  return (from === null || from <= date) && (to === null || to >= date);
}

/** The best tier/group price for the quantity (BaseFinalPrice at qty 1; Magento's TierPrice at runtime). */
export function tierPrice(p: Pick<ProductPriceFacts, 'price' | 'tiers'>, ctx: PriceContext): Decimal | null {
  const qty = D(ctx.qty);
  const rate = D(ctx.rate);
  let best: Decimal | null = null;
  for (const t of p.tiers) {
    if (t.websiteId !== 0 && t.websiteId !== ctx.websiteId) continue;
    if (!t.allGroups && t.customerGroupId !== ctx.customerGroupId) continue;
    if (D(t.qty).gt(qty)) continue;
    let value: Decimal | null;
    if (!D(t.value).isZero()) value = round4(D(t.value).times(rate));
    else if (t.percentageValue !== null && p.price !== null) value = round4(D(p.price).times(D(1).minus(round4(D(t.percentageValue).times(rate)).div(100))));
    else value = null;
    if (value !== null && (best === null || value.lt(best))) best = value;
  }
  return best;
}

/** ProductPriceCalculator::calculate, one rule on the running price. */
export function applyRuleAction(action: string, amount: Decimal, price: Decimal): Decimal {
  switch (action) {
    case 'to_fixed':
      return round4(Decimal.min(amount, price));
    case 'to_percent':
      return round4(price.times(amount).div(100));
    case 'by_fixed':
      return round4(Decimal.max(0, price.minus(amount)));
    case 'by_percent':
      return round4(price.times(D(1).minus(amount.div(100))));
    default:
      return D(0);
  }
}

/** Does the rule select the product in the website (itself, or through a configurable parent)? */
export function ruleMatches(rule: CatalogRule, p: Pick<ProductPriceFacts, keyof ConditionFacts | 'parents'>): boolean {
  if (!rule.conditions) return true;
  if (evaluateCondition(rule.conditions, p)) return true;
  return p.parents.some((parent) => evaluateCondition(rule.conditions!, parent));
}

/** The catalog rule price of the day (null: no rule applies), and the rules that made it. */
export function rulePrice(p: ProductPriceFacts, rules: readonly CatalogRule[], ctx: PriceContext): { price: Decimal | null; applied: AppliedRule[] } {
  // catalogrule_product_price needs a price (the indexer's inner join on the store 0 price row); a configurable
  // parent never has rule rows of its own: its children carry them (ConfigurableProductHandler unsets it).
  if (p.price === null || p.typeId === 'configurable') return { price: null, applied: [] };
  const ordered = rules
    .filter((r) => r.websiteIds.includes(ctx.websiteId) && r.customerGroupIds.includes(ctx.customerGroupId) && inWindow(ctx.date, r.fromDate, r.toDate))
    .sort((a, b) => a.sortOrder - b.sortOrder || a.magentoId - b.magentoId);
  let price: Decimal | null = null;
  const applied: AppliedRule[] = [];
  for (const r of ordered) {
    if (!ruleMatches(r, p)) continue;
    price = applyRuleAction(r.action, D(r.amount), price ?? D(p.price));
    applied.push({ magentoId: r.magentoId, name: r.name, action: r.action, amount: r.amount, price });
    if (r.stop) break;
  }
  return { price, applied };
}

/** The price of a simple, virtual or downloadable product (also a composite's own base row). */
export function simplePrice(p: ProductPriceFacts, rules: readonly CatalogRule[], ctx: PriceContext): SimplePrice {
  const special = p.specialPrice === null ? null : D(p.specialPrice);
  const specialValid = special !== null && inWindow(ctx.date, p.specialFrom, p.specialTo);
  const tier = tierPrice(p, ctx);
  const rule = rulePrice(p, rules, ctx);
  if (p.price === null) {
    // LEAST() with a NULL price is NULL, and the index writes IFNULL(..., 0).
    return { regular: D(0), special, specialValid, tier, rulePrice: rule.price, rulesApplied: rule.applied, final: D(0) };
  }
  let final = D(p.price);
  if (specialValid && special!.lt(final)) final = special!;
  if (tier !== null && tier.lt(final)) final = tier;
  if (rule.price !== null && rule.price.lt(final)) final = rule.price;
  return { regular: D(p.price), special, specialValid, tier, rulePrice: rule.price, rulesApplied: rule.applied, final };
}

/** Exact decimal text for the API: no exponent, at least two decimals, no trailing zeros beyond them. */
export function money(x: Decimal | null): string | null {
  if (x === null) return null;
  const s = x.toFixed(Math.max(2, x.decimalPlaces()));
  return s.replace(/(\.\d\d\d*?)0+$/, '$1');
}
