-- verify: the invoices' money per order currency, the rejected invoices left out.
SELECT d.order_currency_code AS grp, COUNT(*) AS invoices, SUM(d.grand_total) AS grand_total, SUM(d.subtotal) AS subtotal, SUM(d.tax_amount) AS tax_amount,
  SUM(d.shipping_amount) AS shipping_amount, SUM(d.discount_amount) AS discount_amount, SUM(d.base_grand_total) AS base_grand_total, SUM(d.total_qty) AS total_qty
FROM sales_invoice d WHERE d.entity_id NOT IN (:rejected) GROUP BY d.order_currency_code
