SELECT coalesce(s.code, r.store_magento_id::text) || ' ' || r.source_entity_type AS grp, count(*) AS rewrites
FROM url_redirect r LEFT JOIN store s ON s.magento_id = r.store_magento_id GROUP BY s.code, r.store_magento_id, r.source_entity_type
