-- The swatch table belongs to Magento_Swatches, which a store may have removed: callers check it exists.
SELECT s.option_id, s.store_id, s.type, s.value
FROM `eav_attribute_option_swatch` s
JOIN `eav_attribute_option` o ON o.option_id = s.option_id
WHERE o.attribute_id IN (:ids)
ORDER BY s.option_id, s.store_id
