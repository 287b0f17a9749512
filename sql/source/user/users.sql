-- One keyset page of staff accounts. The reset token is read only as whether there is one (it is never copied).
SELECT u.user_id, u.firstname, u.lastname, u.email, u.username, u.password, u.created, u.modified, u.logdate, u.lognum, u.is_active,
  u.interface_locale, u.failures_num, u.first_failure, u.lock_expires, (u.rp_token IS NOT NULL AND u.rp_token <> '') AS has_rp_token
FROM `admin_user` u
WHERE {{raw:after}}
ORDER BY u.user_id
LIMIT :limit
