SELECT '' AS grp, count(*) AS shipments, sum(total_qty) AS total_qty,
  (SELECT sum(i.qty) FROM shipment_item i JOIN shipment s ON s.id = i.shipment_id) AS item_qty
FROM shipment
