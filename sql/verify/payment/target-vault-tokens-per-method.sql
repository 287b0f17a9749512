SELECT payment_method_code AS grp, count(*) AS tokens FROM vault_token GROUP BY payment_method_code
