-- verify: the purchased downloadable links, by order and item.
SELECT p.purchased_id AS id, p.order_id, p.order_item_id, p.product_sku FROM downloadable_link_purchased p
