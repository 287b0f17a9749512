SELECT '' AS grp, count(*) AS items, sum(qty_requested) AS qty_requested, sum(qty_authorized) AS qty_authorized, sum(qty_approved) AS qty_approved,
  sum(qty_returned) AS qty_returned
FROM rma_item
