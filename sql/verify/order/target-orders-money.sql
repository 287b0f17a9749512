SELECT order_currency AS grp, count(*) AS orders, sum(grand_total) AS grand_total, sum(subtotal) AS subtotal,
  sum(tax_amount) AS tax_amount, sum(shipping_amount) AS shipping_amount, sum(discount_amount) AS discount_amount,
  sum(total_paid) AS total_paid, sum(total_refunded) AS total_refunded, sum(base_grand_total) AS base_grand_total
FROM sales_order GROUP BY order_currency
