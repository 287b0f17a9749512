-- One keyset page of URL rewrites, in url_rewrite_id order (the primary key: a range scan, large pages).
SELECT u.url_rewrite_id, u.entity_type, u.entity_id, u.request_path, u.target_path, u.redirect_type, u.store_id, u.metadata
FROM `url_rewrite` u
WHERE {{raw:after}}
ORDER BY u.url_rewrite_id
LIMIT :limit
