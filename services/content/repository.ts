/**
 * Reads of the content service's database: a store view by code, the CMS page or block a store view shows
 * for an identifier, and the redirect map's one indexed lookup: each one prepared query, the store view's
 * lookup included.
 */
import type { Queryable } from '../kit/index.ts';

/**
 * The page a store view shows for an identifier, as Magento\Cms\Model\ResourceModel\Page::checkIdentifier
 * picks it: active, assigned to the store view or to all store views (0), the store-specific one first
 * (ORDER BY store_id DESC LIMIT 1); identifiers compare case-insensitively, as in MySQL. One prepared query
 * with the store view's lookup: 'unknown-store' when the code names none, null when it shows no such page.
 */
export async function findPage(db: Queryable, identifier: string, storeCode: string) {
  const { rows } = await db.query({
    name: 'content-page',
    text: `SELECT s.code AS store_code_, p.* FROM store s LEFT JOIN LATERAL (
             SELECT p.*, ps.store_magento_id AS assigned_store,
                    (SELECT array_agg(x.store_magento_id ORDER BY x.store_magento_id) FROM cms_page_store x WHERE x.page_id = p.id) AS stores
               FROM cms_page p JOIN cms_page_store ps ON ps.page_id = p.id
              WHERE lower(p.identifier) = lower($1) AND p.active AND ps.store_magento_id IN (0, s.magento_id)
              ORDER BY ps.store_magento_id DESC, p.magento_id LIMIT 1) p ON true
            WHERE s.code = $2`,
    values: [identifier, storeCode],
  });
  const p = rows[0];
  if (!p) return 'unknown-store' as const;
  if (p.id === null) return null;
  return {
    id: p.id, magento_id: p.magento_id, store: p.store_code_, identifier: p.identifier, title: p.title, content: p.content, content_heading: p.content_heading,
    active: p.active, page_layout: p.page_layout, sort_order: p.sort_order,
    meta: { title: p.meta_title, keywords: p.meta_keywords, description: p.meta_description },
    layout: { layout_update_xml: p.layout_update_xml, custom_theme: p.custom_theme, custom_root_template: p.custom_root_template, custom_layout_update_xml: p.custom_layout_update_xml, layout_update_selected: p.layout_update_selected, custom_theme_from: dateText(p.custom_theme_from), custom_theme_to: dateText(p.custom_theme_to) },
    stores: p.stores, assigned_store: p.assigned_store, row_id: p.row_id,
    created_at: p.created_at ? new Date(p.created_at).toISOString() : null, updated_at: p.updated_at ? new Date(p.updated_at).toISOString() : null,
  };
}

/** Magento\Cms\Model\ResourceModel\Block::_getLoadSelect: active, store IN (store, 0), store-specific first (as findPage). */
export async function findBlock(db: Queryable, identifier: string, storeCode: string) {
  const { rows } = await db.query({
    name: 'content-block',
    text: `SELECT s.code AS store_code_, b.* FROM store s LEFT JOIN LATERAL (
             SELECT b.*, bs.store_magento_id AS assigned_store,
                    (SELECT array_agg(x.store_magento_id ORDER BY x.store_magento_id) FROM cms_block_store x WHERE x.block_id = b.id) AS stores
               FROM cms_block b JOIN cms_block_store bs ON bs.block_id = b.id
              WHERE lower(b.identifier) = lower($1) AND b.active AND bs.store_magento_id IN (0, s.magento_id)
              ORDER BY bs.store_magento_id DESC, b.magento_id LIMIT 1) b ON true
            WHERE s.code = $2`,
    values: [identifier, storeCode],
  });
  const b = rows[0];
  if (!b) return 'unknown-store' as const;
  if (b.id === null) return null;
  return {
    id: b.id, magento_id: b.magento_id, store: b.store_code_, identifier: b.identifier, title: b.title, content: b.content, active: b.active,
    stores: b.stores, assigned_store: b.assigned_store, row_id: b.row_id,
    created_at: b.created_at ? new Date(b.created_at).toISOString() : null, updated_at: b.updated_at ? new Date(b.updated_at).toISOString() : null,
  };
}

function dateText(d: unknown): string | null {
  if (d === null || d === undefined) return null;
  if (d instanceof Date) return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  return String(d).slice(0, 10);
}

export const lookupKeyOf = (path: string): string => {
  let p = path.toLowerCase();
  while (p.length > 1 && p.endsWith('/')) p = p.slice(0, -1);
  return p;
};

export interface RedirectAnswer {
  store: string;
  request_path: string;
  redirect_type: number;
  target: { type: string; id: string | null; magento_id: number | null; path: string; category: { id: string; magento_id: number } | null };
  hops: number;
  magento_id: number;
}

/**
 * One indexed lookup of (store, lower(path) without trailing slash). As Magento's DbStorage picks: the exact
 * path first, then a case or trailing-slash variant; a variant of a canonical (0) row answers a 301 to the
 * stored path, as Magento's router does. `null` store: the store code is unknown.
 */
export async function resolveRedirect(db: Queryable, storeCode: string, rawPath: string): Promise<RedirectAnswer | null | 'unknown-store'> {
  const path = rawPath.replace(/^\/+/, '');
  const { rows } = await db.query({
    name: 'content-redirect',
    text: `SELECT s.code AS store, r.* FROM store s
       LEFT JOIN LATERAL (
         SELECT * FROM url_redirect u WHERE u.store_magento_id = s.magento_id AND u.lookup_key = $2
          ORDER BY (u.request_path = $3) DESC, (lower(u.request_path) = lower($3)) DESC, u.magento_id LIMIT 1
       ) r ON true
      WHERE s.code = $1`,
    values: [storeCode, lookupKeyOf(path), path],
  });
  const r = rows[0];
  if (!r) return 'unknown-store';
  if (r.magento_id === null) return null;
  const variant = r.request_path !== path;
  const synthetic = variant && r.redirect_type === 0;
  return {
    store: r.store,
    request_path: r.request_path,
    redirect_type: synthetic ? 301 : r.redirect_type,
    target: {
      type: r.target_type, id: r.target_id, magento_id: r.target_magento_id, path: synthetic ? r.request_path : r.target_path,
      category: r.category_id ? { id: r.category_id, magento_id: r.category_magento_id } : null,
    },
    hops: r.hops,
    magento_id: r.magento_id,
  };
}
