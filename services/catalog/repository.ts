/**
 * Reads of the catalog service's database for its HTTP routes: store views and the category tree.
 * Products: repository-products.ts.
 */
import type { Queryable } from '../kit/index.ts';

export type { Queryable } from '../kit/index.ts';

export interface StoreView {
  id: string;
  code: string;
  name: string;
  websiteId: string;
  websiteCode: string;
  locale: string;
  baseCurrency: string;
  rootCategoryId: string | null;
  isActive: boolean;
}

export async function findStoreByCode(db: Queryable, code: string): Promise<StoreView | null> {
  const { rows } = await db.query({
    // Prepared (named): every catalog request that is not a stored document resolves its store view.
    name: 'catalog-store-by-code',
    text: `SELECT s.id, s.code, s.name, s.website_id, w.code AS website_code, s.locale, s.base_currency, s.root_category_id, s.is_active
       FROM store s JOIN website w ON w.id = s.website_id
      WHERE s.code = $1`,
    values: [code],
  });
  const r = rows[0];
  if (!r) return null;
  return {
    id: r.id, code: r.code, name: r.name, websiteId: r.website_id, websiteCode: r.website_code, locale: r.locale,
    baseCurrency: String(r.base_currency).trim(), rootCategoryId: r.root_category_id, isActive: r.is_active,
  };
}

export interface CategoryNode {
  id: string;
  magento_id: number;
  name: string | null;
  url_key: string | null;
  url_path: string | null;
  is_active: boolean | null;
  include_in_menu: boolean | null;
  level: number;
  position: number;
  children: CategoryNode[];
}

/**
 * The store view's category tree: its root category and every descendant, with the store's own names and
 * url keys; siblings ordered by position (then id, as Magento's tree does). Empty when the root is missing.
 */
export async function categoryTree(db: Queryable, store: StoreView): Promise<CategoryNode[]> {
  if (!store.rootCategoryId) return [];
  const { rows } = await db.query({
    name: 'catalog-category-tree',
    text: `WITH root AS (SELECT path FROM category WHERE id = $1)
     SELECT c.id, c.magento_id, c.parent_id, c.level, c.position,
            cs.name, cs.url_key, cs.url_path, cs.is_active, cs.include_in_menu
       FROM root, category c
       LEFT JOIN category_store cs ON cs.category_id = c.id AND cs.store_id = $2
      WHERE c.path = root.path OR c.path LIKE root.path || '/%'
      ORDER BY c.level, c.position, c.magento_id`,
    values: [store.rootCategoryId, store.id],
  });
  const nodes = new Map<string, CategoryNode>();
  const roots: CategoryNode[] = [];
  for (const r of rows) {
    const node: CategoryNode = {
      id: r.id, magento_id: r.magento_id, name: r.name, url_key: r.url_key, url_path: r.url_path, is_active: r.is_active,
      include_in_menu: r.include_in_menu, level: r.level, position: r.position, children: [],
    };
    nodes.set(r.id, node);
    // Rows come level by level, so a parent is always seen before its children.
    const parent = r.parent_id ? nodes.get(r.parent_id) : undefined;
    if (parent && r.id !== store.rootCategoryId) parent.children.push(node);
    else if (r.id === store.rootCategoryId) roots.push(node);
  }
  return roots;
}
