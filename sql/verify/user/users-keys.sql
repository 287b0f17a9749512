-- verify: every staff account, by username (admin_user.username).
SELECT u.user_id AS id, u.username FROM admin_user u
