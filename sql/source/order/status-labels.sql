SELECT sl.status, sl.store_id, sl.label
FROM sales_order_status_label sl
WHERE sl.status IN (:ids)
