-- User roles whose admin user no longer exists (deleted with foreign key checks off): not loaded.
SELECT COUNT(*) AS n FROM `authorization_role` r
WHERE r.role_type = 'U' AND r.user_type = '2' AND NOT EXISTS (SELECT 1 FROM `admin_user` u WHERE u.user_id = r.user_id)
