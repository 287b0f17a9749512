SELECT COUNT(*) AS n FROM `tfa_user_config`
