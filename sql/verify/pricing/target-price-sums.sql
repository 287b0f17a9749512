SELECT w.code || ' ' || pp.currency AS grp, count(*) AS prices, sum(pp.price) AS price, sum(pp.special_price) AS special_price, sum(pp.cost) AS cost
FROM product_price pp JOIN website w ON w.magento_id = pp.website_id GROUP BY w.code, pp.currency
