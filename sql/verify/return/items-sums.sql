-- verify: the returned items of the kept returns, their quantities summed (exact decimals).
SELECT '' AS grp, COUNT(*) AS items, SUM(i.qty_requested) AS qty_requested, SUM(i.qty_authorized) AS qty_authorized, SUM(i.qty_approved) AS qty_approved,
  SUM(i.qty_returned) AS qty_returned
FROM magento_rma_item_entity i JOIN magento_rma r ON r.entity_id = i.rma_entity_id WHERE r.entity_id NOT IN (:rejected)
