-- Option labels per store; value_id orders duplicates (no unique key on option_id, store_id): the last wins.
SELECT v.option_id, v.store_id, v.value
FROM `eav_attribute_option_value` v
JOIN `eav_attribute_option` o ON o.option_id = v.option_id
WHERE o.attribute_id IN (:ids)
ORDER BY v.option_id, v.store_id, v.value_id
