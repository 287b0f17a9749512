SELECT COUNT(*) AS n FROM `admin_user`
