-- The rewrites at the paths a page's redirect chains end at (the unique request_path index; the source's
-- collation matches as Magento's router does, case-insensitively).
SELECT u.url_rewrite_id, u.store_id, u.request_path, u.target_path, u.redirect_type, u.entity_type, u.entity_id, u.metadata
FROM `url_rewrite` u
WHERE u.request_path IN (:paths)
