-- Store groups (group_id 0 is the admin scope). store_group.code exists since Magento 2.2: NULL before.
SELECT g.group_id, g.website_id, g.name, g.root_category_id, g.default_store_id, {{col:g.code@store_group}} AS code
FROM `store_group` g
WHERE g.group_id > 0
ORDER BY g.group_id
