-- Groups of a page's attribute sets. attribute_group_code and tab_group_code exist since Magento 2.1: NULL before.
SELECT g.attribute_group_id, g.attribute_set_id, g.attribute_group_name, g.sort_order, g.default_id,
       {{col:g.attribute_group_code@eav_attribute_group}} AS attribute_group_code,
       {{col:g.tab_group_code@eav_attribute_group}} AS tab_group_code
FROM `eav_attribute_group` g
WHERE g.attribute_set_id IN (:ids)
ORDER BY g.attribute_group_id
