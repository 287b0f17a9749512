-- Customer groups with their tax class (a class that no longer exists reads as NULL).
SELECT g.customer_group_id, g.customer_group_code, g.tax_class_id, t.class_name
FROM `customer_group` g
LEFT JOIN `tax_class` t ON t.class_id = g.tax_class_id
WHERE {{raw:after}}
ORDER BY g.customer_group_id
LIMIT :limit
