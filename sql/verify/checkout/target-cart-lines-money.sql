SELECT c.currency AS grp, count(*) AS cart_lines, sum(i.qty) AS qty, sum(i.row_total) AS row_total, sum(i.base_row_total) AS base_row_total
FROM cart_item i JOIN cart c ON c.id = i.cart_id GROUP BY c.currency
