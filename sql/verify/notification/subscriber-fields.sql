-- verify: the sampled subscriptions' status, store view and customer (one that no longer exists read as none:
-- a guest subscription).
SELECT s.subscriber_id AS id, s.subscriber_status AS status, s.store_id AS store_magento_id, c.entity_id AS customer_magento_id
FROM newsletter_subscriber s LEFT JOIN customer_entity c ON c.entity_id = s.customer_id AND s.customer_id > 0
WHERE s.subscriber_id IN (:ids)
