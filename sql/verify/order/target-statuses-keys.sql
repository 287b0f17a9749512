SELECT status AS id, label FROM order_status
