SELECT order_currency AS grp, count(*) AS creditmemos, sum(grand_total) AS grand_total, sum(subtotal) AS subtotal, sum(tax_amount) AS tax_amount,
  sum(shipping_amount) AS shipping_amount, sum(adjustment) AS adjustment, sum(base_grand_total) AS base_grand_total
FROM creditmemo GROUP BY order_currency
