-- verify: the customer settings the service keeps (account sharing, lockout, confirmation), default and website scope.
SELECT c.config_id AS id, c.path, c.scope, c.scope_id, c.value FROM core_config_data c
WHERE c.path IN ('customer/account_share/scope', 'customer/password/lockout_failures', 'customer/password/lockout_threshold', 'customer/create_account/confirm')
  AND c.scope IN ('default', 'websites')
