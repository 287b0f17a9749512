SELECT COUNT(*) AS n FROM `url_rewrite`
