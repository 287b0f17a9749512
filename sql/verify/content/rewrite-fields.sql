-- verify: the sampled rewrites: path, store, the entity they lead to.
SELECT u.url_rewrite_id AS id, u.request_path, u.store_id AS store_magento_id, u.entity_type AS source_entity_type FROM url_rewrite u WHERE u.url_rewrite_id IN (:ids)
