-- Every rewrite that is not the canonical path of a product, category or CMS page: redirects (301, 302) and
-- custom rows (a minority of the table). Chains are resolved through them in memory; the canonical rows
-- they end at are read per page by path (url-rewrite-by-paths.sql).
SELECT u.url_rewrite_id, u.store_id, u.request_path, u.target_path, u.redirect_type, u.entity_type, u.entity_id
FROM `url_rewrite` u
WHERE u.redirect_type <> 0 OR u.entity_type NOT IN ('product', 'category', 'cms-page')
