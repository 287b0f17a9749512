SELECT country_code AS grp, count(*) AS regions FROM region GROUP BY country_code
