SELECT COALESCE(status, '') AS grp, count(*) AS returns FROM rma GROUP BY status
