SELECT COUNT(*) AS n FROM `admin_passwords`
