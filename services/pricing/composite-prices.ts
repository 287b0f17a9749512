/**
 * Prices of composite products as Magento shows them, from the prices of their parts (pure):
 *  - configurable (Magento\ConfigurableProduct\Model\ResourceModel\Product\Indexer\Price\Configurable, and its
 *    FinalPrice on the storefront): the lowest and highest final price of its listed children (enabled in the
 *    website, and in stock unless out-of-stock products are shown); "as low as" the lowest;
 *  - grouped (...\GroupedProduct\...\Indexer\Price\Grouped): the lowest and highest of its listed members
 *    (a member with required options counts 0, as the indexer's IF(required_options = 0, ...) does);
 *  - bundle (Magento\Bundle\Model\ResourceModel\Indexer\Price): per selection the child's price (dynamic) or the
 *    selection's fixed or percent price (fixed bundles) times its quantity, the bundle's special price and tier
 *    price taken as percentages; the cheapest selection of each required option summed (or the cheapest single
 *    selection when no option is required), and for the highest the dearest of a select/radio option or the sum
 *    of a checkbox/multi option.
 */
import { Decimal } from 'decimal.js';
import { round4 } from './price-engine.ts';

export interface PartPrice {
  /** The part's final price (with its special, tier and rule prices). */
  final: Decimal;
  /** The highest price it shows (before catalog rules: the index's max_price). */
  max: Decimal;
  regular: Decimal;
  listed: boolean;
  requiredOptions: boolean;
}

export interface RangePrice {
  min: Decimal;
  max: Decimal;
  regular: Decimal;
}

export function configurablePrice(children: readonly PartPrice[]): RangePrice | null {
  const listed = children.filter((c) => c.listed);
  if (listed.length === 0) return null;
  return {
    min: Decimal.min(...listed.map((c) => c.final)),
    max: Decimal.max(...listed.map((c) => c.final)),
    regular: Decimal.min(...listed.map((c) => c.regular)),
  };
}

export function groupedPrice(members: readonly PartPrice[]): RangePrice | null {
  const listed = members.filter((c) => c.listed);
  if (listed.length === 0) return null;
  const zero = new Decimal(0);
  return {
    min: Decimal.min(...listed.map((c) => (c.requiredOptions ? zero : c.final))),
    max: Decimal.max(...listed.map((c) => (c.requiredOptions ? zero : c.max))),
    regular: Decimal.min(...listed.map((c) => c.regular)),
  };
}

export interface BundleSelection {
  optionId: number;
  optionRequired: boolean;
  /** select, radio, checkbox, multi */
  optionType: string;
  qty: string;
  /** Fixed bundles: 'fixed' or 'percent' of the bundle's price; dynamic bundles use the child's price. */
  priceType: 'fixed' | 'percent';
  priceValue: string;
  child: PartPrice | null;
}

export interface BundleInput {
  dynamic: boolean;
  /** Fixed bundles: the bundle's own price (0 when absent). */
  price: Decimal;
  /** The bundle's special price (a percentage) when valid on the date. */
  specialPercent: Decimal | null;
  /** The bundle's tier price for the group (a percentage discount), qty 1. */
  tierPercent: Decimal | null;
  selections: readonly BundleSelection[];
}

const HUNDRED = new Decimal(100);

/** The bundle's special and tier percentages applied to a price (the indexer's LEAST of both). */
function discounted(price: Decimal, b: BundleInput): Decimal {
  let out = price;
  if (b.specialPercent !== null && b.specialPercent.gt(0) && b.specialPercent.lt(100)) out = Decimal.min(out, round4(price.times(b.specialPercent).div(HUNDRED)));
  if (b.tierPercent !== null) out = Decimal.min(out, round4(new Decimal(1).minus(b.tierPercent.div(HUNDRED)).times(price)));
  return out;
}

export function bundlePrice(b: BundleInput): RangePrice & { own: Decimal } {
  const own = b.dynamic ? new Decimal(0) : discounted(b.price, b);
  const options = new Map<number, { required: boolean; type: string; prices: Decimal[] }>();
  for (const s of b.selections) {
    let unit: Decimal | null;
    if (b.dynamic) unit = s.child && s.child.listed ? s.child.final : null;
    else unit = s.priceType === 'percent' ? round4(own.times(new Decimal(s.priceValue)).div(HUNDRED)) : new Decimal(s.priceValue);
    if (unit === null) continue;
    const price = discounted(unit.times(new Decimal(s.qty)), b);
    const o = options.get(s.optionId) ?? { required: s.optionRequired, type: s.optionType, prices: [] };
    o.prices.push(price);
    options.set(s.optionId, o);
  }
  let min = new Decimal(0);
  let max = new Decimal(0);
  let alt: Decimal | null = null;
  for (const o of options.values()) {
    const cheapest = Decimal.min(...o.prices);
    if (o.required) min = min.plus(cheapest);
    alt = alt === null ? cheapest : Decimal.min(alt, cheapest);
    max = max.plus(o.type === 'select' || o.type === 'radio' ? Decimal.max(...o.prices) : o.prices.reduce((a, x) => a.plus(x), new Decimal(0)));
  }
  if (min.isZero() && alt !== null) min = alt;
  return { own, min: own.plus(min), max: own.plus(max), regular: b.dynamic ? min : b.price };
}
