SELECT COUNT(*) AS n FROM `directory_country`
