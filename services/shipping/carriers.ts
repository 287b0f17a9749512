/**
 * The offline carriers as Magento computes them, over the settings of one website (defaults of
 * Magento/OfflineShipping/etc/config.xml, then the default scope, then the website's). Pure.
 *
 *   Magento\OfflineShipping\Model\Carrier\Tablerate::collectRates     (the table lookup: lookup.ts)
 *   Magento\OfflineShipping\Model\Carrier\Flatrate::collectRates + Flatrate\ItemPriceCalculator
 *   Magento\OfflineShipping\Model\Carrier\Freeshipping::collectRates
 *   Magento\Shipping\Model\Carrier\AbstractCarrier::checkAvailableShipCountries, getFinalPriceWithHandlingFee
 *
 * A request carries no cart items, so the per-item free-shipping flags of sales rules (free boxes, free
 * quantities) and the virtual-item exclusions are zero: the package is what the request says.
 */
import { Decimal } from 'decimal.js';

/** Magento/OfflineShipping/etc/config.xml <default><carriers> (and Magento/Directory's base currency USD). */
export const CONFIG_DEFAULTS: Readonly<Record<string, string>> = {
  'carriers/flatrate/active': '1',
  'carriers/flatrate/sallowspecific': '0',
  'carriers/flatrate/name': 'Fixed',
  'carriers/flatrate/price': '5.00',
  'carriers/flatrate/title': 'Flat Rate',
  'carriers/flatrate/type': 'I',
  'carriers/flatrate/specificerrmsg': 'This shipping method is not available. To use this shipping method, please contact us.',
  'carriers/flatrate/handling_type': 'F',
  'carriers/tablerate/active': '0',
  'carriers/tablerate/sallowspecific': '0',
  'carriers/tablerate/condition_name': 'package_weight',
  'carriers/tablerate/include_virtual_price': '1',
  'carriers/tablerate/name': 'Table Rate',
  'carriers/tablerate/title': 'Best Way',
  'carriers/tablerate/specificerrmsg': 'This shipping method is not available. To use this shipping method, please contact us.',
  'carriers/tablerate/handling_type': 'F',
  'carriers/freeshipping/active': '0',
  'carriers/freeshipping/sallowspecific': '0',
  'carriers/freeshipping/cutoff_cost': '50',
  'carriers/freeshipping/name': 'Free',
  'carriers/freeshipping/title': 'Free Shipping',
  'carriers/freeshipping/specificerrmsg': 'This shipping method is not available. To use this shipping method, please contact us.',
  'currency/options/base': 'USD',
};

/** The table-rate conditions (Tablerate::getCode('condition_name')) and the request figure each compares. */
export const CONDITIONS = { package_weight: 'weight', package_value_with_discount: 'subtotal', package_qty: 'item_count' } as const;
export type ConditionName = keyof typeof CONDITIONS;

export interface RateRequest {
  country_id: string;
  region_id: number;
  postcode: string | null;
  weight: string;
  subtotal: string;
  item_count: number;
}

export interface RateMethod { carrier: string; carrier_title: string | null; method: string; method_title: string | null; price: string; cost: string }
export interface RateError { carrier: string; carrier_title: string | null; message: string }
export interface TableRow { pk: number; price: string; cost: string; dest_country_id: string; dest_region_id: number; dest_zip: string; condition_value: string }

/** One website's settings: path -> value. */
export type Settings = ReadonlyMap<string, string | null>;

/** ScopeConfig::isSetFlag: a non-empty value other than 'false' (and not '0'). */
const flag = (v: string | null | undefined): boolean => v !== null && v !== undefined && v !== '' && v !== '0' && v.toLowerCase() !== 'false';
const num = (v: string | null | undefined): Decimal => {
  const s = (v ?? '').trim();
  return /^-?\d+(\.\d+)?$/.test(s) ? new Decimal(s) : new Decimal(0); // PHP's (float) of '' or garbage is 0
};

/** Exact text: at least four decimals (Magento's decimal(12,4)), more only when a percentage fee makes them. */
export const money = (d: Decimal): string => (d.decimalPlaces() <= 4 ? d.toFixed(4) : d.toFixed());

export class Carrier {
  readonly code: string;
  private readonly settings: Settings;
  constructor(code: string, settings: Settings) {
    this.code = code;
    this.settings = settings;
  }
  data(field: string): string | null {
    return this.settings.get(`carriers/${this.code}/${field}`) ?? null;
  }
  flag(field: string): boolean {
    return flag(this.data(field));
  }
  get title(): string | null {
    return this.data('title');
  }
  /** AbstractCarrier::checkAvailableShipCountries: null when the carrier may ship there, else false (hidden) or an error. */
  refusesCountry(country: string): false | RateError | null {
    if (this.data('sallowspecific') !== '1') return null;
    const allowed = (this.data('specificcountry') ?? '').split(',').filter((c) => c !== '');
    if (allowed.includes(country)) return null;
    if (this.flag('showmethod')) {
      return { carrier: this.code, carrier_title: this.title, message: this.data('specificerrmsg') || "Sorry, but we can't deliver to the destination country with this shipping module." };
    }
    return false;
  }
  /** AbstractCarrier::getFinalPriceWithHandlingFee with one box (the offline carriers never split packages). */
  withHandlingFee(cost: Decimal): Decimal {
    const fee = num(this.data('handling_fee'));
    const type = this.data('handling_type') || 'F';
    // Per order and per package agree for one box: cost + fee, or cost + cost * fee / 100.
    return type === 'P' ? cost.plus(cost.times(fee).div(100)) : cost.plus(fee);
  }
}

/** The request's figure a table-rate condition compares, rounded as RateQuery::getBindings does (4 places). */
export function conditionValue(name: string, req: RateRequest): Decimal {
  const field = CONDITIONS[name as ConditionName];
  const raw = field === 'item_count' ? new Decimal(req.item_count) : new Decimal(field ? req[field] : 0);
  return raw.toDecimalPlaces(4, Decimal.ROUND_HALF_UP);
}

/** Tablerate::collectRates given the row the lookup found (or none). */
export function tablerateResult(c: Carrier, req: RateRequest, row: TableRow | null): RateMethod | RateError | null {
  if (!c.flag('active')) return null;
  if (row && new Decimal(row.price).gte(0)) {
    // No free quantity without items: the price is 0 only for an empty package (getPackageQty() == $freeQty).
    const price = req.item_count === 0 ? new Decimal(0) : c.withHandlingFee(new Decimal(row.price));
    return { carrier: 'tablerate', carrier_title: c.title, method: 'bestway', method_title: c.data('name'), price: money(price), cost: money(new Decimal(row.cost)) };
  }
  return { carrier: 'tablerate', carrier_title: c.title, message: c.data('specificerrmsg') ?? '' };
}

/** Flatrate::collectRates: per order ('O') the price once, per item ('I') times the quantity, then the fee. */
export function flatrateResult(c: Carrier, req: RateRequest): RateMethod | null {
  if (!c.flag('active')) return null;
  const base = num(c.data('price'));
  const type = c.data('type');
  let price: Decimal;
  if (type === 'O') price = base;
  else if (type === 'I') price = base.times(req.item_count);
  else return null; // neither type: getShippingPrice() stays false, no method
  price = c.withHandlingFee(price);
  if (req.item_count === 0) price = new Decimal(0); // getPackageQty() == $freeBoxes
  return { carrier: 'flatrate', carrier_title: c.title, method: 'flatrate', method_title: c.data('name'), price: money(price), cost: money(price) };
}

/**
 * Freeshipping::collectRates: offered when the package value reaches free_shipping_subtotal. PHP compares a
 * number with an unset threshold (null) as booleans: always true, so an active carrier without one is offered.
 */
export function freeshippingResult(c: Carrier, req: RateRequest): RateMethod | null {
  if (!c.flag('active')) return null;
  const threshold = c.data('free_shipping_subtotal');
  const offered = threshold === null || threshold === '' ? true : new Decimal(req.subtotal).gte(num(threshold));
  if (!offered) return null;
  return { carrier: 'freeshipping', carrier_title: c.title, method: 'freeshipping', method_title: c.data('name'), price: '0.0000', cost: '0.0000' };
}
