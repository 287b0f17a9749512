-- Category paths (current versions in Commerce): which store views' trees a category belongs to.
SELECT c.entity_id, c.path FROM `catalog_category_entity` c WHERE 1 = 1 {{raw:current_c}}
