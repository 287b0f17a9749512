import { BASE_DATE, currentRow, insertRows, rnd, run, type SeedContext } from '../session.ts';
import { VERSION_PATTERNS, versionPatternTs } from '../versions.ts';
import { storeDrawSql } from '../eav-values.ts';
import { productUrlKeySql, URL_KEY_STORE_SHARE } from './product-values.ts';
import { createReviews } from './reviews.ts';

export async function createContent(ctx: SeedContext): Promise<void> {
  await createReviews(ctx);
  await createCms(ctx);
  await createUrlRewrites(ctx);
  await createSalesRules(ctx);
}

const SYSTEM_PAGES = [
  ['home', 'Home Page', '1column'], ['no-route', '404 Not Found', '2columns-right'], ['enable-cookies', 'Enable Cookies', '1column'],
  ['privacy-policy-cookie-restriction-mode', 'Privacy Policy', '1column'], ['about-us', 'About us', '1column'], ['customer-service', 'Customer Service', '1column'],
];

/**
 * Writes an entity whose rows are computed in Node (a few dozen: CMS pages, blocks, rules): one row per entity in Open
 * Source; in Commerce the sequence table gets the id and each version its row_id, created_in and updated_in.
 */
export async function insertVersioned(ctx: SeedContext, table: string, idCol: string, seq: string, salt: string, columns: string[], rows: unknown[][]): Promise<void> {
  if (!ctx.commerce) {
    await insertRows(ctx, table, [idCol, ...columns], rows);
    return;
  }
  await insertRows(ctx, seq, ['sequence_value'], rows.map((r) => [r[0]]));
  const out: unknown[][] = [];
  let rowId = 0;
  for (const r of rows) {
    for (const [from, to] of VERSION_PATTERNS[versionPatternTs(ctx.seed, salt, Number(r[0]))]) out.push([...r, ++rowId, from, to]);
  }
  await insertRows(ctx, table, [idCol, ...columns, 'row_id', 'created_in', 'updated_in'], out);
}

/** CMS pages and blocks; most are on all store views (store 0), some exist once per view with the same identifier. */
async function createCms(ctx: SeedContext): Promise<void> {
  const extra = Math.max(4, Math.min(200, Math.floor(ctx.profile.categories / 3)));
  const pages: unknown[][] = [];
  const storeLinks: [number, number][] = [];
  SYSTEM_PAGES.forEach(([identifier, title, layout], i) => pages.push([i + 1, title, layout, identifier, `<p>${title} content</p>`, 1]));
  for (let i = 0; i < extra; i++) pages.push([SYSTEM_PAGES.length + i + 1, `Landing page ${i + 1}`, '1column', `landing-${i + 1}`, `<h1>Landing ${i + 1}</h1><p>Text</p>`, i % 7 === 6 ? 0 : 1]);
  for (const p of pages) storeLinks.push([Number(p[0]), 0]);
  // "About us" per store view: same identifier, one page per view (ids after the others).
  for (const s of ctx.stores.flat().slice(1)) {
    const id = pages.length + 1;
    pages.push([id, `About us (${s})`, '1column', 'about-us', `<p>About us, store view ${s}</p>`, 1]);
    storeLinks.push([id, s]);
  }
  const created = `${BASE_DATE.slice(0, 10)} 12:00:00`;
  await insertVersioned(ctx, 'cms_page', 'page_id', 'sequence_cms_page', 'pagever',
    ['title', 'page_layout', 'identifier', 'content', 'is_active', 'meta_title', 'creation_time', 'update_time', 'content_heading'],
    pages.map((p) => [p[0], p[1], p[2], p[3], p[4], p[5], p[1], created, created, p[1]]));
  const blocks: unknown[][] = [];
  for (let i = 1; i <= Math.max(6, Math.floor(extra / 2)); i++) blocks.push([i, `Block ${i}`, `block-${i}`, `<div class="block">Block ${i}</div>`, created, created, 1]);
  await insertVersioned(ctx, 'cms_block', 'block_id', 'sequence_cms_block', 'blockver', ['title', 'identifier', 'content', 'creation_time', 'update_time', 'is_active'], blocks);
  // Store links: per page id in Open Source, per row version in Commerce.
  const k = ctx.commerce ? 'row_id' : 'page_id';
  await ctx.conn.query('CREATE TEMPORARY TABLE magemig_page_store (page_id INT, store_id INT)');
  await insertRows(ctx, 'magemig_page_store', ['page_id', 'store_id'], storeLinks);
  await run(ctx, 'cms_page_store', `INSERT INTO cms_page_store (${k}, store_id)
    SELECT p.${k}, l.store_id FROM cms_page p JOIN magemig_page_store l ON l.page_id = p.page_id ORDER BY 1, 2`);
  const bk = ctx.commerce ? 'row_id' : 'block_id';
  await run(ctx, 'cms_block_store', `INSERT INTO cms_block_store (${bk}, store_id)
    SELECT b.${bk}, IF(MOD(b.block_id, 3) = 0, 1, 0) FROM cms_block b ORDER BY 1`);
}

/**
 * URL rewrites as Magento generates them: product pages per store view with the store's url_key, product pages under
 * their first category for some products (metadata holds the category id), category pages, CMS pages, and a few
 * custom 301 redirects.
 */
async function createUrlRewrites(ctx: SeedContext): Promise<void> {
  // The url_key values are recomputed from the generator's own expressions (same draw as the store rows): reading
  // them back from catalog_product_entity_varchar is random I/O on big profiles.
  const own = `${storeDrawSql(ctx, 'url_key')} < ${URL_KEY_STORE_SHARE}`;
  const urlKey = productUrlKeySql(ctx, 'p.entity_id');
  await run(ctx, 'url_rewrite', `INSERT INTO url_rewrite (entity_type, entity_id, request_path, target_path, redirect_type, store_id, description, is_autogenerated, metadata)
    SELECT STRAIGHT_JOIN 'product', p.entity_id, CONCAT(${urlKey}, IF(${own}, CONCAT('-', st.code), ''), '.html'),
      CONCAT('catalog/product/view/id/', p.entity_id), 0, st.store_id, NULL, 1, NULL
    FROM catalog_product_entity p JOIN magemig_product m ON m.entity_id = p.entity_id AND m.parent_id IS NULL
    JOIN catalog_product_website pw ON pw.product_id = p.entity_id JOIN store st ON st.website_id = pw.website_id
    WHERE ${currentRow(ctx)} ORDER BY p.entity_id, st.store_id`);
  await run(ctx, 'url_rewrite', `INSERT INTO url_rewrite (entity_type, entity_id, request_path, target_path, redirect_type, store_id, description, is_autogenerated, metadata)
    SELECT STRAIGHT_JOIN 'category', c.entity_id, CONCAT(mc.url_path, '.html'), CONCAT('catalog/category/view/id/', c.entity_id), 0, st.store_id, NULL, 1, NULL
    FROM catalog_category_entity c JOIN magemig_category mc ON mc.entity_id = c.entity_id JOIN store st ON st.store_id > 0
    WHERE c.level >= 2 AND ${currentRow(ctx, 'c')} ORDER BY c.entity_id, st.store_id`);
  await run(ctx, 'url_rewrite', `INSERT INTO url_rewrite (entity_type, entity_id, request_path, target_path, redirect_type, store_id, description, is_autogenerated, metadata)
    SELECT STRAIGHT_JOIN 'product', u.entity_id, CONCAT(mc.url_path, '/', u.request_path), CONCAT(u.target_path, '/category/', cp.category_id), 0, u.store_id, NULL, 1,
      CONCAT('{"category_id":"', cp.category_id, '"}')
    FROM url_rewrite u JOIN catalog_category_product cp ON cp.product_id = u.entity_id
    JOIN magemig_category mc ON mc.entity_id = cp.category_id
    WHERE u.entity_type = 'product' AND u.metadata IS NULL AND ${rnd(ctx, 'caturl', 'u.entity_id', 10)} < 3
      AND cp.category_id = (SELECT MIN(category_id) FROM catalog_category_product WHERE product_id = u.entity_id)
    ORDER BY u.url_rewrite_id`);
  // A page on all views (store 0) yields a rewrite per view, except on views that have their own page of that identifier.
  const pk = ctx.commerce ? 'row_id' : 'page_id';
  await run(ctx, 'url_rewrite', `INSERT INTO url_rewrite (entity_type, entity_id, request_path, target_path, redirect_type, store_id, description, is_autogenerated, metadata)
    SELECT STRAIGHT_JOIN 'cms-page', p.page_id, p.identifier, CONCAT('cms/page/view/page_id/', p.page_id), 0, st.store_id, NULL, 1, NULL
    FROM cms_page p JOIN cms_page_store ps ON ps.${pk} = p.${pk}
    JOIN store st ON st.store_id > 0 AND (ps.store_id = st.store_id OR (ps.store_id = 0 AND NOT EXISTS (
      SELECT 1 FROM cms_page p2 JOIN cms_page_store ps2 ON ps2.${pk} = p2.${pk} WHERE p2.identifier = p.identifier AND ps2.store_id = st.store_id)))
    WHERE ${currentRow(ctx)} ORDER BY p.page_id, st.store_id`);
  await run(ctx, 'url_rewrite', `INSERT INTO url_rewrite (entity_type, entity_id, request_path, target_path, redirect_type, store_id, description, is_autogenerated, metadata)
    SELECT 'product', u.entity_id, CONCAT('old-', u.request_path), u.request_path, 301, u.store_id, 'Moved in 2022', 0, NULL
    FROM url_rewrite u WHERE u.entity_type = 'product' AND u.metadata IS NULL AND ${rnd(ctx, 'redirect', 'u.url_rewrite_id', 20)} = 0
    ORDER BY u.url_rewrite_id`);
}

const COMBINE = '{"type":"Magento\\\\SalesRule\\\\Model\\\\Rule\\\\Condition\\\\Combine","attribute":null,"operator":null,"value":"1","is_value_processed":null,"aggregator":"all"}';
const ACTIONS = '{"type":"Magento\\\\SalesRule\\\\Model\\\\Rule\\\\Condition\\\\Product\\\\Combine","attribute":null,"operator":null,"value":"1","is_value_processed":null,"aggregator":"all"}';

/** Cart price rules: a coupon rule (the WELCOME10 coupon orders use), free shipping, auto-generated coupons, more on big profiles. */
async function createSalesRules(ctx: SeedContext): Promise<void> {
  const count = 3 + Math.floor(ctx.profile.orders / 10_000);
  const rules: unknown[][] = [];
  for (let i = 1; i <= count; i++) {
    const [name, action, amount, coupon] = i === 1 ? ['Welcome 10%', 'by_percent', 10, 2] : i === 2 ? ['Free shipping over $100', 'by_percent', 0, 1] : [`Promotion ${i}`, i % 2 ? 'by_fixed' : 'cart_fixed', 5 * i, 3];
    rules.push([i, name, `Rule ${i}`, i === 3 ? '2021-06-01' : null, i === 3 ? '2021-08-31' : null, 0, i === 3 ? 0 : 1, COMBINE, ACTIONS, 0, 1, i, action, amount, coupon, coupon === 3 ? 1 : 0, i === 2 ? 1 : 0]);
  }
  await insertVersioned(ctx, 'salesrule', 'rule_id', 'sequence_salesrule', 'rulever',
    ['name', 'description', 'from_date', 'to_date', 'uses_per_customer', 'is_active', 'conditions_serialized', 'actions_serialized', 'stop_rules_processing', 'is_advanced', 'sort_order', 'simple_action', 'discount_amount', 'coupon_type', 'use_auto_generation', 'simple_free_shipping'],
    rules);
  const k = ctx.commerce ? 'row_id' : 'rule_id';
  await run(ctx, 'salesrule_website', `INSERT INTO salesrule_website (${k}, website_id) SELECT r.${k}, w.website_id FROM salesrule r JOIN store_website w ON w.website_id > 0 ORDER BY 1, 2`);
  await run(ctx, 'salesrule_customer_group', `INSERT INTO salesrule_customer_group (${k}, customer_group_id) SELECT r.${k}, g.customer_group_id FROM salesrule r JOIN customer_group g ORDER BY 1, 2`);
  await run(ctx, 'salesrule_label', `INSERT INTO salesrule_label (rule_id, store_id, label)
    SELECT DISTINCT r.rule_id, st.store_id, CONCAT(r.name, IF(st.store_id = 0, '', CONCAT(' [', st.code, ']'))) FROM salesrule r JOIN store st ON st.store_id <= 1 ORDER BY 1, 2`);
  await run(ctx, 'salesrule_coupon', `INSERT INTO salesrule_coupon (rule_id, code, usage_limit, usage_per_customer, times_used, expiration_date, is_primary, created_at, type)
    SELECT 1, 'WELCOME10', NULL, 1, (SELECT COUNT(*) FROM sales_order WHERE coupon_code = 'WELCOME10'), NULL, 1, '${BASE_DATE}', 0`);
  await run(ctx, 'salesrule_coupon', `INSERT INTO salesrule_coupon (rule_id, code, usage_limit, usage_per_customer, times_used, expiration_date, is_primary, created_at, type)
    SELECT r.rule_id, CONCAT('GEN', r.rule_id, '-', UPPER(SUBSTR(MD5(CONCAT(${ctx.seed}, r.rule_id, '-', s.n)), 1, 8))), 1, 1, IF(MOD(s.n, 3) = 0, 1, 0), NULL, NULL, '${BASE_DATE}', 1
    FROM (SELECT DISTINCT rule_id FROM salesrule WHERE coupon_type = 3) r JOIN magemig_small s ON s.n <= 5 ORDER BY r.rule_id, s.n`);
}
