SELECT ss.status, ss.state, ss.is_default, ss.visible_on_front
FROM sales_order_status_state ss
WHERE ss.status IN (:ids)
