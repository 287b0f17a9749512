SELECT e.magento_id AS id, 'store=' || s.code AS sub, e.identifier, e.title, e.content_heading, e.content, e.active, e.page_layout,
  e.meta_title, e.meta_keywords, e.meta_description, e.sort_order, e.created_at, e.updated_at
FROM cms_page e JOIN cms_page_store ps ON ps.page_id = e.id JOIN store s ON s.magento_id = ps.store_magento_id
WHERE e.magento_id = ANY($1)
