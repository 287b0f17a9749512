-- verify: the newsletter subscriptions of existing accounts (id: the account's, so a rejected account explains them).
SELECT n.customer_id AS id, n.subscriber_id, n.store_id, n.subscriber_status AS status
FROM newsletter_subscriber n JOIN customer_entity c ON c.entity_id = n.customer_id
