-- The canonical rows of entities whose redirect leads to a path that no longer exists (re-pointed to the
-- entity's current URL), by entity id.
SELECT u.url_rewrite_id, u.store_id, u.request_path, u.target_path, u.entity_type, u.entity_id, u.metadata
FROM `url_rewrite` u
WHERE u.entity_id IN (:ids) AND u.redirect_type = 0 AND u.entity_type IN ('product', 'category', 'cms-page')
ORDER BY u.url_rewrite_id
