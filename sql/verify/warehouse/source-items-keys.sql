-- verify: every MSI source item: a SKU's quantity at a source (one per SKU and source).
SELECT si.source_item_id AS id, si.source_code, si.sku FROM inventory_source_item si
