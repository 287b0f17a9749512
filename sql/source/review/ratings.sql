-- Ratings (Quality, Value, Price, Rating...): a small table, one page.
SELECT r.rating_id, r.entity_id, e.entity_code, r.rating_code, r.position, r.is_active
FROM `rating` r
LEFT JOIN `rating_entity` e ON e.entity_id = r.entity_id
WHERE {{raw:after}}
ORDER BY r.rating_id
LIMIT :limit
