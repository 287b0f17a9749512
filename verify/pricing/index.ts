/**
 * The pricing context's verification: every SKU per website (a price scope each), the price, special price
 * and cost sums per website and currency, on a sample each website's prices by verify's own scope resolution
 * (prices.ts); tier prices (their key, sums per website, fields), catalog rules, customer groups, websites.
 */
import * as q from '../../sql/verify/pricing/index.ts';
import { tableVerifier } from '../table.ts';
import type { ContextVerify } from '../types.ts';
import { priceSums, resolvedPrices } from './prices.ts';

const str = (v: unknown): string => (v === null || v === undefined ? '' : String(v));

const websites = tableVerifier({
  entity: 'websites',
  sourceKeys: q.websitesKeys,
  targetKeys: q.targetWebsitesKeys,
  keySets: [{ name: 'website code', key: (r) => str(r.code) }],
  label: (r) => `website=${str(r.code)}`,
});

const groups = tableVerifier({
  entity: 'customer_groups',
  sourceKeys: q.groupsKeys,
  targetKeys: q.targetGroupsKeys,
  keySets: [{ name: 'group id: code', key: (r) => `${str(r.id)}: ${str(r.code)}` }],
  label: (r) => `customer_group_id=${str(r.id)}`,
});

const products = tableVerifier({
  entity: 'products',
  sourceKeys: q.productsKeys,
  targetKeys: q.targetProductsKeys,
  keySets: [
    { name: 'sku', key: (r) => (r.sku === null || String(r.sku).trim() === '' ? null : str(r.sku)) },
    { name: 'sku per website (price scope)', key: (r) => (r.sku === null || String(r.sku).trim() === '' ? null : `${str(r.sku)}@${str(r.website)}`), source: q.productWebsites, target: q.targetProductWebsites },
  ],
  label: (r) => `sku=${str(r.sku)}`,
  measures: [{ source: priceSums, target: q.targetPriceSums }],
  fields: [{ source: resolvedPrices, target: q.targetPriceFields }],
  sampleFrom: 'product',
});

const tierPrices = tableVerifier({
  entity: 'tier_prices',
  sourceKeys: q.tierPricesKeys,
  targetKeys: q.targetTierPricesKeys,
  keySets: [{ name: 'sku/website/group/qty', key: (r) => `${str(r.sku)}/${str(r.website_id)}/${Number(r.all_groups) ? 'all' : str(r.customer_group_id)}/${Number(r.qty)}` }],
  label: (r) => `value_id=${str(r.id)},sku=${str(r.sku)}`,
  measures: [{ source: q.tierPricesSums, target: q.targetTierPricesSums }],
  fields: [{ source: q.tierPriceFields, target: q.targetTierPriceFields }],
  sampleFrom: 'tier_price',
});

const catalogRules = tableVerifier({
  entity: 'catalog_rules',
  sourceKeys: q.catalogRulesKeys,
  targetKeys: q.targetCatalogRulesKeys,
  keySets: [{ name: 'rule id: name', key: (r) => `${str(r.id)}: ${str(r.name)}` }],
  label: (r) => `rule_id=${str(r.id)}`,
  fields: [{ source: q.catalogRuleFields, target: q.targetCatalogRuleFields }],
  sampleFrom: 'catalog_rule',
});

export const pricingVerify: ContextVerify = { entities: [websites, groups, products, tierPrices, catalogRules] };
