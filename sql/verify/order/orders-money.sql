-- verify: the orders' money per order currency, the rejected orders left out.
SELECT o.order_currency_code AS grp, COUNT(*) AS orders, SUM(o.grand_total) AS grand_total, SUM(o.subtotal) AS subtotal,
  SUM(o.tax_amount) AS tax_amount, SUM(o.shipping_amount) AS shipping_amount, SUM(o.discount_amount) AS discount_amount,
  SUM(o.total_paid) AS total_paid, SUM(o.total_refunded) AS total_refunded, SUM(o.base_grand_total) AS base_grand_total
FROM sales_order o WHERE o.entity_id NOT IN (:rejected) GROUP BY o.order_currency_code
