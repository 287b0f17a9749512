/**
 * Reads of the pricing service: websites, customer groups, the active catalog rules of a website and group,
 * and the price facts of products (their website row, tier prices, categories, rule attributes), a set of
 * products per query so a composite and its parts cost a handful of round trips.
 */
import type { Queryable } from '../kit/index.ts';
import type { CatalogRule, TierPriceRow } from './price-engine.ts';
import type { QuoteFacts } from './price-quote.ts';
import type { RuleCondition } from './rule-conditions.ts';

export interface WebsiteRow {
  magentoId: number;
  code: string;
  baseCurrency: string;
  timezone: string;
  rate: string;
  showOutOfStock: boolean;
}

export async function findWebsite(db: Queryable, code: string | undefined): Promise<WebsiteRow | null> {
  const { rows } = await db.query(
    `SELECT magento_id, code, base_currency, timezone, currency_rate::text AS rate, show_out_of_stock FROM website
      WHERE ($1::text IS NULL AND magento_id > 0) OR code = $1 ORDER BY is_default DESC, magento_id LIMIT 1`,
    [code ?? null],
  );
  const r = rows[0];
  return r ? { magentoId: r.magento_id, code: r.code, baseCurrency: r.base_currency, timezone: r.timezone, rate: r.rate, showOutOfStock: r.show_out_of_stock } : null;
}

export async function customerGroupExists(db: Queryable, id: number): Promise<boolean> {
  const { rows } = await db.query('SELECT 1 FROM customer_group WHERE magento_id = $1', [id]);
  return rows.length > 0;
}

/** The catalog_rule columns a rule is read with (toRule). */
export const RULE_COLUMNS = `magento_id, name, sort_order, stop_rules_processing, simple_action, discount_amount::text AS amount,
            to_char(from_date, 'YYYY-MM-DD') AS from_date, to_char(to_date, 'YYYY-MM-DD') AS to_date, website_ids, customer_group_ids, conditions`;

/** Rules Magento would index for the website and group: active, and understood (evaluable). */
export async function activeRules(db: Queryable, websiteId: number, groupId: number): Promise<CatalogRule[]> {
  const { rows } = await db.query(
    `SELECT ${RULE_COLUMNS}
       FROM catalog_rule WHERE is_active AND evaluable AND $1 = ANY (website_ids) AND $2 = ANY (customer_group_ids)`,
    [websiteId, groupId],
  );
  return rows.map(toRule);
}

/** A catalog_rule row (columns as activeRules selects them) as the engine takes it. */
export function toRule(r: Record<string, any>): CatalogRule {
  return {
    magentoId: r.magento_id,
    name: r.name ?? '',
    sortOrder: r.sort_order,
    stop: r.stop_rules_processing,
    action: r.simple_action,
    amount: r.amount,
    fromDate: r.from_date,
    toDate: r.to_date,
    websiteIds: r.website_ids,
    customerGroupIds: r.customer_group_ids,
    conditions: r.conditions as RuleCondition | null,
  };
}

export interface ProductRecord {
  id: string;
  magentoId: number;
  sku: string;
  type: string;
  attributeSetId: number;
  requiredOptions: boolean;
  bundlePriceType: 'dynamic' | 'fixed' | null;
  inStock: boolean;
  /** Its row in the website (null: not assigned to it). */
  website: {
    currency: string;
    enabled: boolean;
    price: string | null;
    specialPrice: string | null;
    specialFrom: string | null;
    specialTo: string | null;
    cost: string | null;
    msrp: string | null;
  } | null;
  tiers: TierPriceRow[];
  categoryIds: number[];
  attributes: Record<string, string>;
}

const PRODUCT_SQL = `
  SELECT p.id, p.magento_id, p.sku, p.type, p.attribute_set_id, p.required_options, p.bundle_price_type, p.in_stock,
         pp.currency, pp.enabled, pp.price::text AS price, pp.special_price::text AS special_price,
         to_char(pp.special_from_date, 'YYYY-MM-DD') AS special_from, to_char(pp.special_to_date, 'YYYY-MM-DD') AS special_to,
         pp.cost::text AS cost, pp.msrp::text AS msrp,
         (SELECT coalesce(array_agg(c.category_id ORDER BY c.category_id), '{}') FROM product_category c WHERE c.product_id = p.id) AS category_ids,
         (SELECT coalesce(jsonb_object_agg(a.attribute_code, a.value), '{}') FROM product_attribute a WHERE a.product_id = p.id AND a.website_id = $2) AS attributes,
         (SELECT coalesce(jsonb_agg(jsonb_build_object('magentoId', t.magento_id, 'websiteId', t.website_id, 'allGroups', t.all_groups,
                 'customerGroupId', t.customer_group_id, 'qty', t.qty::text, 'value', t.value::text, 'percentageValue', t.percentage_value::text)
                 ORDER BY t.qty, t.magento_id), '[]')
            FROM tier_price t WHERE t.product_id = p.id AND t.website_id IN (0, $2)) AS tiers
    FROM product p LEFT JOIN product_price pp ON pp.product_id = p.id AND pp.website_id = $2`;

function toRecord(r: Record<string, any>): ProductRecord {
  return {
    id: r.id,
    magentoId: r.magento_id,
    sku: r.sku,
    type: r.type,
    attributeSetId: r.attribute_set_id,
    requiredOptions: r.required_options,
    bundlePriceType: r.bundle_price_type,
    inStock: r.in_stock,
    website: r.currency === null
      ? null
      : { currency: r.currency, enabled: r.enabled, price: r.price, specialPrice: r.special_price, specialFrom: r.special_from, specialTo: r.special_to, cost: r.cost, msrp: r.msrp },
    tiers: r.tiers,
    categoryIds: r.category_ids,
    attributes: r.attributes,
  };
}

export async function productBySku(db: Queryable, sku: string, websiteId: number): Promise<ProductRecord | null> {
  const { rows } = await db.query(`${PRODUCT_SQL} WHERE p.sku = $1`, [sku, websiteId]);
  return rows[0] ? toRecord(rows[0]) : null;
}

export async function productsById(db: Queryable, ids: readonly string[], websiteId: number): Promise<ProductRecord[]> {
  if (ids.length === 0) return [];
  const { rows } = await db.query(`${PRODUCT_SQL} WHERE p.id = ANY ($1::uuid[]) ORDER BY p.magento_id`, [ids, websiteId]);
  return rows.map(toRecord);
}

/** child id -> the configurable parents it belongs to. */
export async function configurableParents(db: Queryable, childIds: readonly string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (childIds.length === 0) return out;
  const { rows } = await db.query(
    "SELECT child_id, parent_id FROM product_link WHERE kind = 'configurable' AND child_id = ANY ($1::uuid[]) ORDER BY parent_magento_id",
    [childIds],
  );
  for (const r of rows) out.set(r.child_id, [...(out.get(r.child_id) ?? []), r.parent_id]);
  return out;
}

export async function linkedChildren(db: Queryable, parentId: string, kind: 'configurable' | 'grouped'): Promise<string[]> {
  const { rows } = await db.query('SELECT child_id FROM product_link WHERE parent_id = $1 AND kind = $2 ORDER BY child_magento_id', [parentId, kind]);
  return rows.map((r) => r.child_id);
}

export interface BundleSelectionRow {
  magentoId: number;
  optionId: number;
  optionRequired: boolean;
  optionType: string;
  childId: string;
  qty: string;
  priceType: 'fixed' | 'percent';
  priceValue: string;
}

/** The bundle's selections, with the website's selection prices where it has its own. */
export async function bundleSelections(db: Queryable, parentId: string, websiteId: number): Promise<BundleSelectionRow[]> {
  const { rows } = await db.query(
    `SELECT DISTINCT ON (magento_id) magento_id, option_id, option_required, option_type, child_id, qty::text AS qty, price_type, price_value::text AS price_value
       FROM bundle_selection WHERE parent_id = $1 AND website_id IN (0, $2) ORDER BY magento_id, website_id DESC`,
    [parentId, websiteId],
  );
  return rows.map((r) => ({
    magentoId: r.magento_id, optionId: r.option_id, optionRequired: r.option_required, optionType: r.option_type,
    childId: r.child_id, qty: r.qty, priceType: r.price_type, priceValue: r.price_value,
  }));
}

/**
 * A quote's facts assembled row by row (what GET /pricing/prices read before the read model): the product's
 * parts and the configurable parents of each, a handful of queries. Kept as the reference the read model
 * (read-model.ts) is compared with in the suite.
 */
export async function assembleQuoteFacts(db: Queryable, product: ProductRecord, websiteId: number): Promise<QuoteFacts> {
  let children: ProductRecord[] = [];
  let selections: BundleSelectionRow[] = [];
  if (product.type === 'configurable' || product.type === 'grouped') {
    children = await productsById(db, await linkedChildren(db, product.id, product.type), websiteId);
  } else if (product.type === 'bundle') {
    selections = await bundleSelections(db, product.id, websiteId);
    children = await productsById(db, [...new Set(selections.map((s) => s.childId))], websiteId);
  }
  const parentIds = await configurableParents(db, [product.id, ...children.map((c) => c.id)]);
  const records = new Map((await productsById(db, [...new Set([...parentIds.values()].flat())], websiteId)).map((p) => [p.id, p]));
  const parents = new Map<string, ProductRecord[]>();
  for (const [child, ids] of parentIds) parents.set(child, ids.map((id) => records.get(id)!).filter(Boolean));
  return { product, children, selections, parents };
}
