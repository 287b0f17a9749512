/**
 * The answer of GET /pricing/prices/{sku}: a product's price in a website, for a customer group, a quantity
 * and a date, with what made it (special price, tier prices, rules), for every product type.
 */
import { Decimal } from 'decimal.js';
import { bundlePrice, configurablePrice, groupedPrice, type PartPrice, type RangePrice } from './composite-prices.ts';
import { money, simplePrice, tierPrice, type CatalogRule, type PriceContext, type ProductPriceFacts, type SimplePrice } from './price-engine.ts';
import type { ConditionFacts } from './rule-conditions.ts';
import type { BundleSelectionRow, ProductRecord, WebsiteRow } from './repository.ts';

export interface QuoteRequest {
  website: WebsiteRow;
  customerGroupId: number;
  qty: string;
  /** The instant asked about; its calendar date in the website's timezone decides. */
  at: Date | string;
}

/**
 * Everything a quote reads besides the rules, in one website: the product, its parts (configurable children or
 * grouped members in magento_id order; a bundle's selections and their products) and the configurable parents
 * of each of them (rule conditions match through a parent). Read from the read model in one query
 * (read-model.ts), or assembled row by row (repository.ts: assembleQuoteFacts).
 */
export interface QuoteFacts {
  product: ProductRecord;
  children: ProductRecord[];
  selections: BundleSelectionRow[];
  /** product id -> its configurable parents, in parent magento_id order. */
  parents: ReadonlyMap<string, readonly ProductRecord[]>;
}

// An Intl.DateTimeFormat costs about 0.1 ms to build and holds ICU memory outside the JS heap that the garbage
// collector does not see: one per request made the server's RSS climb by 100 MB under load. One per timezone,
// bounded (timezones come from the website table: a handful).
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const MAX_DATE_FORMATS = 64;

/** The calendar date of an instant in a timezone (YYYY-MM-DD); a date given as such is taken as it is. */
export function websiteDate(at: Date | string, timezone: string): string {
  if (typeof at === 'string') return at;
  let format = dateFormats.get(timezone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone: timezone, year: 'numeric', month: '2-digit', day: '2-digit' });
    if (dateFormats.size >= MAX_DATE_FORMATS) dateFormats.clear();
    dateFormats.set(timezone, format);
  }
  return format.format(at);
}

function conditionFacts(r: ProductRecord): ConditionFacts {
  return { sku: r.sku, typeId: r.type, attributeSetId: r.attributeSetId, categoryIds: r.categoryIds, attributes: r.attributes };
}

function priceFacts(r: ProductRecord, parents: readonly ProductRecord[]): ProductPriceFacts {
  const w = r.website;
  return {
    ...conditionFacts(r),
    magentoId: r.magentoId,
    price: w?.price ?? null,
    specialPrice: w?.specialPrice ?? null,
    specialFrom: w?.specialFrom ?? null,
    specialTo: w?.specialTo ?? null,
    tiers: r.tiers,
    parents: parents.map(conditionFacts),
  };
}

/** Magento's price index lists the product: enabled in the website, and in stock unless out of stock is shown. */
function listed(r: ProductRecord, website: WebsiteRow): boolean {
  return r.website !== null && r.website.enabled && (r.inStock || website.showOutOfStock);
}

/** Simple prices of several products, each with its configurable parents for rule matching. */
function partPrices(facts: QuoteFacts, records: readonly ProductRecord[], rules: readonly CatalogRule[], ctx: PriceContext, website: WebsiteRow): Map<string, { part: PartPrice; price: SimplePrice }> {
  const out = new Map<string, { part: PartPrice; price: SimplePrice }>();
  for (const r of records) {
    const price = simplePrice(priceFacts(r, facts.parents.get(r.id) ?? []), rules, ctx);
    // The index's max_price is the final price before catalog rules (rules lower final and min only).
    const beforeRules = simplePrice(priceFacts(r, []), [], ctx).final;
    out.set(r.id, { price, part: { final: price.final, max: beforeRules, regular: price.regular, listed: listed(r, website), requiredOptions: r.requiredOptions } });
  }
  return out;
}

/** A bundle's tier prices are discounts in percent (value, or percentage_value in 2.2+): the best one for the group, qty 1. */
function bundleTierPercent(product: ProductRecord, ctx: PriceContext): Decimal | null {
  let best: Decimal | null = null;
  for (const t of product.tiers) {
    if ((t.websiteId !== 0 && t.websiteId !== ctx.websiteId) || (!t.allGroups && t.customerGroupId !== ctx.customerGroupId) || new Decimal(t.qty).gt(1)) continue;
    const pct = new Decimal(new Decimal(t.value).isZero() ? (t.percentageValue ?? 0) : t.value);
    if (!pct.isZero() && (best === null || pct.gt(best))) best = pct;
  }
  return best;
}

/** The answer (pure: the facts are read before). */
export function quote(facts: QuoteFacts, rules: readonly CatalogRule[], req: QuoteRequest) {
  const product = facts.product;
  const ctx: PriceContext = {
    websiteId: req.website.magentoId,
    customerGroupId: req.customerGroupId,
    qty: req.qty,
    date: websiteDate(req.at, req.website.timezone),
    rate: req.website.rate,
  };
  const own = partPrices(facts, [product], rules, ctx, req.website).get(product.id)!;
  let range: RangePrice | null = null;
  let final = own.price.final;
  let regular = own.price.regular;
  if (product.type === 'configurable' || product.type === 'grouped') {
    const parts = [...partPrices(facts, facts.children, rules, ctx, req.website).values()].map((p) => p.part);
    range = product.type === 'configurable' ? configurablePrice(parts) : groupedPrice(parts);
    // The storefront shows a configurable "as low as" its cheapest child, a grouped product "starting at" its cheapest member.
    if (range) {
      final = range.min;
      regular = range.regular;
    }
  } else if (product.type === 'bundle') {
    const selections = facts.selections;
    const parts = partPrices(facts, facts.children, rules, ctx, req.website);
    const w = product.website;
    const specialValid = own.price.specialValid && w?.specialPrice != null;
    const tier = bundleTierPercent(product, ctx);
    const b = bundlePrice({
      dynamic: product.bundlePriceType !== 'fixed',
      price: new Decimal(w?.price ?? 0),
      specialPercent: specialValid ? new Decimal(w!.specialPrice!) : null,
      tierPercent: tier,
      selections: selections.map((s) => ({ ...s, child: parts.get(s.childId)?.part ?? null })),
    });
    range = { min: b.min, max: b.max, regular: b.regular };
    final = b.min;
    regular = b.regular;
  }
  const w = product.website;
  return {
    sku: product.sku,
    magento_id: product.magentoId,
    type: product.type,
    website: req.website.code,
    website_id: req.website.magentoId,
    customer_group: req.customerGroupId,
    qty: req.qty,
    date: ctx.date,
    currency: w?.currency ?? req.website.baseCurrency,
    listed: listed(product, req.website),
    regular_price: money(regular),
    special_price: w?.specialPrice == null ? null : { price: money(new Decimal(w.specialPrice)), from: w.specialFrom, to: w.specialTo, active: own.price.specialValid },
    tier_prices: product.tiers
      .filter((t) => (t.websiteId === 0 || t.websiteId === ctx.websiteId) && (t.allGroups || t.customerGroupId === ctx.customerGroupId))
      .map((t) => ({
        magento_id: t.magentoId,
        qty: t.qty,
        customer_group: t.allGroups ? 'all' : t.customerGroupId,
        website_id: t.websiteId,
        value: t.percentageValue !== null && new Decimal(t.value).isZero() ? null : t.value,
        percentage_value: t.percentageValue,
        price: money(tierPrice({ price: w?.price ?? null, tiers: [t] }, { ...ctx, qty: t.qty })),
      })),
    rules_applied: own.price.rulesApplied.map((r) => ({ magento_id: r.magentoId, name: r.name, action: r.action, amount: r.amount, price: money(r.price) })),
    final_price: money(final),
    min_price: money(range ? range.min : own.price.final),
    max_price: money(range ? range.max : own.part.max),
    cost: w?.cost ?? null,
    msrp: w?.msrp ?? null,
  };
}

export type PriceQuote = ReturnType<typeof quote>;
