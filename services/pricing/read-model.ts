/**
 * The pricing read model (migrations/002_price_facts.sql): one jsonb document of facts per product, kept in
 * step by the import (these statements run in the transaction of each batch whose rows they derive from).
 * A quote reads, in one prepared query: the website, whether the customer group exists, the website's and
 * group's active rules, the product's facts, its parts (children, members, bundle selections) and the
 * configurable parents of each. What depends on the request (date, quantity, group) is computed by the
 * pure quote (price-quote.ts).
 */
import type { Statement } from '../../core/batch.ts';
import type { Queryable } from '../kit/index.ts';
import type { TierPriceRow } from './price-engine.ts';
import type { QuoteFacts } from './price-quote.ts';
import { RULE_COLUMNS, toRule, type BundleSelectionRow, type ProductRecord, type WebsiteRow } from './repository.ts';
import type { CatalogRule } from './price-engine.ts';

export const priceFacts = {
  /** The documents of these products (product UUIDs). */
  refresh: (productIds: readonly string[]): Statement => ({ text: 'SELECT refresh_price_facts($1::uuid[])', values: [[...new Set(productIds)]] }),
};

/** A product's stored facts: every website's rows; facts() picks one website's. */
interface StoredFacts {
  id: string;
  magentoId: number;
  sku: string;
  type: string;
  attributeSetId: number;
  requiredOptions: boolean;
  bundlePriceType: 'dynamic' | 'fixed' | null;
  inStock: boolean;
  websites: Record<string, ProductRecord['website']>;
  tiers: TierPriceRow[];
  categoryIds: number[];
  attributes: Record<string, Record<string, string>>;
}

/** The product as one website sees it (what repository.ts's PRODUCT_SQL reads for that website). */
export function recordOf(f: StoredFacts, websiteId: number): ProductRecord {
  const w = String(websiteId);
  return {
    id: f.id,
    magentoId: f.magentoId,
    sku: f.sku,
    type: f.type,
    attributeSetId: f.attributeSetId,
    requiredOptions: f.requiredOptions,
    bundlePriceType: f.bundlePriceType,
    inStock: f.inStock,
    website: f.websites[w] ?? null,
    tiers: f.tiers.filter((t) => t.websiteId === 0 || t.websiteId === websiteId),
    categoryIds: f.categoryIds,
    attributes: f.attributes[w] ?? {},
  };
}

const QUOTE_SQL = `
WITH w AS (
  SELECT magento_id, code, base_currency, timezone, currency_rate::text AS rate, show_out_of_stock FROM website
   WHERE ($1::text IS NULL AND magento_id > 0) OR code = $1 ORDER BY is_default DESC, magento_id LIMIT 1
), me AS (
  SELECT f.product_id AS id, f.facts->>'type' AS type, f.facts FROM price_facts f WHERE f.sku = $3
), sel AS (
  SELECT DISTINCT ON (b.magento_id) b.magento_id, b.option_id, b.option_required, b.option_type, b.child_id, b.qty::text AS qty, b.price_type, b.price_value::text AS price_value
    FROM me JOIN bundle_selection b ON b.parent_id = me.id CROSS JOIN w
   WHERE me.type = 'bundle' AND b.website_id IN (0, w.magento_id) ORDER BY b.magento_id, b.website_id DESC
), linked AS (
  SELECT l.child_id, l.child_magento_id FROM me JOIN product_link l ON l.parent_id = me.id AND l.kind = me.type
), kids AS (
  SELECT child_id AS id FROM linked UNION SELECT child_id FROM sel
), ups AS (
  -- = ANY (ARRAY(...)): by the child index whatever the planner's statistics say (a fresh load has none).
  SELECT l.child_id, l.parent_id, l.parent_magento_id FROM product_link l
   WHERE l.child_id = ANY (ARRAY(SELECT id FROM me UNION ALL SELECT id FROM kids)) AND l.kind = 'configurable'
)
SELECT (SELECT to_jsonb(w) FROM w) AS website,
       EXISTS (SELECT 1 FROM customer_group WHERE magento_id = $2) AS group_exists,
       (SELECT coalesce(jsonb_agg(to_jsonb(r)), '[]') FROM (
          SELECT ${RULE_COLUMNS} FROM catalog_rule
           WHERE is_active AND evaluable AND (SELECT magento_id FROM w) = ANY (website_ids) AND $2 = ANY (customer_group_ids)) r) AS rules,
       (SELECT facts FROM me) AS product,
       (SELECT coalesce(jsonb_agg(child_id ORDER BY child_magento_id), '[]') FROM linked) AS linked,
       (SELECT coalesce(jsonb_agg(to_jsonb(sel) ORDER BY magento_id), '[]') FROM sel) AS selections,
       (SELECT coalesce(jsonb_agg(jsonb_build_array(child_id, parent_id) ORDER BY parent_magento_id), '[]') FROM ups) AS ups,
       (SELECT coalesce(jsonb_agg(f.facts), '[]') FROM price_facts f
         WHERE f.product_id IN (SELECT id FROM kids UNION SELECT parent_id FROM ups)) AS parts`;

export type QuoteRead =
  | { found: 'no-website' }
  | { found: 'no-group'; website: WebsiteRow }
  | { found: 'no-product'; website: WebsiteRow }
  | { found: 'product'; website: WebsiteRow; rules: CatalogRule[]; facts: QuoteFacts };

/** Everything GET /pricing/prices/{sku} needs, in one round trip (website code null: the default website). */
export async function readQuote(db: Queryable, sku: string, websiteCode: string | null, groupId: number): Promise<QuoteRead> {
  const { rows } = await db.query({ name: 'pricing-quote', text: QUOTE_SQL, values: [websiteCode, groupId, sku] });
  const r = rows[0];
  if (!r.website) return { found: 'no-website' };
  const website: WebsiteRow = {
    magentoId: r.website.magento_id, code: r.website.code, baseCurrency: r.website.base_currency, timezone: r.website.timezone,
    rate: r.website.rate, showOutOfStock: r.website.show_out_of_stock,
  };
  if (!r.group_exists) return { found: 'no-group', website };
  if (!r.product) return { found: 'no-product', website };
  const wid = website.magentoId;
  const parts = new Map<string, ProductRecord>((r.parts as StoredFacts[]).map((f) => [f.id, recordOf(f, wid)]));
  const record = (id: string): ProductRecord | undefined => parts.get(id);
  const selections: BundleSelectionRow[] = (r.selections as Array<Record<string, any>>).map((s) => ({
    magentoId: s.magento_id, optionId: s.option_id, optionRequired: s.option_required, optionType: s.option_type,
    childId: s.child_id, qty: s.qty, priceType: s.price_type, priceValue: s.price_value,
  }));
  const childIds: string[] = r.product.type === 'bundle' ? [...new Set(selections.map((s) => s.childId))] : r.linked;
  // As the assembly reads them: the parts that exist, in magento_id order.
  const children = childIds.map(record).filter((c): c is ProductRecord => c !== undefined).sort((a, b) => a.magentoId - b.magentoId);
  const parents = new Map<string, ProductRecord[]>();
  for (const [child, parent] of r.ups as Array<[string, string]>) {
    const p = record(parent);
    const list = parents.get(child) ?? [];
    if (p) list.push(p);
    parents.set(child, list);
  }
  return { found: 'product', website, rules: (r.rules as Array<Record<string, any>>).map(toRule), facts: { product: recordOf(r.product, wid), children, selections, parents } };
}
