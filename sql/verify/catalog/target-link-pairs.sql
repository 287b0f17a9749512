SELECT p.sku AS parent, l.type, c.sku AS child FROM product_link l JOIN product p ON p.id = l.product_id JOIN product c ON c.id = l.linked_product_id
