-- verify: configurable parent SKU -> child SKU, both ends current, as Magento's super links hold them.
SELECT p.sku AS parent, c.sku AS child, p.entity_id AS parent_id, c.entity_id AS child_id
FROM `catalog_product_super_link` sl
JOIN `catalog_product_entity` p ON p.{{key}} = sl.parent_id {{raw:current_p}}
JOIN `catalog_product_entity` c ON c.entity_id = sl.product_id {{raw:current_c}}
