-- verify: related / up-sell / cross-sell links as parent SKU, link type code, linked SKU.
SELECT p.sku AS parent, t.code AS type, c.sku AS child, p.entity_id AS parent_id, c.entity_id AS child_id
FROM `catalog_product_link` l
JOIN `catalog_product_link_type` t ON t.link_type_id = l.link_type_id AND t.code IN ('relation', 'up_sell', 'cross_sell')
JOIN `catalog_product_entity` p ON p.{{key}} = l.product_id {{raw:current_p}}
JOIN `catalog_product_entity` c ON c.entity_id = l.linked_product_id {{raw:current_c}}
