SELECT COUNT(*) AS n FROM `store_website` w
