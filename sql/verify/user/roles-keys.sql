-- verify: every group role (role_type G, the roles staff users hang from), by name.
SELECT r.role_id AS id, r.role_name AS name FROM authorization_role r WHERE r.role_type = 'G'
