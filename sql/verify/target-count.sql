-- Rows a service table holds (the table quoted by the code).
SELECT count(*) AS n FROM {{table}}
