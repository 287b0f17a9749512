SELECT p.sku AS parent, c.sku AS child FROM product_configurable_child pc JOIN product p ON p.id = pc.parent_id JOIN product c ON c.id = pc.child_id
