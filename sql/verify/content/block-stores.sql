-- verify: the store views each CMS block shows in (store 0: all of them), by identifier.
SELECT e.block_id AS id, e.identifier, s.code AS store FROM cms_block e
JOIN cms_block_store ps ON ps.{{block_key}} = e.{{block_key}} JOIN store s ON s.store_id = ps.store_id
WHERE 1 = 1 {{raw:current_e}}
