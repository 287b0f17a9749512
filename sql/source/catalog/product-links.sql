-- Product links (related, up-sell, cross-sell, grouped "super") owned by a page's products: product_id is the
-- owner's entity_id (row_id in Commerce), linked_product_id the other product's entity_id. Position and qty
-- are link attributes, found by code (catalog_product_link_attribute), never by id.
SELECT l.product_id AS owner, l.link_id, l.linked_product_id, l.link_type_id, t.code AS link_type,
       (SELECT ai.value FROM `catalog_product_link_attribute_int` ai
          JOIN `catalog_product_link_attribute` a ON a.product_link_attribute_id = ai.product_link_attribute_id
         WHERE ai.link_id = l.link_id AND a.product_link_attribute_code = 'position' LIMIT 1) AS position,
       (SELECT ad.value FROM `catalog_product_link_attribute_decimal` ad
          JOIN `catalog_product_link_attribute` a ON a.product_link_attribute_id = ad.product_link_attribute_id
         WHERE ad.link_id = l.link_id AND a.product_link_attribute_code = 'qty' LIMIT 1) AS qty
FROM `catalog_product_link` l
LEFT JOIN `catalog_product_link_type` t ON t.link_type_id = l.link_type_id
WHERE l.product_id BETWEEN :lo AND :hi
