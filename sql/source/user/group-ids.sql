SELECT r.role_id FROM `authorization_role` r WHERE r.role_type = 'G'
