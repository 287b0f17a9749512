-- The settings the user service honours (Magento\User\Model\Backend\Config\ObserverConfig: lockout; and
-- admin/security/use_case_sensitive_login, Magento\User\Model\User::authenticate), read at default scope.
SELECT c.config_id, c.scope, c.scope_id, c.path, c.value
FROM `core_config_data` c
WHERE c.path IN (:paths) AND c.scope = 'default' AND {{raw:after}}
ORDER BY c.config_id
LIMIT :limit
