SELECT (SELECT count(*) FROM product_link) + (SELECT count(*) FROM product_grouped_item)
     + (SELECT count(*) FROM product_configurable_child) + (SELECT count(*) FROM product_bundle_selection) AS n
