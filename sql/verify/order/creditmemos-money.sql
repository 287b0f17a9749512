-- verify: the credit memos' money per order currency, the rejected ones left out.
SELECT d.order_currency_code AS grp, COUNT(*) AS creditmemos, SUM(d.grand_total) AS grand_total, SUM(d.subtotal) AS subtotal, SUM(d.tax_amount) AS tax_amount,
  SUM(d.shipping_amount) AS shipping_amount, SUM(d.adjustment) AS adjustment, SUM(d.base_grand_total) AS base_grand_total
FROM sales_creditmemo d WHERE d.entity_id NOT IN (:rejected) GROUP BY d.order_currency_code
