-- verify: the sampled returns' status, order and customer e-mail.
SELECT r.entity_id AS id, r.status, r.is_active, r.order_id AS order_magento_id, r.order_increment_id, r.customer_custom_email FROM magento_rma r WHERE r.entity_id IN (:ids)
