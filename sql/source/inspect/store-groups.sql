SELECT g.group_id, g.website_id, {{col:g.code@store_group}} AS code, g.name, g.root_category_id, g.default_store_id
FROM `store_group` g
ORDER BY g.website_id, g.group_id
