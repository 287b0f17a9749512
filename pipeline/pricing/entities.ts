/**
 * The pricing context's declared entities: websites (with their price settings), customer groups, products
 * (their prices per website and the facts rules test), tier prices, catalog price rules. Each is read by the
 * generic runner (pipeline/declared-entity.ts) and mapped by transforms/pricing.
 */
import { skuVerdictsOf, SKU_VERDICT_READS } from '../catalog/lookups.ts';
import type { SourceContext } from '../../extractors/source.ts';
import { priceFacts, pricingContract as c } from '../../services/pricing/index.ts';
import * as q from '../../sql/source/pricing/index.ts';
import type { CatalogRuleRow, CustomerGroupRow, PricingProductChildren, PricingProductRow, RuleLinkRow, TierPriceRow } from '../../sql/source/pricing/index.ts';
import { mapCatalogRulePage, type CatalogRuleInput } from '../../transforms/pricing/catalog-rules.ts';
import { DATE_CODES, INT_CODES, mapProductPage, PRICE_CODES, type ProductsInput } from '../../transforms/pricing/products.ts';
import { mapCustomerGroupPage, mapWebsitePage } from '../../transforms/pricing/reference-data.ts';
import type { PricingSettings } from '../../transforms/pricing/settings.ts';
import { mapTierPricePage, type TierPriceInput } from '../../transforms/pricing/tier-prices.ts';
import type { SqlQuery } from '../../sql/query.ts';
import { declaredEntity } from '../declared-entity.ts';
import { columnOf } from '../mapped-columns.ts';
import {
  categoryPathsOf, conditionCodesOf, customerGroupsOf, GROUP_READS, pricingParams, pricingSettingsOf, pricingVars, productAttributesOf, RULE_READS, SETTINGS_READS,
} from './lookups.ts';

const WHOLE = 100_000;

export const pricingWebsites = declaredEntity<{ website_id: number }, PricingSettings, object>('pricing', {
  entity: 'websites',
  page: q.websiteKeys,
  key: { columns: ['w.website_id'], of: (r) => Number(r.website_id) },
  count: async (_src, settings) => settings.websites.length,
  pageSize: WHOLE,
  lookups: SETTINGS_READS,
  prepare: pricingSettingsOf,
  map: (page, settings) => mapWebsitePage(page.rows.map((r) => Number(r.website_id)), settings),
  writes: [c.website],
  primaryTable: 'website',
});

export const pricingCustomerGroups = declaredEntity<CustomerGroupRow, undefined, object>('pricing', {
  entity: 'customer_groups',
  page: q.customerGroups,
  key: { columns: ['g.customer_group_id'], of: (r) => Number(r.customer_group_id) },
  count: q.customerGroupCount,
  pageSize: WHOLE,
  map: (page) => mapCustomerGroupPage(page.rows),
  writes: [c.customer_group],
  primaryTable: 'customer_group',
});

/** Products per batch at most: each yields a row per website, its categories, links and selections. */
const MAX_PRODUCTS_PER_BATCH = 5000;

async function productsInput(src: SourceContext): Promise<ProductsInput> {
  return {
    attrs: await productAttributesOf(src),
    settings: await pricingSettingsOf(src),
    verdicts: await skuVerdictsOf(src),
    categoryPaths: await categoryPathsOf(src),
    conditionCodes: await conditionCodesOf(src),
    staged: src.edition === 'commerce',
  };
}

/** attribute ids per value table: the price attributes, their dates, status/visibility, and what rules test (0: none). */
function attributeParams(ctx: ProductsInput): Record<string, number[]> {
  const out: Record<string, number[]> = { attributes_decimal: [0], attributes_datetime: [0], attributes_int: [0], attributes_varchar: [0], attributes_text: [0] };
  for (const code of [...PRICE_CODES, ...DATE_CODES, ...INT_CODES, ...ctx.conditionCodes]) {
    const a = ctx.attrs.byCode.get(code);
    if (a && a.backendType !== 'static' && !a.backendTable) out[`attributes_${a.backendType}`].push(a.attributeId);
  }
  return out;
}

const range = (query: SqlQuery<unknown>) => ({ query, by: 'range' as const });
const byEntity = (r: PricingProductRow): number => Number(r.entity_id);

export const pricingProducts = declaredEntity<PricingProductRow, ProductsInput, PricingProductChildren>('pricing', {
  entity: 'products',
  page: q.products,
  key: (src) => ({ columns: [src.edition === 'commerce' ? 'p.row_id' : 'p.entity_id'], of: (r) => Number(r.row_key) }),
  count: q.productCount,
  maxBatch: MAX_PRODUCTS_PER_BATCH,
  // Twelve child reads per page, spread over three connections: the server runs them side by side.
  connections: 3,
  children: {
    websites: { query: q.productWebsites, by: byEntity },
    decimals: range(q.productValuesDecimal),
    datetimes: range(q.productValuesDatetime),
    ints: range(q.productValuesInt),
    varchars: range(q.productValuesVarchar),
    texts: range(q.productValuesText),
    categories: { query: q.productCategories, by: byEntity },
    stock: { query: q.productStock, by: byEntity },
    superLinks: range(q.productSuperLinks),
    groupedLinks: range(q.productGroupedLinks),
    bundleSelections: range(q.productBundleSelections),
    bundleSelectionPrices: range(q.productBundleSelectionPrices),
  },
  lookups: [...SETTINGS_READS, ...RULE_READS, ...SKU_VERDICT_READS, q.categories],
  prepare: productsInput,
  params: pricingParams,
  contextParams: (_src, ctx) => attributeParams(ctx),
  vars: pricingVars,
  map: (page, ctx) => mapProductPage(page.rows, page.children, ctx),
  writes: [c.product, c.product_price, c.product_category, c.product_attribute, c.product_link, c.bundle_selection],
  primaryTable: 'product',
  // The read model's documents of the batch's products (their own rows are all in this batch).
  project: (_page, mapped) => [priceFacts.refresh(columnOf(mapped, 'product', 'id'))],
});

async function tierInput(src: SourceContext): Promise<TierPriceInput> {
  const settings = await pricingSettingsOf(src);
  return {
    groups: await customerGroupsOf(src),
    verdicts: await skuVerdictsOf(src),
    currencyOf: new Map([[0, settings.baseCurrency], ...settings.websites.map((w) => [w.magentoId, w.baseCurrency] as [number, string])]),
  };
}

export const pricingTierPrices = declaredEntity<TierPriceRow, TierPriceInput, object>('pricing', {
  entity: 'tier_prices',
  page: q.tierPrices,
  key: { columns: ['t.value_id'], of: (r) => Number(r.value_id) },
  count: q.tierPriceCount,
  lookups: [...SETTINGS_READS, ...GROUP_READS, ...SKU_VERDICT_READS],
  prepare: tierInput,
  params: pricingParams,
  vars: pricingVars,
  map: (page, ctx) => mapTierPricePage(page.rows, ctx),
  writes: [c.tier_price],
  primaryTable: 'tier_price',
  // The documents of the products they price (none yet in a first run: tier prices load before the products).
  project: (_page, mapped) => [priceFacts.refresh(columnOf(mapped, 'tier_price', 'product_id'))],
});

async function ruleInput(src: SourceContext): Promise<CatalogRuleInput> {
  const settings = await pricingSettingsOf(src);
  return { attrs: await productAttributesOf(src), websites: new Set(settings.websites.map((w) => w.magentoId)), groups: await customerGroupsOf(src) };
}

export const pricingCatalogRules = declaredEntity<CatalogRuleRow, CatalogRuleInput, { websites: RuleLinkRow[]; groups: RuleLinkRow[] }>('pricing', {
  entity: 'catalog_rules',
  page: q.catalogRules,
  key: (src) => ({ columns: [pricingVars(src).idents!.rule_key === 'row_id' ? 'r.row_id' : 'r.rule_id'], of: (r) => Number(r.row_key) }),
  count: q.catalogRuleCount,
  children: {
    websites: { query: q.catalogRuleWebsites, by: 'range' },
    groups: { query: q.catalogRuleGroups, by: 'range' },
  },
  lookups: [...SETTINGS_READS, ...GROUP_READS, ...RULE_READS],
  prepare: ruleInput,
  params: pricingParams,
  vars: pricingVars,
  map: (page, ctx) => mapCatalogRulePage(page.rows, page.children, ctx),
  writes: [c.catalog_rule],
  primaryTable: 'catalog_rule',
});
