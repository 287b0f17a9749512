SELECT COUNT(*) AS n FROM `rating`
