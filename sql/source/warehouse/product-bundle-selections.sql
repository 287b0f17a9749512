-- Bundle selections with their option's required flag.
SELECT bs.parent_product_id AS owner, bs.option_id, bo.required, bs.product_id AS child_id
FROM `catalog_product_bundle_selection` bs JOIN `catalog_product_bundle_option` bo ON bo.option_id = bs.option_id
WHERE bs.parent_product_id BETWEEN :lo AND :hi
