SELECT COUNT(*) AS n FROM `integration`
