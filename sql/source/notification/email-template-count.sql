SELECT COUNT(*) AS n FROM `email_template`
