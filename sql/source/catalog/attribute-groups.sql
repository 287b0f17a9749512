-- SELECT *: attribute_group_code and tab_group_code only exist since Magento 2.1 (a small table).
SELECT g.*
FROM `eav_attribute_group` g
WHERE g.attribute_set_id IN (?)
ORDER BY g.attribute_group_id
