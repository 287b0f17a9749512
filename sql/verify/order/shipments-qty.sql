-- verify: shipped quantities (shipments and their lines), the rejected shipments left out.
SELECT '' AS grp, COUNT(*) AS shipments, SUM(d.total_qty) AS total_qty,
  (SELECT SUM(i.qty) FROM sales_shipment_item i WHERE i.parent_id NOT IN (:rejected)) AS item_qty
FROM sales_shipment d WHERE d.entity_id NOT IN (:rejected)
