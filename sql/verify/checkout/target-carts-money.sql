SELECT currency AS grp, count(*) AS carts, sum(items_count) AS items_count, sum(items_qty) AS items_qty,
  sum(subtotal) AS subtotal, sum(grand_total) AS grand_total, sum(base_grand_total) AS base_grand_total
FROM cart GROUP BY currency
