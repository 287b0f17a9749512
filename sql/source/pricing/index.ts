/**
 * Typed names of the pricing context's source queries (sql/source/pricing/*.sql) and the rows they return.
 *
 * Template vars (pipeline/pricing/sql-vars.ts): {{key}} is the product key (entity_id, or row_id in Adobe
 * Commerce); {{rule_key}} the catalog rule's (rule_id, or row_id); {{raw:current}}, {{raw:current_c}},
 * {{raw:current_r}} the "current version" condition on p, c, r (nothing in Open Source); {{raw:tier_join}} LEFT
 * JOIN (Open Source: a tier price of a deleted product is a reject) or JOIN (Commerce: rows of other versions).
 */
import { defineQuery } from '../../query.ts';

export type CountRow = { n: number | string };

export interface PricingWebsiteRow { website_id: number; code: string | null; name: string | null; is_default: number | null; default_store_id: number | null }
export interface PricingStoreRow { store_id: number; website_id: number; root_category_id: number }
export interface ConfigRow { scope: string; scope_id: number; path: string; value: string | null }
export interface RateRow { currency_from: string; currency_to: string; rate: string }
export interface CustomerGroupRow { customer_group_id: number; customer_group_code: string | null }
export interface CategoryPathRow { entity_id: number; path: string }

export interface PricingProductRow { row_key: number; entity_id: number; sku: string | null; type_id: string; attribute_set_id: number; required_options: number }
export interface ValueRow { k: number; attribute_id: number; store_id: number; value: unknown }
export interface ProductWebsiteRow { product_id: number; website_id: number }
export interface ProductCategoryRow { product_id: number; category_id: number }
export interface StockFlagRow { product_id: number; is_in_stock: number; manage_stock: number; use_config_manage_stock: number }
export interface LinkRow { owner: number; child_id: number }
export interface BundleSelectionRow {
  owner: number; selection_id: number; option_id: number; required: number; type: string | null; child_id: number;
  selection_qty: string | null; selection_price_type: number; selection_price_value: string;
}
export interface BundleSelectionPriceRow { owner: number; selection_id: number; website_id: number; selection_price_type: number; selection_price_value: string }

export interface PricingProductChildren {
  websites: ProductWebsiteRow[];
  decimals: ValueRow[];
  datetimes: ValueRow[];
  ints: ValueRow[];
  varchars: ValueRow[];
  texts: ValueRow[];
  categories: ProductCategoryRow[];
  stock: StockFlagRow[];
  superLinks: LinkRow[];
  groupedLinks: LinkRow[];
  bundleSelections: BundleSelectionRow[];
  bundleSelectionPrices: BundleSelectionPriceRow[];
}

export interface TierPriceRow {
  value_id: number; entity_id: number | null; all_groups: number; customer_group_id: number; qty: string; value: string;
  website_id: number; percentage_value: string | null; website_exists: number;
}

export interface CatalogRuleRow {
  row_key: number; rule_id: number; name: string | null; description: string | null; from_date: string | null; to_date: string | null;
  is_active: number; conditions_serialized: string | null; stop_rules_processing: number; sort_order: number; simple_action: string | null;
  discount_amount: string;
}
export interface RuleLinkRow { owner: number; website_id?: number; customer_group_id?: number }

export const websites = defineQuery<PricingWebsiteRow>('source/pricing/websites');
export const websiteKeys = defineQuery<{ website_id: number }>('source/pricing/website-keys');
export const stores = defineQuery<PricingStoreRow>('source/pricing/stores');
export const config = defineQuery<ConfigRow>('source/pricing/config');
export const currencyRates = defineQuery<RateRow>('source/pricing/currency-rates');
export const customerGroups = defineQuery<CustomerGroupRow>('source/pricing/customer-groups');
export const customerGroupIds = defineQuery<{ customer_group_id: number }>('source/pricing/customer-group-ids');
export const customerGroupCount = defineQuery<CountRow>('source/pricing/customer-group-count');
export const categories = defineQuery<CategoryPathRow>('source/pricing/categories');

export const products = defineQuery<PricingProductRow>('source/pricing/products');
export const productCount = defineQuery<CountRow>('source/pricing/product-count');
export const productWebsites = defineQuery<ProductWebsiteRow>('source/pricing/product-websites');
export const productValuesDecimal = defineQuery<ValueRow>('source/pricing/product-values-decimal');
export const productValuesDatetime = defineQuery<ValueRow>('source/pricing/product-values-datetime');
export const productValuesInt = defineQuery<ValueRow>('source/pricing/product-values-int');
export const productValuesVarchar = defineQuery<ValueRow>('source/pricing/product-values-varchar');
export const productValuesText = defineQuery<ValueRow>('source/pricing/product-values-text');
export const productCategories = defineQuery<ProductCategoryRow>('source/pricing/product-categories');
export const productStock = defineQuery<StockFlagRow>('source/pricing/product-stock');
export const productSuperLinks = defineQuery<LinkRow>('source/pricing/product-super-links');
export const productGroupedLinks = defineQuery<LinkRow>('source/pricing/product-grouped-links');
export const productBundleSelections = defineQuery<BundleSelectionRow>('source/pricing/product-bundle-selections');
export const productBundleSelectionPrices = defineQuery<BundleSelectionPriceRow>('source/pricing/product-bundle-selection-prices');

export const tierPrices = defineQuery<TierPriceRow>('source/pricing/tier-prices');
export const tierPriceCount = defineQuery<CountRow>('source/pricing/tier-price-count');

export const catalogRules = defineQuery<CatalogRuleRow>('source/pricing/catalog-rules');
export const catalogRuleCount = defineQuery<CountRow>('source/pricing/catalog-rule-count');
export const catalogRuleAll = defineQuery<{ conditions_serialized: string | null }>('source/pricing/catalog-rule-all');
export const catalogRuleWebsites = defineQuery<RuleLinkRow>('source/pricing/catalog-rule-websites');
export const catalogRuleGroups = defineQuery<RuleLinkRow>('source/pricing/catalog-rule-groups');
