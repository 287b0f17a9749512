SELECT COUNT(*) AS n FROM `store` s
