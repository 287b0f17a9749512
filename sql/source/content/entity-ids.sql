-- The ids of the products, categories and CMS pages that exist (a rewrite of any other id leads nowhere).
SELECT 'product' AS t, p.entity_id AS id FROM `catalog_product_entity` p GROUP BY p.entity_id
UNION ALL SELECT 'category', c.entity_id FROM `catalog_category_entity` c GROUP BY c.entity_id
UNION ALL SELECT 'cms-page', g.page_id FROM `cms_page` g GROUP BY g.page_id
