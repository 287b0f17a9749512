SELECT status::text AS grp, count(*) AS subscribers FROM subscriber GROUP BY status
