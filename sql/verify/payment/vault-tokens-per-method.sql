-- verify: saved payment methods per payment method, the rejected ones (a deleted customer) left out.
SELECT v.payment_method_code AS grp, COUNT(*) AS tokens FROM vault_payment_token v WHERE v.entity_id NOT IN (:rejected) GROUP BY v.payment_method_code
