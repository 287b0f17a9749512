-- Source relation rows whose owner product exists ({{key}}: entity_id, or row_id of a current version in Commerce).
SELECT
  (SELECT COUNT(*) FROM `catalog_product_link` l JOIN `catalog_product_entity` p ON p.{{key}} = l.product_id {{raw:current}})
+ (SELECT COUNT(*) FROM `catalog_product_super_link` sl JOIN `catalog_product_entity` p ON p.{{key}} = sl.parent_id {{raw:current}})
+ (SELECT COUNT(*) FROM `catalog_product_bundle_selection` bs JOIN `catalog_product_entity` p ON p.{{key}} = bs.parent_product_id {{raw:current}})
  AS n
