SELECT source_code AS grp, count(*) AS source_items, sum(quantity) AS quantity, sum(status) AS in_stock FROM source_item WHERE magento_id IS NOT NULL GROUP BY source_code
