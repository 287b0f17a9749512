-- One keyset page of reviews with their entity type and status codes.
SELECT r.review_id, r.created_at, r.entity_id, e.entity_code, r.entity_pk_value, r.status_id, s.status_code
FROM `review` r
LEFT JOIN `review_entity` e ON e.entity_id = r.entity_id
LEFT JOIN `review_status` s ON s.status_id = r.status_id
WHERE {{raw:after}}
ORDER BY r.review_id
LIMIT :limit
