SELECT COUNT(*) AS n FROM `store`
