-- verify: the store views each CMS page shows in (store 0: all of them), by identifier.
SELECT e.page_id AS id, e.identifier, s.code AS store FROM cms_page e
JOIN cms_page_store ps ON ps.{{page_key}} = e.{{page_key}} JOIN store s ON s.store_id = ps.store_id
WHERE 1 = 1 {{raw:current_e}}
