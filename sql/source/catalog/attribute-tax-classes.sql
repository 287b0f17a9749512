-- Product tax classes: the labels of tax_class_id values (Magento\Tax\Model\TaxClass\Source\Product).
SELECT t.class_id, t.class_name
FROM `tax_class` t
WHERE t.class_type = 'PRODUCT'
ORDER BY t.class_id
