-- Products without a SKU (NULL, or only spaces: Magento's PAD SPACE collation makes '  ' equal '').
SELECT p.entity_id FROM `catalog_product_entity` p
WHERE (p.sku IS NULL OR p.sku = '') {{raw:current}}
