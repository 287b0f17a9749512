SELECT sku FROM product
