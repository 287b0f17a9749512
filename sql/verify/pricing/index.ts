/**
 * Typed names of `verify`'s pricing queries: its own reading of Magento's price values, tier prices and
 * catalog rules (MySQL) and of the pricing service's database (target-*, Postgres). Nothing here is shared with
 * sql/source/pricing.
 */
import { defineQuery } from '../../query.ts';

export const catalogRuleFields = defineQuery('verify/pricing/catalog-rule-fields');
export const catalogRulesKeys = defineQuery('verify/pricing/catalog-rules-keys');
export const groupsKeys = defineQuery('verify/pricing/groups-keys');
export const priceValues = defineQuery('verify/pricing/price-values');
export const productWebsiteIds = defineQuery('verify/pricing/product-website-ids');
export const productWebsites = defineQuery('verify/pricing/product-websites');
export const productsKeys = defineQuery('verify/pricing/products-keys');
export const targetCatalogRuleFields = defineQuery('verify/pricing/target-catalog-rule-fields');
export const targetCatalogRulesKeys = defineQuery('verify/pricing/target-catalog-rules-keys');
export const targetGroupsKeys = defineQuery('verify/pricing/target-groups-keys');
export const targetPriceFields = defineQuery('verify/pricing/target-price-fields');
export const targetPriceSums = defineQuery('verify/pricing/target-price-sums');
export const targetProductWebsites = defineQuery('verify/pricing/target-product-websites');
export const targetProductsKeys = defineQuery('verify/pricing/target-products-keys');
export const targetTierPriceFields = defineQuery('verify/pricing/target-tier-price-fields');
export const targetTierPricesKeys = defineQuery('verify/pricing/target-tier-prices-keys');
export const targetTierPricesSums = defineQuery('verify/pricing/target-tier-prices-sums');
export const targetWebsitesKeys = defineQuery('verify/pricing/target-websites-keys');
export const tierPriceFields = defineQuery('verify/pricing/tier-price-fields');
export const tierPricesKeys = defineQuery('verify/pricing/tier-prices-keys');
export const tierPricesSums = defineQuery('verify/pricing/tier-prices-sums');
export const websites = defineQuery('verify/pricing/websites');
export const websitesKeys = defineQuery('verify/pricing/websites-keys');
