-- verify: the sampled reviews (their detail: title, text, nickname, author), a customer that no longer exists
-- read as none.
SELECT r.review_id AS id, r.created_at, r.entity_pk_value AS product_magento_id, r.status_id AS status_magento_id,
  d.store_id AS detail_store_magento_id, d.title, d.detail, d.nickname, c.entity_id AS customer_magento_id
FROM review r LEFT JOIN review_detail d ON d.review_id = r.review_id LEFT JOIN customer_entity c ON c.entity_id = d.customer_id
WHERE r.review_id IN (:ids)
