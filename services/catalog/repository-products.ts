/**
 * A product as one store view shows it (GET /catalog/products/:sku), read from the product tables of
 * migrations 010..014 (services/catalog/PRODUCTS_SCHEMA.md): attribute layers default < website < store,
 * the store's option labels, categories of the store's tree with the store's names, media with the store's
 * labels, children and links by SKU. The reads run in parallel on the pool.
 */
import type { Queryable, StoreView } from './repository.ts';
import { compositeParts, type CompositeParts } from './repository-product-composites.ts';

export interface ProductCategory { id: string; magento_id: number; name: string | null; url_key: string | null; url_path: string | null; position: number }
export interface ProductMedia { magento_id: number; file: string; media_type: string; label: string | null; position: number | null; disabled: boolean; video?: unknown }

export interface ProductView extends Partial<CompositeParts> {
  id: string;
  /** Magento's entity_id, and the store view (code) the answer is for: any answer traces back to Magento. */
  magento_id: number;
  store: string;
  sku: string;
  type: string;
  websites: string[];
  attributes: Record<string, unknown>;
  options: Record<string, string | string[]>;
  categories: ProductCategory[];
  media: ProductMedia[];
  children: string[];
  links: Record<string, string[]>;
}

interface ProductRow { id: string; magento_id: number; sku: string; type: string; attributes: Record<string, unknown> }

/** Magento looks SKUs up case-insensitively (its collation); an exact match wins over a case-folded one. */
async function findProduct(db: Queryable, sku: string, store: StoreView): Promise<ProductRow | null> {
  const { rows } = await db.query<ProductRow>(
    `SELECT p.id, p.magento_id, p.sku, p.type,
            jsonb_strip_nulls(p.attributes || COALESCE(w.attributes, '{}') || COALESCE(s.attributes, '{}')) AS attributes
       FROM product p
       LEFT JOIN product_website_attributes w ON w.product_id = p.id AND w.website_id = $2
       LEFT JOIN product_store_attributes s ON s.product_id = p.id AND s.store_id = $3
      WHERE lower(p.sku) = lower($1)
      ORDER BY (p.sku = $1) DESC, p.magento_id
      LIMIT 1`,
    [sku, store.websiteId, store.id],
  );
  return rows[0] ?? null;
}

/**
 * Labels of the select / multiselect values the product has: the store's label, else the admin one; for
 * attributes whose options a source model gives (status, visibility, tax class...), the label it names.
 */
async function optionLabels(db: Queryable, attributes: Record<string, unknown>, store: StoreView): Promise<Record<string, string | string[]>> {
  const [table, source] = await Promise.all([tableOptionLabels(db, attributes, store), sourceOptionLabels(db, attributes)]);
  return { ...source, ...table };
}

async function sourceOptionLabels(db: Queryable, attributes: Record<string, unknown>): Promise<Record<string, string>> {
  const codes = Object.keys(attributes).filter((k) => typeof attributes[k] === 'number' || typeof attributes[k] === 'string');
  if (codes.length === 0) return {};
  const { rows } = await db.query<{ code: string; value: string; label: string }>(
    `SELECT a.code, so.value, so.label FROM attribute a JOIN attribute_source_option so ON so.attribute_id = a.id
      WHERE a.entity_type = 'product' AND a.code = ANY($1)`,
    [codes],
  );
  const out: Record<string, string> = {};
  for (const r of rows) if (String(attributes[r.code]) === r.value) out[r.code] = r.label;
  return out;
}

async function tableOptionLabels(db: Queryable, attributes: Record<string, unknown>, store: StoreView): Promise<Record<string, string | string[]>> {
  const codes = Object.keys(attributes).filter((k) => typeof attributes[k] === 'number' || Array.isArray(attributes[k]));
  if (codes.length === 0) return {};
  const { rows } = await db.query<{ code: string; frontend_input: string; option_id: number; label: string | null }>(
    `SELECT a.code, a.frontend_input, o.magento_id AS option_id, COALESCE(l.label, o.label) AS label
       FROM attribute a
       JOIN attribute_option o ON o.attribute_id = a.id
       LEFT JOIN attribute_option_label l ON l.option_id = o.id AND l.store_id = $2
      WHERE a.entity_type = 'product' AND a.code = ANY($1) AND a.frontend_input IN ('select', 'multiselect')`,
    [codes, store.id],
  );
  const labels = new Map<string, Map<number, string | null>>();
  const inputs = new Map<string, string>();
  for (const r of rows) {
    inputs.set(r.code, r.frontend_input);
    let m = labels.get(r.code);
    if (!m) labels.set(r.code, (m = new Map()));
    m.set(r.option_id, r.label);
  }
  const out: Record<string, string | string[]> = {};
  for (const code of codes) {
    const m = labels.get(code);
    if (!m) continue;
    const value = attributes[code];
    const ids = Array.isArray(value) ? (value as number[]) : [value as number];
    // An option id with no option row (deleted option) or no label has nothing to show.
    const found = ids.map((id) => m.get(id)).filter((l): l is string => typeof l === 'string');
    if (inputs.get(code) === 'multiselect' || Array.isArray(value)) out[code] = found;
    else if (found.length) out[code] = found[0];
  }
  return out;
}

async function websitesOf(db: Queryable, productId: string): Promise<string[]> {
  const { rows } = await db.query<{ code: string }>(
    'SELECT w.code FROM product_website pw JOIN website w ON w.id = pw.website_id WHERE pw.product_id = $1 ORDER BY w.sort_order, w.magento_id',
    [productId],
  );
  return rows.map((r) => r.code);
}

/** The product's categories inside the store view's tree, with the store's names. */
async function categoriesOf(db: Queryable, productId: string, store: StoreView): Promise<ProductCategory[]> {
  const { rows } = await db.query<ProductCategory>(
    `SELECT c.id, c.magento_id, cs.name, cs.url_key, cs.url_path, pc.position
       FROM product_category pc
       JOIN category c ON c.id = pc.category_id
       JOIN category root ON root.id = $3
       LEFT JOIN category_store cs ON cs.category_id = c.id AND cs.store_id = $2
      WHERE pc.product_id = $1 AND (c.path = root.path OR c.path LIKE root.path || '/%')
      ORDER BY c.path COLLATE "C", c.magento_id`,
    [productId, store.id, store.rootCategoryId],
  );
  return rows;
}

/** Gallery entries with the store's label, position and disabled flag where it has its own (Magento: IFNULL(store, default)). */
async function mediaOf(db: Queryable, productId: string, store: StoreView): Promise<ProductMedia[]> {
  const { rows } = await db.query<ProductMedia & { video: unknown }>(
    `SELECT m.magento_value_id AS magento_id, m.file, m.media_type, COALESCE(ms.label, m.label) AS label, COALESCE(ms.position, m.position) AS position,
            COALESCE(ms.disabled, m.disabled) AS disabled, COALESCE(ms.video, m.video) AS video
       FROM product_media m
       LEFT JOIN product_media_store ms ON ms.product_id = m.product_id AND ms.media_id = m.media_id AND ms.store_id = $2
      WHERE m.product_id = $1
      ORDER BY COALESCE(ms.position, m.position) NULLS LAST, m.magento_value_id`,
    [productId, store.id],
  );
  return rows.map(({ video, ...m }) => (video === null ? m : { ...m, video }));
}

/** related / upsell / crosssell (and any other link type by its code): SKUs by position. */
async function linksOf(db: Queryable, productId: string): Promise<Record<string, string[]>> {
  const { rows } = await db.query<{ type: string; sku: string }>(
    `SELECT l.type, p.sku FROM product_link l JOIN product p ON p.id = l.linked_product_id
      WHERE l.product_id = $1 ORDER BY l.type, l.position NULLS LAST, p.sku COLLATE "C"`,
    [productId],
  );
  const links: Record<string, string[]> = { related: [], upsell: [], crosssell: [] };
  for (const r of rows) (links[r.type] ??= []).push(r.sku);
  return links;
}

/** Configurable children, grouped items and bundle selections, each SKU once, in the parent's order. */
async function childrenOf(db: Queryable, productId: string): Promise<string[]> {
  const { rows } = await db.query<{ sku: string }>(
    `SELECT sku FROM (
       SELECT p.sku, 1 AS kind, 0 AS pos1, 0 AS pos2 FROM product_configurable_child c JOIN product p ON p.id = c.child_id WHERE c.parent_id = $1
       UNION ALL
       SELECT p.sku, 2, COALESCE(g.position, 0), 0 FROM product_grouped_item g JOIN product p ON p.id = g.child_id WHERE g.parent_id = $1
       UNION ALL
       SELECT p.sku, 3, o.position, s.position FROM product_bundle_selection s JOIN product_bundle_option o ON o.id = s.option_id
         JOIN product p ON p.id = s.child_id WHERE s.parent_id = $1
     ) x ORDER BY kind, pos1, pos2, sku`,
    [productId],
  );
  return [...new Set(rows.map((r) => r.sku))];
}

export async function productView(db: Queryable, sku: string, store: StoreView): Promise<ProductView | null> {
  const p = await findProduct(db, sku, store);
  if (!p) return null;
  const [options, websites, categories, media, children, links, composite] = await Promise.all([
    optionLabels(db, p.attributes, store),
    websitesOf(db, p.id),
    store.rootCategoryId ? categoriesOf(db, p.id, store) : Promise.resolve([]),
    mediaOf(db, p.id, store),
    childrenOf(db, p.id),
    linksOf(db, p.id),
    compositeParts(db, p.id, p.type, store),
  ]);
  return { id: p.id, magento_id: p.magento_id, store: store.code, sku: p.sku, type: p.type, websites, attributes: p.attributes, options, categories, media, children, links, ...composite };
}
