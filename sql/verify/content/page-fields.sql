-- verify: the sampled pages as each of their store views shows them.
SELECT e.page_id AS id, CONCAT('store=', s.code) AS sub, e.identifier, e.title, e.content_heading, e.content, e.is_active AS active, e.page_layout,
  e.meta_title, e.meta_keywords, e.meta_description, e.sort_order, e.creation_time AS created_at, e.update_time AS updated_at
FROM cms_page e JOIN cms_page_store ps ON ps.{{page_key}} = e.{{page_key}} JOIN store s ON s.store_id = ps.store_id
WHERE e.page_id IN (:ids) {{raw:current_e}}
