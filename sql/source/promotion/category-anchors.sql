-- Every category's path and is_anchor (default scope): a product is in an anchor category when it is in one
-- of its descendants (Magento's category product index, which cart rule conditions read).
SELECT e.entity_id, e.path,
       (SELECT v.value FROM `catalog_category_entity_int` v
          JOIN `eav_attribute` a ON a.attribute_id = v.attribute_id AND a.attribute_code = 'is_anchor'
          JOIN `eav_entity_type` t ON t.entity_type_id = a.entity_type_id AND t.entity_type_code = 'catalog_category'
         WHERE v.{{key}} = e.{{key}} AND v.store_id = 0 LIMIT 1) AS is_anchor
FROM `catalog_category_entity` e
WHERE 1 = 1 {{raw:current_e}}
