SELECT COUNT(*) AS n FROM `authorization_role` r WHERE r.role_type = 'G'
