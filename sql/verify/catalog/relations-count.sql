-- verify: relations of current products (links of every type, configurable children, bundle selections).
SELECT
  (SELECT COUNT(*) FROM `catalog_product_link` l JOIN `catalog_product_entity` p ON p.{{key}} = l.product_id {{raw:current_p}})
+ (SELECT COUNT(*) FROM `catalog_product_super_link` l JOIN `catalog_product_entity` p ON p.{{key}} = l.parent_id {{raw:current_p}})
+ (SELECT COUNT(*) FROM `catalog_product_bundle_selection` l JOIN `catalog_product_entity` p ON p.{{key}} = l.parent_product_id {{raw:current_p}})
  AS n
