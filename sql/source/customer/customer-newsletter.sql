-- Newsletter subscriptions of the page's customers (guests have customer_id 0 and are not read).
SELECT n.subscriber_id, n.store_id, n.customer_id, n.subscriber_status, n.change_status_at
FROM `newsletter_subscriber` n
WHERE n.customer_id BETWEEN :lo AND :hi
