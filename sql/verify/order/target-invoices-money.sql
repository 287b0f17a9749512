SELECT order_currency AS grp, count(*) AS invoices, sum(grand_total) AS grand_total, sum(subtotal) AS subtotal, sum(tax_amount) AS tax_amount,
  sum(shipping_amount) AS shipping_amount, sum(discount_amount) AS discount_amount, sum(base_grand_total) AS base_grand_total, sum(total_qty) AS total_qty
FROM invoice GROUP BY order_currency
