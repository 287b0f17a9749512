-- verify: the sampled staff accounts' names, e-mail and whether they may sign in (never the password).
SELECT u.user_id AS id, u.firstname, u.lastname, u.email, u.is_active FROM admin_user u WHERE u.user_id IN (:ids)
