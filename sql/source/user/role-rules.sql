SELECT u.rule_id, u.role_id, u.resource_id, u.privileges, u.permission FROM `authorization_rule` u
WHERE u.role_id BETWEEN :lo AND :hi ORDER BY u.role_id, u.rule_id
