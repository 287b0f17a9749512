SELECT COUNT(*) AS n FROM `admin_user` u WHERE u.rp_token IS NOT NULL AND u.rp_token <> ''
