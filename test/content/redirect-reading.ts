/**
 * The test's own reading of url_rewrite (written apart from transforms/content: no shared code): where each
 * row must lead, following Magento's router by hand over the rows of the source, held whole (test stores).
 */
export interface RewriteRow {
  url_rewrite_id: number;
  entity_type: string;
  entity_id: number;
  request_path: string;
  target_path: string;
  redirect_type: number;
  store_id: number;
  metadata: string | null;
}

export type Expected =
  | { loaded: false; why: 'loop' | 'dangling' | 'conflict' }
  | { loaded: true; redirect_type: number; target: { type: string; magento_id: number | null; path: string; category: number | null } };

const ENTITY: Record<string, string> = { product: 'product', category: 'category', 'cms-page': 'cms_page' };

export function expectedRedirects(rows: RewriteRow[], exists: { product: Set<number>; category: Set<number>; page: Set<number> }): Map<number, Expected> {
  const byPath = new Map(rows.map((r) => [`${r.store_id}|${r.request_path.toLowerCase()}`, r]));
  const isCanonical = (r: RewriteRow) => r.redirect_type === 0 && r.entity_type in ENTITY;
  const routeId = (r: RewriteRow): { id: number; category: number | null } => {
    const m = /\/id\/(\d+)(?:\/category\/(\d+))?$|page_id\/(\d+)$/.exec(r.target_path);
    return { id: Number(m?.[1] ?? m?.[3] ?? r.entity_id), category: m?.[2] ? Number(m[2]) : null };
  };
  const entityOf = (r: RewriteRow): Expected => {
    const { id, category } = routeId(r);
    const set = r.entity_type === 'product' ? exists.product : r.entity_type === 'category' ? exists.category : exists.page;
    if (!set.has(id)) return { loaded: false, why: 'dangling' };
    const meta = r.metadata ? Number((JSON.parse(r.metadata) as { category_id: string }).category_id) : null;
    if (meta !== null && category !== null && meta !== category) return { loaded: false, why: 'conflict' };
    return { loaded: true, redirect_type: 0, target: { type: ENTITY[r.entity_type], magento_id: id, path: r.request_path, category } };
  };
  const out = new Map<number, Expected>();
  for (const r of rows) {
    if (isCanonical(r)) { out.set(r.url_rewrite_id, entityOf(r)); continue; }
    let cur = r;
    let type = r.redirect_type;
    const seen = new Set([r.url_rewrite_id]);
    let result: Expected | undefined;
    for (;;) {
      if (/^https?:/.test(cur.target_path)) { result = { loaded: true, redirect_type: type, target: { type: 'custom', magento_id: null, path: cur.target_path, category: null } }; break; }
      const next = byPath.get(`${cur.store_id}|${cur.target_path.toLowerCase()}`);
      if (next && isCanonical(next)) {
        const e = entityOf(next);
        result = e.loaded ? { ...e, redirect_type: type } : e;
        break;
      }
      if (next) {
        if (seen.has(next.url_rewrite_id)) { result = { loaded: false, why: 'loop' }; break; }
        seen.add(next.url_rewrite_id);
        type = type === 302 || next.redirect_type === 302 ? 302 : type === 301 || next.redirect_type === 301 ? 301 : 0;
        cur = next;
        continue;
      }
      // Leads to a path nothing rewrites: an entity's redirect goes to its canonical row, else the target as is.
      const own = r.entity_type in ENTITY ? rows.find((x) => isCanonical(x) && x.store_id === r.store_id && x.entity_type === r.entity_type && x.entity_id === r.entity_id && !x.target_path.includes('/category/')) : undefined;
      if (own) {
        const e = entityOf(own);
        result = e.loaded ? { ...e, redirect_type: type } : e;
      } else result = { loaded: true, redirect_type: type, target: { type: 'custom', magento_id: null, path: cur.target_path, category: null } };
      break;
    }
    out.set(r.url_rewrite_id, result);
  }
  return out;
}
