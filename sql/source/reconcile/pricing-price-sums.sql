-- Reconciliation: per website, the products assigned to it and the sum of their price as the website reads it
-- (its default store view's row when there is one, else store 0; store 0 only for a global attribute), and the
-- part of both that belongs to products rejected for their SKU (none, blank, or a duplicate).
SELECT pw.website_id, COUNT(*) AS n, SUM(v.price) AS total, SUM(v.bad) AS bad_n, SUM(IF(v.bad, v.price, 0)) AS bad_total
FROM `catalog_product_website` pw
JOIN (
  SELECT p.entity_id, w.website_id, (p.sku IS NULL OR p.sku = '' OR (dup.winner IS NOT NULL AND p.entity_id <> dup.winner)) AS bad,
         IF(c.is_global <> 1 AND s.value_id IS NOT NULL, s.value, d.value) AS price
  FROM `catalog_product_entity` p
  LEFT JOIN (SELECT q.sku, MIN(q.entity_id) AS winner FROM `catalog_product_entity` q WHERE q.sku IS NOT NULL AND q.sku <> '' {{raw:current_q}}
               GROUP BY q.sku HAVING COUNT(DISTINCT q.entity_id) > 1) dup ON dup.sku = p.sku
  JOIN `store_website` w ON w.website_id > 0
  JOIN `store_group` g ON g.group_id = w.default_group_id
  JOIN `eav_attribute` a ON a.attribute_code = 'price'
  JOIN `eav_entity_type` t ON t.entity_type_id = a.entity_type_id AND t.entity_type_code = 'catalog_product'
  JOIN `catalog_eav_attribute` c ON c.attribute_id = a.attribute_id
  LEFT JOIN `catalog_product_entity_decimal` d ON d.{{key}} = p.{{key}} AND d.attribute_id = a.attribute_id AND d.store_id = 0
  LEFT JOIN `catalog_product_entity_decimal` s ON s.{{key}} = p.{{key}} AND s.attribute_id = a.attribute_id AND s.store_id = g.default_store_id
  WHERE 1 = 1 {{raw:current}}
) v ON v.entity_id = pw.product_id AND v.website_id = pw.website_id
GROUP BY pw.website_id
ORDER BY pw.website_id
