-- verify: the sampled blocks as each of their store views shows them.
SELECT e.block_id AS id, CONCAT('store=', s.code) AS sub, e.identifier, e.title, e.content, e.is_active AS active, e.creation_time AS created_at, e.update_time AS updated_at
FROM cms_block e JOIN cms_block_store ps ON ps.{{block_key}} = e.{{block_key}} JOIN store s ON s.store_id = ps.store_id
WHERE e.block_id IN (:ids) {{raw:current_e}}
