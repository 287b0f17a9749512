-- verify: the sampled products' own facts the cart rules' conditions read: type, attribute set, weight (store 0).
-- (Their category_ids are derived, anchors' ancestors included, and are not compared here.)
SELECT e.entity_id AS id, e.type_id, e.attribute_set_id,
  (SELECT v.value FROM catalog_product_entity_decimal v JOIN eav_attribute a ON a.attribute_id = v.attribute_id AND a.attribute_code = 'weight'
     JOIN eav_entity_type t ON t.entity_type_id = a.entity_type_id AND t.entity_type_code = 'catalog_product'
   WHERE v.{{key}} = e.{{key}} AND v.store_id = 0) AS weight
FROM catalog_product_entity e WHERE e.entity_id IN (:ids) {{raw:current_e}}
