-- verify: URL rewrites per store view and entity type, the rejected ones left out.
SELECT CONCAT(COALESCE(s.code, u.store_id), ' ', u.entity_type) AS grp, COUNT(*) AS rewrites
FROM url_rewrite u LEFT JOIN store s ON s.store_id = u.store_id WHERE u.url_rewrite_id NOT IN (:rejected) GROUP BY s.code, u.store_id, u.entity_type
