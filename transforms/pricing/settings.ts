/**
 * The store configuration prices depend on, resolved like Magento's ScopeConfig: the store view's row, else
 * its website's, else the default row, else the value Magento ships in its config.xml files. Pure.
 *
 *  - catalog/price/scope (Magento\Catalog\etc\config.xml: 0 global; 1 website): with website scope a website may
 *    have its own base currency, and price attributes take their website's value (their is_global follows the
 *    setting: Magento\Catalog\Observer\SwitchPriceAttributeScopeOnConfigChange);
 *  - currency/options/base (Magento\Directory: USD), general/locale/timezone (America/Los_Angeles), read at the
 *    website's default store view, as the price indexer's website date is (AbstractAction::_prepareWebsiteDateTable);
 *  - cataloginventory/options/show_out_of_stock (0) and cataloginventory/item_options/manage_stock (1), default scope.
 */
import { entityUuid } from '../../core/ids.ts';
import type { ConfigRow, PricingStoreRow, PricingWebsiteRow, RateRow } from '../../sql/source/pricing/index.ts';

export const SHIPPED_DEFAULTS: Readonly<Record<string, string>> = {
  'catalog/price/scope': '0',
  'currency/options/base': 'USD',
  'general/locale/timezone': 'America/Los_Angeles',
  'cataloginventory/options/show_out_of_stock': '0',
  'cataloginventory/item_options/manage_stock': '1',
};

export interface ScopedConfig {
  /** The value at a store view (store -> website -> default -> shipped). */
  store(path: string, storeId: number, websiteId: number): string;
  website(path: string, websiteId: number): string;
  default(path: string): string;
}

export function scopedConfig(rows: readonly ConfigRow[]): ScopedConfig {
  const at = new Map<string, string | null>();
  for (const r of rows) at.set(`${r.scope}/${Number(r.scope_id)}/${r.path}`, r.value);
  const pick = (keys: string[], path: string): string => {
    for (const k of keys) {
      const v = at.get(k);
      if (v !== undefined && v !== null) return v;
    }
    return SHIPPED_DEFAULTS[path] ?? '';
  };
  return {
    store: (path, storeId, websiteId) => pick([`stores/${storeId}/${path}`, `websites/${websiteId}/${path}`, `default/0/${path}`], path),
    website: (path, websiteId) => pick([`websites/${websiteId}/${path}`, `default/0/${path}`], path),
    default: (path) => pick([`default/0/${path}`], path),
  };
}

export interface PricingWebsite {
  id: string;
  magentoId: number;
  code: string;
  name: string | null;
  isDefault: boolean;
  defaultStoreId: number | null;
  baseCurrency: string;
  timezone: string;
  rate: string;
  priceScope: 'global' | 'website';
  showOutOfStock: boolean;
}

export interface PricingSettings {
  websites: PricingWebsite[];
  /** Global base currency. */
  baseCurrency: string;
  priceScope: 'global' | 'website';
  manageStock: boolean;
  showOutOfStock: boolean;
  /** website_id -> its default store view (null: a website without one). */
  defaultStoreOf: Map<number, number | null>;
  stores: PricingStoreRow[];
}

const truthy = (v: string): boolean => v.trim() !== '' && v.trim() !== '0';

export function buildPricingSettings(websites: readonly PricingWebsiteRow[], stores: readonly PricingStoreRow[], config: readonly ConfigRow[], rates: readonly RateRow[]): PricingSettings {
  const cfg = scopedConfig(config);
  // Magento\Store\Model\Store::PRICE_SCOPE_WEBSITE = 1
  const priceScope = cfg.default('catalog/price/scope').trim() === '1' ? 'website' : 'global';
  const baseCurrency = cfg.default('currency/options/base');
  const showOutOfStock = truthy(cfg.default('cataloginventory/options/show_out_of_stock'));
  const rateOf = new Map(rates.map((r) => [`${r.currency_from}/${r.currency_to}`, r.rate]));
  const out: PricingWebsite[] = websites.map((w) => {
    const websiteId = Number(w.website_id);
    const storeId = w.default_store_id === null ? null : Number(w.default_store_id);
    // Magento\Store\Model\Store::getBaseCurrencyCode: the website's own only with website price scope.
    const currency = priceScope === 'website' ? cfg.website('currency/options/base', websiteId) : baseCurrency;
    const timezone = storeId === null ? cfg.website('general/locale/timezone', websiteId) : cfg.store('general/locale/timezone', storeId, websiteId);
    const rate = currency === baseCurrency ? '1' : (rateOf.get(`${baseCurrency}/${currency}`) ?? '1');
    return {
      id: entityUuid('website', websiteId),
      magentoId: websiteId,
      code: w.code ?? `website_${websiteId}`,
      name: w.name,
      isDefault: Number(w.is_default ?? 0) === 1,
      defaultStoreId: storeId,
      baseCurrency: currency,
      timezone,
      rate: Number(rate) > 0 ? String(rate) : '1',
      priceScope,
      showOutOfStock,
    };
  });
  return {
    websites: out,
    baseCurrency,
    priceScope,
    manageStock: truthy(cfg.default('cataloginventory/item_options/manage_stock')),
    showOutOfStock,
    defaultStoreOf: new Map(out.map((w) => [w.magentoId, w.defaultStoreId])),
    stores: [...stores],
  };
}
