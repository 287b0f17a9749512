SELECT p.magento_id AS id, 'website=' || w.code AS sub, pp.currency, pp.price, pp.special_price,
  to_char(pp.special_from_date, 'YYYY-MM-DD') AS special_from_date, to_char(pp.special_to_date, 'YYYY-MM-DD') AS special_to_date, pp.cost, pp.msrp
FROM product_price pp JOIN product p ON p.id = pp.product_id JOIN website w ON w.magento_id = pp.website_id
WHERE p.magento_id = ANY($1)
