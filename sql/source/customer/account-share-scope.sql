-- customer/account_share/scope at default scope (Magento\Customer\Model\Config\Share reads it there).
SELECT c.value FROM `core_config_data` c
WHERE c.path = 'customer/account_share/scope' AND c.scope = 'default' AND c.scope_id = 0
