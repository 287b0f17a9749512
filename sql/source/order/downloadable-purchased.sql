SELECT d.purchased_id, d.order_id, d.order_item_id, d.customer_id, d.product_name, d.product_sku, d.link_section_title, d.created_at, d.updated_at,
  o.entity_id AS order_entity_id, o.increment_id AS order_increment_id, o.store_id AS order_store_id,
  o.order_currency_code AS order_order_currency, o.base_currency_code AS order_base_currency
FROM downloadable_link_purchased d
LEFT JOIN sales_order o ON o.entity_id = d.order_id
WHERE {{raw:after}}
ORDER BY d.purchased_id
LIMIT :limit
