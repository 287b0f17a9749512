SELECT COUNT(*) AS n FROM `review`
